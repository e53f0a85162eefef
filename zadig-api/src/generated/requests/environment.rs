// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Environment API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Lists the test environments of a project.
    ///
    /// `GET /openapi/environments`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    ///
    /// Returns the decoded list of [`EnvironmentSummary`](crate::types::EnvironmentSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_environments(
        &self,
        project_key: impl Into<String>,
    ) -> ListEnvironments<'_> {
        ListEnvironments {
            client: self,
            project_key: project_key.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the production environments of a project.
    ///
    /// `GET /openapi/environments/production`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    ///
    /// Returns the decoded list of [`EnvironmentSummary`](crate::types::EnvironmentSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_production_environments(
        &self,
        project_key: impl Into<String>,
    ) -> ListProductionEnvironments<'_> {
        ListProductionEnvironments {
            client: self,
            project_key: project_key.into(),
            options: CallOptions::default(),
        }
    }
    /// Reads one test environment with its global variables and services.
    ///
    /// `GET /openapi/environments/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns the decoded [`EnvironmentDetail`](crate::types::EnvironmentDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-2>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> GetEnvironment<'_> {
        GetEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Reads one production environment with its global variables and services.
    ///
    /// `GET /openapi/environments/production/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns the decoded [`EnvironmentDetail`](crate::types::EnvironmentDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-2>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_production_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> GetProductionEnvironment<'_> {
        GetProductionEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Reads the workloads, pods, ingresses and Kubernetes services of one service in a test environment.
    ///
    /// `GET /openapi/environments/{name}/services/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project. The server looks the environment up by it and checks a caller's permissions against it: without it, it finds nothing, and refuses a caller who is not a system administrator.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Optional query parameters are setters on [`GetEnvironmentService`]:
    /// - `work_load_type`: Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments.
    ///
    /// Returns the decoded [`EnvServiceDetail`](crate::types::EnvServiceDetail).
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `workLoadtype`: The server's handler reads the query parameter `workLoadType` (capital T) and gin query names are case-sensitive, so the spec sends `workLoadType`.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-3>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEnvironmentService<'_> {
        GetEnvironmentService {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            work_load_type: None,
            options: CallOptions::default(),
        }
    }
    /// Reads the workloads, pods, ingresses and Kubernetes services of one service in a production environment.
    ///
    /// `GET /openapi/environments/production/{name}/services/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project. The server looks the environment up by it and checks a caller's permissions against it: without it, it finds nothing, and refuses a caller who is not a system administrator.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Optional query parameters are setters on [`GetProductionEnvironmentService`]:
    /// - `work_load_type`: Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments.
    ///
    /// Returns the decoded [`EnvServiceDetail`](crate::types::EnvServiceDetail).
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `workLoadtype`: The server's handler reads the query parameter `workLoadType` (capital T) and gin query names are case-sensitive, so the spec sends `workLoadType`.
    /// - environment.en-v4.0.md says `` `projectKey` | Project Key | string | Yes ``: The handler of the production route reads `projectKey` without a required check, but it looks the environment up by it and grants a caller who is not a system administrator nothing without it; the spec requires it, as the docs do.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-3>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_production_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionEnvironmentService<'_> {
        GetProductionEnvironmentService {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            work_load_type: None,
            options: CallOptions::default(),
        }
    }
    /// Returns the rendered Kubernetes YAML of one service in a test environment.
    ///
    /// `GET /openapi/environments/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// Returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-4>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_environment_service_yaml(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEnvironmentServiceYaml<'_> {
        GetEnvironmentServiceYaml {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Returns the rendered Kubernetes YAML of one service in a production environment.
    ///
    /// `GET /openapi/environments/production/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// Returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/production/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/production/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-4>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_production_environment_service_yaml(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionEnvironmentServiceYaml<'_> {
        GetProductionEnvironmentServiceYaml {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Returns the Helm values in effect for one service in a test environment.
    ///
    /// `GET /openapi/environments/service/values`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// Returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_environment_service_values(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEnvironmentServiceValues<'_> {
        GetEnvironmentServiceValues {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Returns the Helm values in effect for one service in a production environment.
    ///
    /// `GET /openapi/environments/production/service/values`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// Returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/production/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/production/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-5>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_production_environment_service_values(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionEnvironmentServiceValues<'_> {
        GetProductionEnvironmentServiceValues {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Creates a test environment, optionally with services, global variables and configurations.
    ///
    /// `POST /openapi/environments`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-6>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_environment(
        &self,
        project_key: impl Into<String>,
        body: crate::types::CreateEnvironmentRequest,
    ) -> CreateEnvironment<'_> {
        CreateEnvironment {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Creates a production environment.
    ///
    /// `POST /openapi/environments/production`
    ///
    /// The docs list only the basic fields (key, name, cluster, namespace, registry) for the production variant; the server reads the same body as for test environments.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-6>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_production_environment(
        &self,
        project_key: impl Into<String>,
        body: crate::types::CreateEnvironmentRequest,
    ) -> CreateProductionEnvironment<'_> {
        CreateProductionEnvironment {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Creates an empty test or production environment for a Helm project.
    ///
    /// `POST /openapi/environments/helm`
    ///
    /// Creates the environment only (cluster, namespace, registry, optional sub-environment); services are added afterwards with `add_helm_environment_services`. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project; the server rejects a request without it and checks a caller's permissions against it.
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
    pub fn create_helm_environment(
        &self,
        project_key: impl Into<String>,
        body: crate::types::CreateHelmEnvironmentRequest,
    ) -> CreateHelmEnvironment<'_> {
        CreateHelmEnvironment {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the image registry of a test environment.
    ///
    /// `PUT /openapi/environments/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: The environment as `get_environment` returns it, changed: the server reads `registry_id` and `env_name` and ignores the rest, so a value read, changed and sent back keeps everything else.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-7>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::EnvironmentDetail,
    ) -> UpdateEnvironment<'_> {
        UpdateEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the image registry or display name of a production environment.
    ///
    /// `PUT /openapi/environments/production/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: The environment as `get_production_environment` returns it, changed: the server reads `registry_id` and `env_name` and ignores the rest.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-7>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_production_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::EnvironmentDetail,
    ) -> UpdateProductionEnvironment<'_> {
        UpdateProductionEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Deletes a test environment.
    ///
    /// `DELETE /openapi/environments/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `is_delete` (query `isDelete`): Also remove the environment's Kubernetes namespace and the services in it.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-8>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        is_delete: bool,
    ) -> DeleteEnvironment<'_> {
        DeleteEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            is_delete,
            options: CallOptions::default(),
        }
    }
    /// Deletes a production environment.
    ///
    /// `DELETE /openapi/environments/production/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-8>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_production_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> DeleteProductionEnvironment<'_> {
        DeleteProductionEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Deploys services of the project into a test environment.
    ///
    /// `POST /openapi/environments/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-9>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn add_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::AddEnvironmentServicesRequest,
    ) -> AddEnvironmentServices<'_> {
        AddEnvironmentServices {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Deploys services of the project into a production environment.
    ///
    /// `POST /openapi/environments/production/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-9>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn add_production_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::AddEnvironmentServicesRequest,
    ) -> AddProductionEnvironmentServices<'_> {
        AddProductionEnvironmentServices {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Deploys Helm services of the project into an environment, with their values.
    ///
    /// `POST /openapi/environments/helm/{name}/services`
    ///
    /// The answer gives the state of the environment after the request. The server takes the environment from the body's `env_name` (and `production`), not from the path. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment; the server reads the body's `env_name` instead, so keep them equal.
    /// - `body`: the JSON request body
    ///
    /// Optional query parameters are setters on [`AddHelmEnvironmentServices`]:
    /// - `production`: `true` when the environment is a production one. v4.2.0 reads it for the licence and permission checks (later releases read the body's `production`); keep the two equal.
    ///
    /// Returns the decoded list of [`EnvUpdateStatus`](crate::types::EnvUpdateStatus).
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
    pub fn add_helm_environment_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::AddHelmServicesRequest,
    ) -> AddHelmEnvironmentServices<'_> {
        AddHelmEnvironmentServices {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            production: None,
            options: CallOptions::default(),
        }
    }
    /// Changes the variables of services already deployed in a test environment and redeploys them.
    ///
    /// `PUT /openapi/environments/{name}/services`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `PUT /openapi/environments/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    /// - overview.zh-v3.4.md says `PUT /openapi/environments/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-10>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_environment_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateEnvironmentServicesRequest,
    ) -> UpdateEnvironmentServices<'_> {
        UpdateEnvironmentServices {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the variables of services already deployed in a production environment and redeploys them.
    ///
    /// `PUT /openapi/environments/production/{name}/services`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `PUT /openapi/environments/production/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    /// - overview.zh-v3.4.md says `PUT /openapi/environments/production/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-10>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_production_environment_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateEnvironmentServicesRequest,
    ) -> UpdateProductionEnvironmentServices<'_> {
        UpdateProductionEnvironmentServices {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Removes services from a test environment.
    ///
    /// `DELETE /openapi/environments/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-11>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn delete_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::DeleteEnvironmentServicesRequest,
    ) -> DeleteEnvironmentServices<'_> {
        DeleteEnvironmentServices {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Removes services from a production environment.
    ///
    /// `DELETE /openapi/environments/production/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-11>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn delete_production_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::DeleteEnvironmentServicesRequest,
    ) -> DeleteProductionEnvironmentServices<'_> {
        DeleteProductionEnvironmentServices {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Lists the global variables of a test environment.
    ///
    /// `GET /openapi/environments/{name}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns the decoded list of [`GlobalVariableKV`](crate::types::GlobalVariableKV).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-12>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListEnvironmentGlobalVariables<'_> {
        ListEnvironmentGlobalVariables {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the global variables of a production environment.
    ///
    /// `GET /openapi/environments/production/{name}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns the decoded list of [`GlobalVariableKV`](crate::types::GlobalVariableKV).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-12>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_production_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListProductionEnvironmentGlobalVariables<'_> {
        ListProductionEnvironmentGlobalVariables {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Sets global variables of a test environment; services using them are redeployed.
    ///
    /// `PUT /openapi/environments/{name}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-13>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateGlobalVariablesRequest,
    ) -> UpdateEnvironmentGlobalVariables<'_> {
        UpdateEnvironmentGlobalVariables {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Sets global variables of a production environment; services using them are redeployed.
    ///
    /// `PUT /openapi/environments/production/{name}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-13>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_production_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateGlobalVariablesRequest,
    ) -> UpdateProductionEnvironmentGlobalVariables<'_> {
        UpdateProductionEnvironmentGlobalVariables {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a test environment.
    ///
    /// `POST /openapi/environments/{name}/envcfgs`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-14>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn create_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::CreateEnvConfigRequest,
    ) -> CreateEnvConfig<'_> {
        CreateEnvConfig {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a production environment.
    ///
    /// `POST /openapi/environments/production/{name}/envcfgs`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-14>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn create_production_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::CreateEnvConfigRequest,
    ) -> CreateProductionEnvConfig<'_> {
        CreateProductionEnvConfig {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Lists the configuration resources of one kind in a test environment.
    ///
    /// `GET /openapi/environments/{name}/envcfgs`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `type` (query `type`): Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these.
    ///
    /// Returns the decoded list of [`EnvConfigSummary`](crate::types::EnvConfigSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-15>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_env_configs(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> ListEnvConfigs<'_> {
        ListEnvConfigs {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            r#type: r#type.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the configuration resources of one kind in a production environment.
    ///
    /// `GET /openapi/environments/production/{name}/envcfgs`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `type` (query `type`): Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these.
    ///
    /// Returns the decoded list of [`EnvConfigSummary`](crate::types::EnvConfigSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-15>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_production_env_configs(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> ListProductionEnvConfigs<'_> {
        ListProductionEnvConfigs {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            r#type: r#type.into(),
            options: CallOptions::default(),
        }
    }
    /// Reads one configuration resource of a test environment.
    ///
    /// `GET /openapi/environments/{name}/envcfg/{cfgName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `cfg_name` (path `cfgName`): Name of the configuration resource.
    /// - `type` (query `type`): Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these.
    ///
    /// Returns the decoded [`EnvConfigDetail`](crate::types::EnvConfigDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    /// - overview.zh-v3.4.md says `GET /openapi/environments/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-16>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> GetEnvConfig<'_> {
        GetEnvConfig {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            cfg_name: cfg_name.into(),
            r#type: r#type.into(),
            options: CallOptions::default(),
        }
    }
    /// Reads one configuration resource of a production environment.
    ///
    /// `GET /openapi/environments/production/{name}/envcfg/{cfgName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `cfg_name` (path `cfgName`): Name of the configuration resource.
    /// - `type` (query `type`): Kind of configuration resource: `ConfigMap`, `Secret`, `Ingress` or `PVC`; the server rejects a request without one of these.
    ///
    /// Returns the decoded [`EnvConfigDetail`](crate::types::EnvConfigDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/production/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    /// - overview.zh-v3.4.md says `GET /openapi/environments/production/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-16>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_production_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> GetProductionEnvConfig<'_> {
        GetProductionEnvConfig {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            cfg_name: cfg_name.into(),
            r#type: r#type.into(),
            options: CallOptions::default(),
        }
    }
    /// Replaces the content of one configuration resource of a test environment.
    ///
    /// `PUT /openapi/environments/envcfgs`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-environment-configuration>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn update_env_config(
        &self,
        project_key: impl Into<String>,
        body: crate::types::UpdateEnvConfigRequest,
    ) -> UpdateEnvConfig<'_> {
        UpdateEnvConfig {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Replaces the content of one configuration resource of a production environment.
    ///
    /// `PUT /openapi/environments/production/envcfgs`
    ///
    /// Not documented on its own; the server serves it with the same body as the test route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `PUT /openapi/environments/envcfgs?projectKey=<projectKey>`: The docs give only the test route for updating a configuration. The server also routes `PUT /openapi/environments/production/envcfgs` (same body), so the spec offers it too.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-environment-configuration>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn update_production_env_config(
        &self,
        project_key: impl Into<String>,
        body: crate::types::UpdateEnvConfigRequest,
    ) -> UpdateProductionEnvConfig<'_> {
        UpdateProductionEnvConfig {
            client: self,
            project_key: project_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Removes one configuration resource from a test environment.
    ///
    /// `DELETE /openapi/environments/{name}/envcfg/{cfgName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `cfg_name` (path `cfgName`): Name of the configuration resource.
    /// - `type` (query `type`): Kind of configuration resource, `ConfigMap`, `Secret`, `Ingress` or `PVC`.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `DELETE /openapi/environments/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    /// - overview.zh-v3.4.md says `DELETE /openapi/environments/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-17>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> DeleteEnvConfig<'_> {
        DeleteEnvConfig {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            cfg_name: cfg_name.into(),
            r#type: r#type.into(),
            options: CallOptions::default(),
        }
    }
    /// Removes one configuration resource from a production environment.
    ///
    /// `DELETE /openapi/environments/production/{name}/envcfg/{cfgName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `cfg_name` (path `cfgName`): Name of the configuration resource.
    /// - `type` (query `type`): Kind of configuration resource, `ConfigMap`, `Secret`, `Ingress` or `PVC`.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `DELETE /openapi/environments/production/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    /// - overview.zh-v3.4.md says `DELETE /openapi/environments/production/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-17>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_production_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> DeleteProductionEnvConfig<'_> {
        DeleteProductionEnvConfig {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            cfg_name: cfg_name.into(),
            r#type: r#type.into(),
            options: CallOptions::default(),
        }
    }
    /// Sets the replica count of a Deployment or StatefulSet in a test environment.
    ///
    /// `POST /openapi/environments/scale`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `` the body table and example have no `service_name` ``: From v4.2.1 the server rejects a body without `service_name` (the service the workload belongs to); the spec requires it, and the example here gives it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#adjust-service-instance-replica-count>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn scale_workload(
        &self,
        body: crate::types::ScaleWorkloadRequest,
    ) -> ScaleWorkload<'_> {
        ScaleWorkload {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Restarts the workloads of one service in a test environment.
    ///
    /// `POST /openapi/environments/{name}/service/{serviceName}/restart`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-18>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn restart_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> RestartEnvironmentService<'_> {
        RestartEnvironmentService {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Restarts the workloads of one service in a production environment.
    ///
    /// `POST /openapi/environments/production/{name}/service/{serviceName}/restart`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-18>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn restart_production_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> RestartProductionEnvironmentService<'_> {
        RestartProductionEnvironmentService {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the pods of one service in a test environment, with their state and images.
    ///
    /// `GET /openapi/environments/{name}/service/{serviceName}/pods`
    ///
    /// A flat list over all workloads of the service, each pod once. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the decoded [`ServicePodList`](crate::types::ServicePodList).
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
    pub fn list_environment_service_pods(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> ListEnvironmentServicePods<'_> {
        ListEnvironmentServicePods {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the pods of one service in a production environment, with their state and images.
    ///
    /// `GET /openapi/environments/production/{name}/service/{serviceName}/pods`
    ///
    /// A flat list over all workloads of the service, each pod once. Needs a Zadig professional licence. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns the decoded [`ServicePodList`](crate::types::ServicePodList).
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
    pub fn list_production_environment_service_pods(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> ListProductionEnvironmentServicePods<'_> {
        ListProductionEnvironmentServicePods {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Restarts one pod of a test environment by deleting it so that its workload recreates it.
    ///
    /// `POST /openapi/environments/{name}/pod/{podName}/restart`
    ///
    /// Releases v4.3.0 to v5.0.0 route it under the service (`/{name}/service/{serviceName}/pod/{podName}/restart`); the development branch dropped the service segment. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service the pod belongs to. Releases v4.3.0 to v5.0.0 take it in the path; the newer path has no service segment, and there it is not sent.
    /// - `pod_name` (path `podName`): Name of the pod.
    ///
    /// Returns the decoded [`PodRestartResult`](crate::types::PodRestartResult).
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
    pub fn restart_environment_service_pod(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
        pod_name: impl Into<String>,
    ) -> RestartEnvironmentServicePod<'_> {
        RestartEnvironmentServicePod {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            pod_name: pod_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Restarts one pod of a production environment by deleting it so that its workload recreates it.
    ///
    /// `POST /openapi/environments/production/{name}/pod/{podName}/restart`
    ///
    /// Needs a Zadig professional licence. Releases v4.3.0 to v5.0.0 route it under the service (`/production/{name}/service/{serviceName}/pod/{podName}/restart`); the development branch dropped the service segment. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service the pod belongs to. Releases v4.3.0 to v5.0.0 take it in the path; the newer path has no service segment, and there it is not sent.
    /// - `pod_name` (path `podName`): Name of the pod.
    ///
    /// Returns the decoded [`PodRestartResult`](crate::types::PodRestartResult).
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
    pub fn restart_production_environment_service_pod(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
        pod_name: impl Into<String>,
    ) -> RestartProductionEnvironmentServicePod<'_> {
        RestartProductionEnvironmentServicePod {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            pod_name: pod_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Changes the image of one container of a Deployment.
    ///
    /// `POST /openapi/environments/image/deployment/{envName}`
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-deployment-image>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_deployment_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateDeploymentImage<'_> {
        UpdateDeploymentImage {
            client: self,
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the image of one container of a StatefulSet.
    ///
    /// `POST /openapi/environments/image/statefulset/{envName}`
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-statefulset-image>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_statefulset_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateStatefulsetImage<'_> {
        UpdateStatefulsetImage {
            client: self,
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the image of one container of a CronJob.
    ///
    /// `POST /openapi/environments/image/cronjob/{envName}`
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-cronjob-image>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_cronjob_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateCronjobImage<'_> {
        UpdateCronjobImage {
            client: self,
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Changes the image of one container of a Kubernetes Job in a test environment.
    ///
    /// `POST /openapi/environments/image/job/{envName}`
    ///
    /// The environment and project come from the body (`env_name`, `product_name`). Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
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
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_job_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateJobImage<'_> {
        UpdateJobImage {
            client: self,
            env_name: env_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Lists the Kubernetes events of one object (e.g. a Deployment) in an environment.
    ///
    /// `GET /openapi/environments/kube/events`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project. The server looks the environment up by it (with `envName`), so a call without it finds nothing and fails.
    /// - `env_name` (query `envName`): Key of the environment. The server looks the environment up by it (with `projectKey`), so a call without it finds nothing and fails.
    ///
    /// Optional query parameters are setters on [`ListEnvironmentEvents`]:
    /// - `name`: Name of the Kubernetes object the events are about; without it no object's events match.
    /// - `type`: Kind of the Kubernetes object the events are about, e.g. Deployment; without it no object's events match.
    ///
    /// Returns the decoded list of [`KubeEvent`](crate::types::KubeEvent).
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `` `projectKey` | Project Key | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but it looks the environment up by them and answers an error when it finds none; the spec requires them, as the docs do.
    /// - environment.en-v4.0.md says `` `envName` | Environment Name | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but it looks the environment up by them and answers an error when it finds none; the spec requires them, as the docs do.
    /// - environment.en-v4.0.md says `` `name` | involvedObject Name | string | Yes ``: The handler reads the object filters without requiring them (a call without one matches no events), so the spec leaves them optional, as the server does.
    /// - environment.en-v4.0.md says `` `type` | involvedObject Type | string | Yes ``: The handler reads the object filters without requiring them (a call without one matches no events), so the spec leaves them optional, as the server does.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#list-events>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_environment_events(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListEnvironmentEvents<'_> {
        ListEnvironmentEvents {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            name: None,
            r#type: None,
            options: CallOptions::default(),
        }
    }
    /// Lists the workloads of an environment that have no Kubernetes Service (a sub-environment prerequisite).
    ///
    /// `GET /openapi/environments/{name}/check/workloads/k8services`
    ///
    /// Each item reads `<workload>.<kind>`, e.g. `service1.Deployment`.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns the decoded list.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/:envName/check/workloads/k8sservices`: The server spells the last segment `k8services` (one s before "ervices"); the spec uses the served path.
    /// - overview.zh-v3.4.md says `GET /openapi/environments/:envName/check/workloads/k8sservices`: The server spells the last segment `k8services` (one s before "ervices"); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/<environmentKey>/check/workloads/k8sservices`: The server spells the last segment `k8services` (one s before "ervices"); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#check-workloads-k8s-service>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn check_workload_k8s_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> CheckWorkloadK8sServices<'_> {
        CheckWorkloadK8sServices {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Turns a test environment into a base environment that sub-environments can share.
    ///
    /// `POST /openapi/environments/{name}/share/enable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#enable-sub-environment>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn enable_sub_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> EnableSubEnvironment<'_> {
        EnableSubEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Turns off environment sharing (sub-environments) for a base environment.
    ///
    /// `DELETE /openapi/environments/{name}/share/enable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#disable-sub-environment>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn disable_sub_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> DisableSubEnvironment<'_> {
        DisableSubEnvironment {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Checks whether enabling or disabling environment sharing has taken effect.
    ///
    /// `GET /openapi/environments/{name}/check/sharenv/{op}/ready`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `op` (path `op`): Operation being checked, `enable` or `disable`.
    ///
    /// Returns the decoded [`ShareEnvReadiness`](crate::types::ShareEnvReadiness).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#check-sub-environment-ready>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn check_sub_environment_ready(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        op: impl Into<String>,
    ) -> CheckSubEnvironmentReady<'_> {
        CheckSubEnvironmentReady {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            op: op.into(),
            options: CallOptions::default(),
        }
    }
    /// Asks for the entry (portal) settings of a shared environment's service; answers only an acknowledgement.
    ///
    /// `GET /openapi/environments/{name}/share/portal/{serviceName}`
    ///
    /// In every release the spec knows, the handler reads the settings but never puts them in its answer, so the call only returns Zadig's success acknowledgement.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `"default_gateway_address": "81.69.166.47"`: The docs show the gateway address and the servers in the answer, but the server's handler builds that object and then drops it, answering only `{"message": "success"}`. The spec follows the server; the docs' example does not fit that answer and is left out.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#get-entry-service>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_entry_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEntryService<'_> {
        GetEntryService {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Sets the hosts and ports through which a service of a shared environment is reached.
    ///
    /// `POST /openapi/environments/{name}/share/portal/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#set-entry-service>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn set_entry_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
        body: Vec<crate::types::EntryServiceServer>,
    ) -> SetEntryService<'_> {
        SetEntryService {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            service_name: service_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Follows the log of one container of a pod as a server-sent event stream.
    ///
    /// `GET /openapi/logs/sse/pods/{podName}/containers/{containerName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project. The server looks the environment up by it (with `envName`), so a call without it finds nothing and fails.
    /// - `env_name` (query `envName`): Key of the environment. The server looks the environment up by it (with `projectKey`), so a call without it finds nothing and fails.
    /// - `pod_name` (path `podName`): Name of the pod.
    /// - `container_name` (path `containerName`): Name of the container in the pod.
    ///
    /// Optional query parameters are setters on [`StreamContainerLogs`]:
    /// - `tails`: Number of past lines to send before following (10 when missing or not a number). (server default: `10`)
    /// - `since`: Send only lines from this long ago onwards, as a Go duration such as `30s`, `5m` or `1h` (at least one second). Without it, `tails` alone decides where the log starts.
    ///
    /// Returns a stream of log lines, read as the server sends them.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `` `tails` | Log tail line count | string | Yes ``: The server parses `tails` as an integer, so the spec types it as i64; it falls back to 10 lines without it, so the parameter is optional.
    /// - environment.en-v4.0.md says `` `projectKey` | Project Key | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but the pod is looked up in that environment, so a stream without them finds no pod; the spec requires them, as the docs do.
    /// - environment.en-v4.0.md says `` `envName` | Environment Name | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but the pod is looked up in that environment, so a stream without them finds no pod; the spec requires them, as the docs do.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#view-container-real-time-logs>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn stream_container_logs(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        pod_name: impl Into<String>,
        container_name: impl Into<String>,
    ) -> StreamContainerLogs<'_> {
        StreamContainerLogs {
            client: self,
            project_key: project_key.into(),
            env_name: env_name.into(),
            pod_name: pod_name.into(),
            container_name: container_name.into(),
            tails: None,
            since: None,
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_environments`](crate::Client::list_environments): `GET /openapi/environments`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListEnvironments<'a> {
    client: &'a crate::Client,
    project_key: String,
    options: CallOptions,
}
impl<'a> ListEnvironments<'a> {
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
    /// Sends the request and returns the decoded list of [`EnvironmentSummary`](crate::types::EnvironmentSummary).
    ///
    /// # Errors
    ///
    /// See [`Client::list_environments`](crate::Client::list_environments).
    pub async fn send(self) -> crate::Result<Vec<crate::types::EnvironmentSummary>> {
        let mut request = Request::new(
            "list_environments",
            reqwest::Method::GET,
            "/openapi/environments",
        );
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_production_environments`](crate::Client::list_production_environments): `GET /openapi/environments/production`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductionEnvironments<'a> {
    client: &'a crate::Client,
    project_key: String,
    options: CallOptions,
}
impl<'a> ListProductionEnvironments<'a> {
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
    /// Sends the request and returns the decoded list of [`EnvironmentSummary`](crate::types::EnvironmentSummary).
    ///
    /// # Errors
    ///
    /// See [`Client::list_production_environments`](crate::Client::list_production_environments).
    pub async fn send(self) -> crate::Result<Vec<crate::types::EnvironmentSummary>> {
        let mut request = Request::new(
            "list_production_environments",
            reqwest::Method::GET,
            "/openapi/environments/production",
        );
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_environment`](crate::Client::get_environment): `GET /openapi/environments/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> GetEnvironment<'a> {
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
    /// Sends the request and returns the decoded [`EnvironmentDetail`](crate::types::EnvironmentDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_environment`](crate::Client::get_environment).
    pub async fn send(self) -> crate::Result<crate::types::EnvironmentDetail> {
        let mut request = Request::new(
            "get_environment",
            reqwest::Method::GET,
            "/openapi/environments/{name}",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_production_environment`](crate::Client::get_production_environment): `GET /openapi/environments/production/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> GetProductionEnvironment<'a> {
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
    /// Sends the request and returns the decoded [`EnvironmentDetail`](crate::types::EnvironmentDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_production_environment`](crate::Client::get_production_environment).
    pub async fn send(self) -> crate::Result<crate::types::EnvironmentDetail> {
        let mut request = Request::new(
            "get_production_environment",
            reqwest::Method::GET,
            "/openapi/environments/production/{name}",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_environment_service`](crate::Client::get_environment_service): `GET /openapi/environments/{name}/services/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEnvironmentService<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    work_load_type: Option<String>,
    options: CallOptions,
}
impl<'a> GetEnvironmentService<'a> {
    /// Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments (query `workLoadType`).
    pub fn work_load_type(mut self, value: impl Into<String>) -> Self {
        self.work_load_type = Some(value.into());
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
    /// Sends the request and returns the decoded [`EnvServiceDetail`](crate::types::EnvServiceDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_environment_service`](crate::Client::get_environment_service).
    pub async fn send(self) -> crate::Result<crate::types::EnvServiceDetail> {
        let mut request = Request::new(
            "get_environment_service",
            reqwest::Method::GET,
            "/openapi/environments/{name}/services/{serviceName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.work_load_type {
            request.query("workLoadType", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_production_environment_service`](crate::Client::get_production_environment_service): `GET /openapi/environments/production/{name}/services/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionEnvironmentService<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    work_load_type: Option<String>,
    options: CallOptions,
}
impl<'a> GetProductionEnvironmentService<'a> {
    /// Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments (query `workLoadType`).
    pub fn work_load_type(mut self, value: impl Into<String>) -> Self {
        self.work_load_type = Some(value.into());
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
    /// Sends the request and returns the decoded [`EnvServiceDetail`](crate::types::EnvServiceDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_production_environment_service`](crate::Client::get_production_environment_service).
    pub async fn send(self) -> crate::Result<crate::types::EnvServiceDetail> {
        let mut request = Request::new(
            "get_production_environment_service",
            reqwest::Method::GET,
            "/openapi/environments/production/{name}/services/{serviceName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.work_load_type {
            request.query("workLoadType", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_environment_service_yaml`](crate::Client::get_environment_service_yaml): `GET /openapi/environments/service/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEnvironmentServiceYaml<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetEnvironmentServiceYaml<'a> {
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
    /// Sends the request and returns the response body as text.
    ///
    /// # Errors
    ///
    /// See [`Client::get_environment_service_yaml`](crate::Client::get_environment_service_yaml).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_environment_service_yaml",
            reqwest::Method::GET,
            "/openapi/environments/service/yaml",
        );
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
        self.client.send_text(request, self.options).await
    }
}
/// Request builder for [`Client::get_production_environment_service_yaml`](crate::Client::get_production_environment_service_yaml): `GET /openapi/environments/production/service/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionEnvironmentServiceYaml<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetProductionEnvironmentServiceYaml<'a> {
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
    /// Sends the request and returns the response body as text.
    ///
    /// # Errors
    ///
    /// See [`Client::get_production_environment_service_yaml`](crate::Client::get_production_environment_service_yaml).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_production_environment_service_yaml",
            reqwest::Method::GET,
            "/openapi/environments/production/service/yaml",
        );
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
        self.client.send_text(request, self.options).await
    }
}
/// Request builder for [`Client::get_environment_service_values`](crate::Client::get_environment_service_values): `GET /openapi/environments/service/values`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEnvironmentServiceValues<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetEnvironmentServiceValues<'a> {
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
    /// Sends the request and returns the response body as text.
    ///
    /// # Errors
    ///
    /// See [`Client::get_environment_service_values`](crate::Client::get_environment_service_values).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_environment_service_values",
            reqwest::Method::GET,
            "/openapi/environments/service/values",
        );
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
        self.client.send_text(request, self.options).await
    }
}
/// Request builder for [`Client::get_production_environment_service_values`](crate::Client::get_production_environment_service_values): `GET /openapi/environments/production/service/values`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionEnvironmentServiceValues<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetProductionEnvironmentServiceValues<'a> {
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
    /// Sends the request and returns the response body as text.
    ///
    /// # Errors
    ///
    /// See [`Client::get_production_environment_service_values`](crate::Client::get_production_environment_service_values).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_production_environment_service_values",
            reqwest::Method::GET,
            "/openapi/environments/production/service/values",
        );
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
        self.client.send_text(request, self.options).await
    }
}
/// Request builder for [`Client::create_environment`](crate::Client::create_environment): `POST /openapi/environments`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::CreateEnvironmentRequest,
    options: CallOptions,
}
impl<'a> CreateEnvironment<'a> {
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
    /// See [`Client::create_environment`](crate::Client::create_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_environment",
            reqwest::Method::POST,
            "/openapi/environments",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_production_environment`](crate::Client::create_production_environment): `POST /openapi/environments/production`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateProductionEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::CreateEnvironmentRequest,
    options: CallOptions,
}
impl<'a> CreateProductionEnvironment<'a> {
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
    /// See [`Client::create_production_environment`](crate::Client::create_production_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_production_environment",
            reqwest::Method::POST,
            "/openapi/environments/production",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_helm_environment`](crate::Client::create_helm_environment): `POST /openapi/environments/helm`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateHelmEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::CreateHelmEnvironmentRequest,
    options: CallOptions,
}
impl<'a> CreateHelmEnvironment<'a> {
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
    /// See [`Client::create_helm_environment`](crate::Client::create_helm_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_helm_environment",
            reqwest::Method::POST,
            "/openapi/environments/helm",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_environment`](crate::Client::update_environment): `PUT /openapi/environments/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::EnvironmentDetail,
    options: CallOptions,
}
impl<'a> UpdateEnvironment<'a> {
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
    /// See [`Client::update_environment`](crate::Client::update_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_environment",
            reqwest::Method::PUT,
            "/openapi/environments/{name}",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_environment`](crate::Client::update_production_environment): `PUT /openapi/environments/production/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::EnvironmentDetail,
    options: CallOptions,
}
impl<'a> UpdateProductionEnvironment<'a> {
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
    /// See [`Client::update_production_environment`](crate::Client::update_production_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_production_environment",
            reqwest::Method::PUT,
            "/openapi/environments/production/{name}",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_environment`](crate::Client::delete_environment): `DELETE /openapi/environments/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    is_delete: bool,
    options: CallOptions,
}
impl<'a> DeleteEnvironment<'a> {
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
    /// See [`Client::delete_environment`](crate::Client::delete_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_environment",
            reqwest::Method::DELETE,
            "/openapi/environments/{name}",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.query("isDelete", &self.is_delete);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_production_environment`](crate::Client::delete_production_environment): `DELETE /openapi/environments/production/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductionEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> DeleteProductionEnvironment<'a> {
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
    /// See [`Client::delete_production_environment`](crate::Client::delete_production_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_production_environment",
            reqwest::Method::DELETE,
            "/openapi/environments/production/{name}",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::add_environment_services`](crate::Client::add_environment_services): `POST /openapi/environments/service/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct AddEnvironmentServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::AddEnvironmentServicesRequest,
    options: CallOptions,
}
impl<'a> AddEnvironmentServices<'a> {
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
    /// See [`Client::add_environment_services`](crate::Client::add_environment_services).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "add_environment_services",
            reqwest::Method::POST,
            "/openapi/environments/service/yaml",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::add_production_environment_services`](crate::Client::add_production_environment_services): `POST /openapi/environments/production/service/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct AddProductionEnvironmentServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::AddEnvironmentServicesRequest,
    options: CallOptions,
}
impl<'a> AddProductionEnvironmentServices<'a> {
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
    /// See [`Client::add_production_environment_services`](crate::Client::add_production_environment_services).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "add_production_environment_services",
            reqwest::Method::POST,
            "/openapi/environments/production/service/yaml",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::add_helm_environment_services`](crate::Client::add_helm_environment_services): `POST /openapi/environments/helm/{name}/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct AddHelmEnvironmentServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::AddHelmServicesRequest,
    production: Option<String>,
    options: CallOptions,
}
impl<'a> AddHelmEnvironmentServices<'a> {
    /// `true` when the environment is a production one. v4.2.0 reads it for the licence and permission checks (later releases read the body's `production`); keep the two equal (query `production`).
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
    /// Sends the request and returns the decoded list of [`EnvUpdateStatus`](crate::types::EnvUpdateStatus).
    ///
    /// # Errors
    ///
    /// See [`Client::add_helm_environment_services`](crate::Client::add_helm_environment_services).
    pub async fn send(self) -> crate::Result<Vec<crate::types::EnvUpdateStatus>> {
        let mut request = Request::new(
            "add_helm_environment_services",
            reqwest::Method::POST,
            "/openapi/environments/helm/{name}/services",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.production {
            request.query("production", value);
        }
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_environment_services`](crate::Client::update_environment_services): `PUT /openapi/environments/{name}/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateEnvironmentServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::UpdateEnvironmentServicesRequest,
    options: CallOptions,
}
impl<'a> UpdateEnvironmentServices<'a> {
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
    /// See [`Client::update_environment_services`](crate::Client::update_environment_services).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_environment_services",
            reqwest::Method::PUT,
            "/openapi/environments/{name}/services",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_environment_services`](crate::Client::update_production_environment_services): `PUT /openapi/environments/production/{name}/services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionEnvironmentServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::UpdateEnvironmentServicesRequest,
    options: CallOptions,
}
impl<'a> UpdateProductionEnvironmentServices<'a> {
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
    /// See [`Client::update_production_environment_services`](crate::Client::update_production_environment_services).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_production_environment_services",
            reqwest::Method::PUT,
            "/openapi/environments/production/{name}/services",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_environment_services`](crate::Client::delete_environment_services): `DELETE /openapi/environments/service/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteEnvironmentServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::DeleteEnvironmentServicesRequest,
    options: CallOptions,
}
impl<'a> DeleteEnvironmentServices<'a> {
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
    /// See [`Client::delete_environment_services`](crate::Client::delete_environment_services).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_environment_services",
            reqwest::Method::DELETE,
            "/openapi/environments/service/yaml",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_production_environment_services`](crate::Client::delete_production_environment_services): `DELETE /openapi/environments/production/service/yaml`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductionEnvironmentServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::DeleteEnvironmentServicesRequest,
    options: CallOptions,
}
impl<'a> DeleteProductionEnvironmentServices<'a> {
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
    /// See [`Client::delete_production_environment_services`](crate::Client::delete_production_environment_services).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_production_environment_services",
            reqwest::Method::DELETE,
            "/openapi/environments/production/service/yaml",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_environment_global_variables`](crate::Client::list_environment_global_variables): `GET /openapi/environments/{name}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListEnvironmentGlobalVariables<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> ListEnvironmentGlobalVariables<'a> {
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
    /// Sends the request and returns the decoded list of [`GlobalVariableKV`](crate::types::GlobalVariableKV).
    ///
    /// # Errors
    ///
    /// See [`Client::list_environment_global_variables`](crate::Client::list_environment_global_variables).
    pub async fn send(self) -> crate::Result<Vec<crate::types::GlobalVariableKV>> {
        let mut request = Request::new(
            "list_environment_global_variables",
            reqwest::Method::GET,
            "/openapi/environments/{name}/variable",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_production_environment_global_variables`](crate::Client::list_production_environment_global_variables): `GET /openapi/environments/production/{name}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductionEnvironmentGlobalVariables<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> ListProductionEnvironmentGlobalVariables<'a> {
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
    /// Sends the request and returns the decoded list of [`GlobalVariableKV`](crate::types::GlobalVariableKV).
    ///
    /// # Errors
    ///
    /// See [`Client::list_production_environment_global_variables`](crate::Client::list_production_environment_global_variables).
    pub async fn send(self) -> crate::Result<Vec<crate::types::GlobalVariableKV>> {
        let mut request = Request::new(
            "list_production_environment_global_variables",
            reqwest::Method::GET,
            "/openapi/environments/production/{name}/variable",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_environment_global_variables`](crate::Client::update_environment_global_variables): `PUT /openapi/environments/{name}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateEnvironmentGlobalVariables<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::UpdateGlobalVariablesRequest,
    options: CallOptions,
}
impl<'a> UpdateEnvironmentGlobalVariables<'a> {
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
    /// See [`Client::update_environment_global_variables`](crate::Client::update_environment_global_variables).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_environment_global_variables",
            reqwest::Method::PUT,
            "/openapi/environments/{name}/variable",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_environment_global_variables`](crate::Client::update_production_environment_global_variables): `PUT /openapi/environments/production/{name}/variable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionEnvironmentGlobalVariables<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::UpdateGlobalVariablesRequest,
    options: CallOptions,
}
impl<'a> UpdateProductionEnvironmentGlobalVariables<'a> {
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
    /// See [`Client::update_production_environment_global_variables`](crate::Client::update_production_environment_global_variables).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_production_environment_global_variables",
            reqwest::Method::PUT,
            "/openapi/environments/production/{name}/variable",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_env_config`](crate::Client::create_env_config): `POST /openapi/environments/{name}/envcfgs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::CreateEnvConfigRequest,
    options: CallOptions,
}
impl<'a> CreateEnvConfig<'a> {
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
    /// See [`Client::create_env_config`](crate::Client::create_env_config).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_env_config",
            reqwest::Method::POST,
            "/openapi/environments/{name}/envcfgs",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_production_env_config`](crate::Client::create_production_env_config): `POST /openapi/environments/production/{name}/envcfgs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateProductionEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    body: crate::types::CreateEnvConfigRequest,
    options: CallOptions,
}
impl<'a> CreateProductionEnvConfig<'a> {
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
    /// See [`Client::create_production_env_config`](crate::Client::create_production_env_config).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_production_env_config",
            reqwest::Method::POST,
            "/openapi/environments/production/{name}/envcfgs",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_env_configs`](crate::Client::list_env_configs): `GET /openapi/environments/{name}/envcfgs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListEnvConfigs<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    r#type: crate::types::EnvConfigType,
    options: CallOptions,
}
impl<'a> ListEnvConfigs<'a> {
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
    /// Sends the request and returns the decoded list of [`EnvConfigSummary`](crate::types::EnvConfigSummary).
    ///
    /// # Errors
    ///
    /// See [`Client::list_env_configs`](crate::Client::list_env_configs).
    pub async fn send(self) -> crate::Result<Vec<crate::types::EnvConfigSummary>> {
        let mut request = Request::new(
            "list_env_configs",
            reqwest::Method::GET,
            "/openapi/environments/{name}/envcfgs",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_production_env_configs`](crate::Client::list_production_env_configs): `GET /openapi/environments/production/{name}/envcfgs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductionEnvConfigs<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    r#type: crate::types::EnvConfigType,
    options: CallOptions,
}
impl<'a> ListProductionEnvConfigs<'a> {
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
    /// Sends the request and returns the decoded list of [`EnvConfigSummary`](crate::types::EnvConfigSummary).
    ///
    /// # Errors
    ///
    /// See [`Client::list_production_env_configs`](crate::Client::list_production_env_configs).
    pub async fn send(self) -> crate::Result<Vec<crate::types::EnvConfigSummary>> {
        let mut request = Request::new(
            "list_production_env_configs",
            reqwest::Method::GET,
            "/openapi/environments/production/{name}/envcfgs",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_env_config`](crate::Client::get_env_config): `GET /openapi/environments/{name}/envcfg/{cfgName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    cfg_name: String,
    r#type: crate::types::EnvConfigType,
    options: CallOptions,
}
impl<'a> GetEnvConfig<'a> {
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
    /// Sends the request and returns the decoded [`EnvConfigDetail`](crate::types::EnvConfigDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_env_config`](crate::Client::get_env_config).
    pub async fn send(self) -> crate::Result<crate::types::EnvConfigDetail> {
        let mut request = Request::new(
            "get_env_config",
            reqwest::Method::GET,
            "/openapi/environments/{name}/envcfg/{cfgName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_production_env_config`](crate::Client::get_production_env_config): `GET /openapi/environments/production/{name}/envcfg/{cfgName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductionEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    cfg_name: String,
    r#type: crate::types::EnvConfigType,
    options: CallOptions,
}
impl<'a> GetProductionEnvConfig<'a> {
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
    /// Sends the request and returns the decoded [`EnvConfigDetail`](crate::types::EnvConfigDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_production_env_config`](crate::Client::get_production_env_config).
    pub async fn send(self) -> crate::Result<crate::types::EnvConfigDetail> {
        let mut request = Request::new(
            "get_production_env_config",
            reqwest::Method::GET,
            "/openapi/environments/production/{name}/envcfg/{cfgName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_env_config`](crate::Client::update_env_config): `PUT /openapi/environments/envcfgs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::UpdateEnvConfigRequest,
    options: CallOptions,
}
impl<'a> UpdateEnvConfig<'a> {
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
    /// See [`Client::update_env_config`](crate::Client::update_env_config).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_env_config",
            reqwest::Method::PUT,
            "/openapi/environments/envcfgs",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_production_env_config`](crate::Client::update_production_env_config): `PUT /openapi/environments/production/envcfgs`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateProductionEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    body: crate::types::UpdateEnvConfigRequest,
    options: CallOptions,
}
impl<'a> UpdateProductionEnvConfig<'a> {
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
    /// See [`Client::update_production_env_config`](crate::Client::update_production_env_config).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_production_env_config",
            reqwest::Method::PUT,
            "/openapi/environments/production/envcfgs",
        );
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_env_config`](crate::Client::delete_env_config): `DELETE /openapi/environments/{name}/envcfg/{cfgName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    cfg_name: String,
    r#type: String,
    options: CallOptions,
}
impl<'a> DeleteEnvConfig<'a> {
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
    /// See [`Client::delete_env_config`](crate::Client::delete_env_config).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_env_config",
            reqwest::Method::DELETE,
            "/openapi/environments/{name}/envcfg/{cfgName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_production_env_config`](crate::Client::delete_production_env_config): `DELETE /openapi/environments/production/{name}/envcfg/{cfgName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductionEnvConfig<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    cfg_name: String,
    r#type: String,
    options: CallOptions,
}
impl<'a> DeleteProductionEnvConfig<'a> {
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
    /// See [`Client::delete_production_env_config`](crate::Client::delete_production_env_config).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_production_env_config",
            reqwest::Method::DELETE,
            "/openapi/environments/production/{name}/envcfg/{cfgName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::scale_workload`](crate::Client::scale_workload): `POST /openapi/environments/scale`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ScaleWorkload<'a> {
    client: &'a crate::Client,
    body: crate::types::ScaleWorkloadRequest,
    options: CallOptions,
}
impl<'a> ScaleWorkload<'a> {
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
    /// See [`Client::scale_workload`](crate::Client::scale_workload).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "scale_workload",
            reqwest::Method::POST,
            "/openapi/environments/scale",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::restart_environment_service`](crate::Client::restart_environment_service): `POST /openapi/environments/{name}/service/{serviceName}/restart`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RestartEnvironmentService<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> RestartEnvironmentService<'a> {
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
    /// See [`Client::restart_environment_service`](crate::Client::restart_environment_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "restart_environment_service",
            reqwest::Method::POST,
            "/openapi/environments/{name}/service/{serviceName}/restart",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::restart_production_environment_service`](crate::Client::restart_production_environment_service): `POST /openapi/environments/production/{name}/service/{serviceName}/restart`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RestartProductionEnvironmentService<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> RestartProductionEnvironmentService<'a> {
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
    /// See [`Client::restart_production_environment_service`](crate::Client::restart_production_environment_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "restart_production_environment_service",
            reqwest::Method::POST,
            "/openapi/environments/production/{name}/service/{serviceName}/restart",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_environment_service_pods`](crate::Client::list_environment_service_pods): `GET /openapi/environments/{name}/service/{serviceName}/pods`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListEnvironmentServicePods<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> ListEnvironmentServicePods<'a> {
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
    /// Sends the request and returns the decoded [`ServicePodList`](crate::types::ServicePodList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_environment_service_pods`](crate::Client::list_environment_service_pods).
    pub async fn send(self) -> crate::Result<crate::types::ServicePodList> {
        let mut request = Request::new(
            "list_environment_service_pods",
            reqwest::Method::GET,
            "/openapi/environments/{name}/service/{serviceName}/pods",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_production_environment_service_pods`](crate::Client::list_production_environment_service_pods): `GET /openapi/environments/production/{name}/service/{serviceName}/pods`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductionEnvironmentServicePods<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> ListProductionEnvironmentServicePods<'a> {
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
    /// Sends the request and returns the decoded [`ServicePodList`](crate::types::ServicePodList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_production_environment_service_pods`](crate::Client::list_production_environment_service_pods).
    pub async fn send(self) -> crate::Result<crate::types::ServicePodList> {
        let mut request = Request::new(
            "list_production_environment_service_pods",
            reqwest::Method::GET,
            "/openapi/environments/production/{name}/service/{serviceName}/pods",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::restart_environment_service_pod`](crate::Client::restart_environment_service_pod): `POST /openapi/environments/{name}/pod/{podName}/restart`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RestartEnvironmentServicePod<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    pod_name: String,
    options: CallOptions,
}
impl<'a> RestartEnvironmentServicePod<'a> {
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
    /// Sends the request and returns the decoded [`PodRestartResult`](crate::types::PodRestartResult).
    ///
    /// # Errors
    ///
    /// See [`Client::restart_environment_service_pod`](crate::Client::restart_environment_service_pod).
    pub async fn send(self) -> crate::Result<crate::types::PodRestartResult> {
        let mut request = Request::new(
            "restart_environment_service_pod",
            reqwest::Method::POST,
            "/openapi/environments/{name}/pod/{podName}/restart",
        );
        request.path_param("name", &self.env_name);
        request.path_param("podName", &self.pod_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::restart_production_environment_service_pod`](crate::Client::restart_production_environment_service_pod): `POST /openapi/environments/production/{name}/pod/{podName}/restart`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RestartProductionEnvironmentServicePod<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    pod_name: String,
    options: CallOptions,
}
impl<'a> RestartProductionEnvironmentServicePod<'a> {
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
    /// Sends the request and returns the decoded [`PodRestartResult`](crate::types::PodRestartResult).
    ///
    /// # Errors
    ///
    /// See [`Client::restart_production_environment_service_pod`](crate::Client::restart_production_environment_service_pod).
    pub async fn send(self) -> crate::Result<crate::types::PodRestartResult> {
        let mut request = Request::new(
            "restart_production_environment_service_pod",
            reqwest::Method::POST,
            "/openapi/environments/production/{name}/pod/{podName}/restart",
        );
        request.path_param("name", &self.env_name);
        request.path_param("podName", &self.pod_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::update_deployment_image`](crate::Client::update_deployment_image): `POST /openapi/environments/image/deployment/{envName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateDeploymentImage<'a> {
    client: &'a crate::Client,
    env_name: String,
    body: crate::types::UpdateContainerImageRequest,
    options: CallOptions,
}
impl<'a> UpdateDeploymentImage<'a> {
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
    /// See [`Client::update_deployment_image`](crate::Client::update_deployment_image).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_deployment_image",
            reqwest::Method::POST,
            "/openapi/environments/image/deployment/{envName}",
        );
        request.path_param("envName", &self.env_name);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_statefulset_image`](crate::Client::update_statefulset_image): `POST /openapi/environments/image/statefulset/{envName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateStatefulsetImage<'a> {
    client: &'a crate::Client,
    env_name: String,
    body: crate::types::UpdateContainerImageRequest,
    options: CallOptions,
}
impl<'a> UpdateStatefulsetImage<'a> {
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
    /// See [`Client::update_statefulset_image`](crate::Client::update_statefulset_image).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_statefulset_image",
            reqwest::Method::POST,
            "/openapi/environments/image/statefulset/{envName}",
        );
        request.path_param("envName", &self.env_name);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_cronjob_image`](crate::Client::update_cronjob_image): `POST /openapi/environments/image/cronjob/{envName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateCronjobImage<'a> {
    client: &'a crate::Client,
    env_name: String,
    body: crate::types::UpdateContainerImageRequest,
    options: CallOptions,
}
impl<'a> UpdateCronjobImage<'a> {
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
    /// See [`Client::update_cronjob_image`](crate::Client::update_cronjob_image).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_cronjob_image",
            reqwest::Method::POST,
            "/openapi/environments/image/cronjob/{envName}",
        );
        request.path_param("envName", &self.env_name);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_job_image`](crate::Client::update_job_image): `POST /openapi/environments/image/job/{envName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateJobImage<'a> {
    client: &'a crate::Client,
    env_name: String,
    body: crate::types::UpdateContainerImageRequest,
    options: CallOptions,
}
impl<'a> UpdateJobImage<'a> {
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
    /// See [`Client::update_job_image`](crate::Client::update_job_image).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_job_image",
            reqwest::Method::POST,
            "/openapi/environments/image/job/{envName}",
        );
        request.path_param("envName", &self.env_name);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_environment_events`](crate::Client::list_environment_events): `GET /openapi/environments/kube/events`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListEnvironmentEvents<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    name: Option<String>,
    r#type: Option<String>,
    options: CallOptions,
}
impl<'a> ListEnvironmentEvents<'a> {
    /// Name of the Kubernetes object the events are about; without it no object's events match (query `name`).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Kind of the Kubernetes object the events are about, e.g. Deployment; without it no object's events match (query `type`).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
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
    /// Sends the request and returns the decoded list of [`KubeEvent`](crate::types::KubeEvent).
    ///
    /// # Errors
    ///
    /// See [`Client::list_environment_events`](crate::Client::list_environment_events).
    pub async fn send(self) -> crate::Result<Vec<crate::types::KubeEvent>> {
        let mut request = Request::new(
            "list_environment_events",
            reqwest::Method::GET,
            "/openapi/environments/kube/events",
        );
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        if let Some(value) = &self.name {
            request.query("name", value);
        }
        if let Some(value) = &self.r#type {
            request.query("type", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::check_workload_k8s_services`](crate::Client::check_workload_k8s_services): `GET /openapi/environments/{name}/check/workloads/k8services`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CheckWorkloadK8sServices<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> CheckWorkloadK8sServices<'a> {
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
    /// Sends the request and returns the decoded list.
    ///
    /// # Errors
    ///
    /// See [`Client::check_workload_k8s_services`](crate::Client::check_workload_k8s_services).
    pub async fn send(self) -> crate::Result<Vec<String>> {
        let mut request = Request::new(
            "check_workload_k8s_services",
            reqwest::Method::GET,
            "/openapi/environments/{name}/check/workloads/k8services",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::enable_sub_environment`](crate::Client::enable_sub_environment): `POST /openapi/environments/{name}/share/enable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct EnableSubEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> EnableSubEnvironment<'a> {
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
    /// See [`Client::enable_sub_environment`](crate::Client::enable_sub_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "enable_sub_environment",
            reqwest::Method::POST,
            "/openapi/environments/{name}/share/enable",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::disable_sub_environment`](crate::Client::disable_sub_environment): `DELETE /openapi/environments/{name}/share/enable`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DisableSubEnvironment<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    options: CallOptions,
}
impl<'a> DisableSubEnvironment<'a> {
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
    /// See [`Client::disable_sub_environment`](crate::Client::disable_sub_environment).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "disable_sub_environment",
            reqwest::Method::DELETE,
            "/openapi/environments/{name}/share/enable",
        );
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::check_sub_environment_ready`](crate::Client::check_sub_environment_ready): `GET /openapi/environments/{name}/check/sharenv/{op}/ready`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CheckSubEnvironmentReady<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    op: String,
    options: CallOptions,
}
impl<'a> CheckSubEnvironmentReady<'a> {
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
    /// Sends the request and returns the decoded [`ShareEnvReadiness`](crate::types::ShareEnvReadiness).
    ///
    /// # Errors
    ///
    /// See [`Client::check_sub_environment_ready`](crate::Client::check_sub_environment_ready).
    pub async fn send(self) -> crate::Result<crate::types::ShareEnvReadiness> {
        let mut request = Request::new(
            "check_sub_environment_ready",
            reqwest::Method::GET,
            "/openapi/environments/{name}/check/sharenv/{op}/ready",
        );
        request.path_param("name", &self.env_name);
        request.path_param("op", &self.op);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_entry_service`](crate::Client::get_entry_service): `GET /openapi/environments/{name}/share/portal/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetEntryService<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    options: CallOptions,
}
impl<'a> GetEntryService<'a> {
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
    /// See [`Client::get_entry_service`](crate::Client::get_entry_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "get_entry_service",
            reqwest::Method::GET,
            "/openapi/environments/{name}/share/portal/{serviceName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::set_entry_service`](crate::Client::set_entry_service): `POST /openapi/environments/{name}/share/portal/{serviceName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct SetEntryService<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    service_name: String,
    body: Vec<crate::types::EntryServiceServer>,
    options: CallOptions,
}
impl<'a> SetEntryService<'a> {
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
    /// See [`Client::set_entry_service`](crate::Client::set_entry_service).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "set_entry_service",
            reqwest::Method::POST,
            "/openapi/environments/{name}/share/portal/{serviceName}",
        );
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::stream_container_logs`](crate::Client::stream_container_logs): `GET /openapi/logs/sse/pods/{podName}/containers/{containerName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct StreamContainerLogs<'a> {
    client: &'a crate::Client,
    project_key: String,
    env_name: String,
    pod_name: String,
    container_name: String,
    tails: Option<i64>,
    since: Option<String>,
    options: CallOptions,
}
impl<'a> StreamContainerLogs<'a> {
    /// Number of past lines to send before following (10 when missing or not a number) (query `tails`). Server default: `10`.
    pub fn tails(mut self, value: i64) -> Self {
        self.tails = Some(value);
        self
    }
    /// Send only lines from this long ago onwards, as a Go duration such as `30s`, `5m` or `1h` (at least one second). Without it, `tails` alone decides where the log starts (query `since`).
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
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
    /// Sends the request and returns a stream of log lines, read as the server sends them.
    ///
    /// # Errors
    ///
    /// See [`Client::stream_container_logs`](crate::Client::stream_container_logs).
    pub async fn send(self) -> crate::Result<crate::LogStream> {
        let mut request = Request::new(
            "stream_container_logs",
            reqwest::Method::GET,
            "/openapi/logs/sse/pods/{podName}/containers/{containerName}",
        );
        request.path_param("podName", &self.pod_name);
        request.path_param("containerName", &self.container_name);
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        if let Some(value) = &self.tails {
            request.query("tails", value);
        }
        if let Some(value) = &self.since {
            request.query("since", value);
        }
        self.client.send_event_stream(request, self.options).await
    }
}
