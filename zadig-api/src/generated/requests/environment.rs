// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Environment API.
#[cfg_attr(docsrs, doc(cfg(feature = "environment")))]
impl<M> crate::GenericClient<M> {
    /// Lists the test environments of a project.
    ///
    /// `GET /openapi/environments`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    ///
    /// `send()` returns the decoded list of [`EnvironmentSummary`](crate::types::EnvironmentSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment>
    pub fn list_environments(
        &self,
        project_key: impl Into<String>,
    ) -> ListEnvironments<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListEnvironments {
                project_key: project_key.into(),
            },
        )
    }
    /// Lists the production environments of a project.
    ///
    /// `GET /openapi/environments/production`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    ///
    /// `send()` returns the decoded list of [`EnvironmentSummary`](crate::types::EnvironmentSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment>
    pub fn list_production_environments(
        &self,
        project_key: impl Into<String>,
    ) -> ListProductionEnvironments<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListProductionEnvironments {
                project_key: project_key.into(),
            },
        )
    }
    /// Reads one test environment with its global variables and services.
    ///
    /// `GET /openapi/environments/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// `send()` returns the decoded [`EnvironmentDetail`](crate::types::EnvironmentDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-2>
    pub fn get_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> GetEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
    }
    /// Reads one production environment with its global variables and services.
    ///
    /// `GET /openapi/environments/production/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// `send()` returns the decoded [`EnvironmentDetail`](crate::types::EnvironmentDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-2>
    pub fn get_production_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> GetProductionEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProductionEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
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
    /// Optional query parameters: [`work_load_type`](GetEnvironmentService::work_load_type).
    ///
    /// `send()` returns the decoded [`EnvServiceDetail`](crate::types::EnvServiceDetail).
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `workLoadtype`: The server's handler reads the query parameter `workLoadType` (capital T) and gin query names are case-sensitive, so the spec sends `workLoadType`.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-3>
    pub fn get_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEnvironmentService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetEnvironmentService {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
                work_load_type: None,
            },
        )
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
    /// Optional query parameters: [`work_load_type`](GetProductionEnvironmentService::work_load_type).
    ///
    /// `send()` returns the decoded [`EnvServiceDetail`](crate::types::EnvServiceDetail).
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `workLoadtype`: The server's handler reads the query parameter `workLoadType` (capital T) and gin query names are case-sensitive, so the spec sends `workLoadType`.
    /// - environment.en-v4.0.md says `` `projectKey` | Project Key | string | Yes ``: The handler of the production route reads `projectKey` without a required check, but it looks the environment up by it and grants a caller who is not a system administrator nothing without it; the spec requires it, as the docs do.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-3>
    pub fn get_production_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionEnvironmentService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProductionEnvironmentService {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
                work_load_type: None,
            },
        )
    }
    /// Returns the rendered Kubernetes YAML of one service in a test environment.
    ///
    /// `GET /openapi/environments/service/yaml`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// `send()` returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-4>
    pub fn get_environment_service_yaml(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEnvironmentServiceYaml<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetEnvironmentServiceYaml {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Returns the rendered Kubernetes YAML of one service in a production environment.
    ///
    /// `GET /openapi/environments/production/service/yaml`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// `send()` returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/production/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/production/services/yaml`: The server routes this under `service/yaml` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-4>
    pub fn get_production_environment_service_yaml(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionEnvironmentServiceYaml<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProductionEnvironmentServiceYaml {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Returns the Helm values in effect for one service in a test environment.
    ///
    /// `GET /openapi/environments/service/values`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// `send()` returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-5>
    pub fn get_environment_service_values(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEnvironmentServiceValues<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetEnvironmentServiceValues {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Returns the Helm values in effect for one service in a production environment.
    ///
    /// `GET /openapi/environments/production/service/values`
    ///
    /// Served by Zadig v4.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (query `envName`): Key of the environment.
    /// - `service_name` (query `serviceName`): Name of the service.
    ///
    /// `send()` returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/production/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/production/services/values`: The server routes this under `service/values` (singular); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-5>
    pub fn get_production_environment_service_values(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionEnvironmentServiceValues<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProductionEnvironmentServiceValues {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Creates a test environment, optionally with services, global variables and configurations.
    ///
    /// `POST /openapi/environments`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-6>
    pub fn create_environment(
        &self,
        project_key: impl Into<String>,
        body: crate::types::CreateEnvironmentRequest,
    ) -> CreateEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateEnvironment {
                project_key: project_key.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-6>
    pub fn create_production_environment(
        &self,
        project_key: impl Into<String>,
        body: crate::types::CreateEnvironmentRequest,
    ) -> CreateProductionEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateProductionEnvironment {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Creates an empty test or production environment for a Helm project.
    ///
    /// `POST /openapi/environments/helm`
    ///
    /// Served by Zadig v4.2.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Creates the environment only (cluster, namespace, registry, optional sub-environment); services are added afterwards with `add_helm_environment_services`.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project; the server rejects a request without it and checks a caller's permissions against it.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn create_helm_environment(
        &self,
        project_key: impl Into<String>,
        body: crate::types::CreateHelmEnvironmentRequest,
    ) -> CreateHelmEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateHelmEnvironment {
                project_key: project_key.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-7>
    pub fn update_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::EnvironmentDetail,
    ) -> UpdateEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-7>
    pub fn update_production_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::EnvironmentDetail,
    ) -> UpdateProductionEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateProductionEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-8>
    pub fn delete_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        is_delete: bool,
    ) -> DeleteEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
                is_delete,
            },
        )
    }
    /// Deletes a production environment.
    ///
    /// `DELETE /openapi/environments/production/{name}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-8>
    pub fn delete_production_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> DeleteProductionEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteProductionEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
    }
    /// Deploys services of the project into a test environment.
    ///
    /// `POST /openapi/environments/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-9>
    pub fn add_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::AddEnvironmentServicesRequest,
    ) -> AddEnvironmentServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::AddEnvironmentServices {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Deploys services of the project into a production environment.
    ///
    /// `POST /openapi/environments/production/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-9>
    pub fn add_production_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::AddEnvironmentServicesRequest,
    ) -> AddProductionEnvironmentServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::AddProductionEnvironmentServices {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Deploys Helm services of the project into an environment, with their values.
    ///
    /// `POST /openapi/environments/helm/{name}/services`
    ///
    /// Served by Zadig v4.2.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The answer gives the state of the environment after the request. The server takes the environment from the body's `env_name` (and `production`), not from the path.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment; the server reads the body's `env_name` instead, so keep them equal.
    /// - `body`: the JSON request body
    ///
    /// Optional query parameters: [`production`](AddHelmEnvironmentServices::production).
    ///
    /// `send()` returns the decoded list of [`EnvUpdateStatus`](crate::types::EnvUpdateStatus).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn add_helm_environment_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::AddHelmServicesRequest,
    ) -> AddHelmEnvironmentServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::AddHelmEnvironmentServices {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
                production: None,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `PUT /openapi/environments/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    /// - overview.zh-v3.4.md says `PUT /openapi/environments/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-10>
    pub fn update_environment_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateEnvironmentServicesRequest,
    ) -> UpdateEnvironmentServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateEnvironmentServices {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `PUT /openapi/environments/production/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    /// - overview.zh-v3.4.md says `PUT /openapi/environments/production/service/yaml`: The server has no PUT route on `service/yaml`; services are updated through `PUT .../{name}/services`, which the detail page documents. The spec uses that route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-10>
    pub fn update_production_environment_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateEnvironmentServicesRequest,
    ) -> UpdateProductionEnvironmentServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateProductionEnvironmentServices {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
    }
    /// Removes services from a test environment.
    ///
    /// `DELETE /openapi/environments/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-11>
    pub fn delete_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::DeleteEnvironmentServicesRequest,
    ) -> DeleteEnvironmentServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteEnvironmentServices {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Removes services from a production environment.
    ///
    /// `DELETE /openapi/environments/production/service/yaml`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-11>
    pub fn delete_production_environment_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::DeleteEnvironmentServicesRequest,
    ) -> DeleteProductionEnvironmentServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteProductionEnvironmentServices {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Lists the global variables of a test environment.
    ///
    /// `GET /openapi/environments/{name}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// `send()` returns the decoded list of [`GlobalVariableKV`](crate::types::GlobalVariableKV).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-12>
    pub fn list_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListEnvironmentGlobalVariables<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListEnvironmentGlobalVariables {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
    }
    /// Lists the global variables of a production environment.
    ///
    /// `GET /openapi/environments/production/{name}/variable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// `send()` returns the decoded list of [`GlobalVariableKV`](crate::types::GlobalVariableKV).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-12>
    pub fn list_production_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListProductionEnvironmentGlobalVariables<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListProductionEnvironmentGlobalVariables {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-13>
    pub fn update_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateGlobalVariablesRequest,
    ) -> UpdateEnvironmentGlobalVariables<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateEnvironmentGlobalVariables {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-13>
    pub fn update_production_environment_global_variables(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::UpdateGlobalVariablesRequest,
    ) -> UpdateProductionEnvironmentGlobalVariables<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateProductionEnvironmentGlobalVariables {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-14>
    pub fn create_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::CreateEnvConfigRequest,
    ) -> CreateEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateEnvConfig {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-14>
    pub fn create_production_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        body: crate::types::CreateEnvConfigRequest,
    ) -> CreateProductionEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateProductionEnvConfig {
                project_key: project_key.into(),
                env_name: env_name.into(),
                body,
            },
        )
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
    /// `send()` returns the decoded list of [`EnvConfigSummary`](crate::types::EnvConfigSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-15>
    pub fn list_env_configs(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> ListEnvConfigs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListEnvConfigs {
                project_key: project_key.into(),
                env_name: env_name.into(),
                r#type: r#type.into(),
            },
        )
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
    /// `send()` returns the decoded list of [`EnvConfigSummary`](crate::types::EnvConfigSummary).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-15>
    pub fn list_production_env_configs(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> ListProductionEnvConfigs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListProductionEnvConfigs {
                project_key: project_key.into(),
                env_name: env_name.into(),
                r#type: r#type.into(),
            },
        )
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
    /// `send()` returns the decoded [`EnvConfigDetail`](crate::types::EnvConfigDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    /// - overview.zh-v3.4.md says `GET /openapi/environments/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-16>
    pub fn get_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> GetEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetEnvConfig {
                project_key: project_key.into(),
                env_name: env_name.into(),
                cfg_name: cfg_name.into(),
                r#type: r#type.into(),
            },
        )
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
    /// `send()` returns the decoded [`EnvConfigDetail`](crate::types::EnvConfigDetail).
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/production/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    /// - overview.zh-v3.4.md says `GET /openapi/environments/production/:envName/envcfgs`: That path lists configurations; the detail page and the server read one configuration at `envcfg/{cfgName}` (singular, with the name). The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-16>
    pub fn get_production_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<crate::types::EnvConfigType>,
    ) -> GetProductionEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProductionEnvConfig {
                project_key: project_key.into(),
                env_name: env_name.into(),
                cfg_name: cfg_name.into(),
                r#type: r#type.into(),
            },
        )
    }
    /// Replaces the content of one configuration resource of a test environment.
    ///
    /// `PUT /openapi/environments/envcfgs`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-environment-configuration>
    pub fn update_env_config(
        &self,
        project_key: impl Into<String>,
        body: crate::types::UpdateEnvConfigRequest,
    ) -> UpdateEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateEnvConfig {
                project_key: project_key.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `PUT /openapi/environments/envcfgs?projectKey=<projectKey>`: The docs give only the test route for updating a configuration. The server also routes `PUT /openapi/environments/production/envcfgs` (same body), so the spec offers it too.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-environment-configuration>
    pub fn update_production_env_config(
        &self,
        project_key: impl Into<String>,
        body: crate::types::UpdateEnvConfigRequest,
    ) -> UpdateProductionEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateProductionEnvConfig {
                project_key: project_key.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `DELETE /openapi/environments/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    /// - overview.zh-v3.4.md says `DELETE /openapi/environments/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-17>
    pub fn delete_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> DeleteEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteEnvConfig {
                project_key: project_key.into(),
                env_name: env_name.into(),
                cfg_name: cfg_name.into(),
                r#type: r#type.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `DELETE /openapi/environments/production/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    /// - overview.zh-v3.4.md says `DELETE /openapi/environments/production/:envName/envcfgs`: The server has no DELETE route on `envcfgs`; it deletes one configuration at `envcfg/{cfgName}`, as the detail page says. The spec uses the served route.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-17>
    pub fn delete_production_env_config(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        cfg_name: impl Into<String>,
        r#type: impl Into<String>,
    ) -> DeleteProductionEnvConfig<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteProductionEnvConfig {
                project_key: project_key.into(),
                env_name: env_name.into(),
                cfg_name: cfg_name.into(),
                r#type: r#type.into(),
            },
        )
    }
    /// Sets the replica count of a Deployment or StatefulSet in a test environment.
    ///
    /// `POST /openapi/environments/scale`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `` the body table and example have no `service_name` ``: From v4.2.1 the server rejects a body without `service_name` (the service the workload belongs to); the spec requires it, and the example here gives it.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#adjust-service-instance-replica-count>
    pub fn scale_workload(
        &self,
        body: crate::types::ScaleWorkloadRequest,
    ) -> ScaleWorkload<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ScaleWorkload {
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#test-environment-18>
    pub fn restart_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> RestartEnvironmentService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::RestartEnvironmentService {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#production-environment-18>
    pub fn restart_production_environment_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> RestartProductionEnvironmentService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::RestartProductionEnvironmentService {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Lists the pods of one service in a test environment, with their state and images.
    ///
    /// `GET /openapi/environments/{name}/service/{serviceName}/pods`
    ///
    /// Served by Zadig v4.3.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// A flat list over all workloads of the service, each pod once.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// `send()` returns the decoded [`ServicePodList`](crate::types::ServicePodList).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn list_environment_service_pods(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> ListEnvironmentServicePods<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListEnvironmentServicePods {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Lists the pods of one service in a production environment, with their state and images.
    ///
    /// `GET /openapi/environments/production/{name}/service/{serviceName}/pods`
    ///
    /// Served by Zadig v4.3.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// A flat list over all workloads of the service, each pod once. Needs a Zadig professional licence.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// `send()` returns the decoded [`ServicePodList`](crate::types::ServicePodList).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn list_production_environment_service_pods(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> ListProductionEnvironmentServicePods<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListProductionEnvironmentServicePods {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Restarts one pod of a test environment by deleting it so that its workload recreates it.
    ///
    /// `POST /openapi/environments/{name}/pod/{podName}/restart`
    ///
    /// Served by Zadig v4.3.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)). Releases up to v5.0.0 serve it at `/openapi/environments/{name}/service/{serviceName}/pod/{podName}/restart`, where the client sends it when configured for one of them.
    ///
    /// Releases v4.3.0 to v5.0.0 route it under the service (`/{name}/service/{serviceName}/pod/{podName}/restart`); the development branch dropped the service segment.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service the pod belongs to. Releases v4.3.0 to v5.0.0 take it in the path; the newer path has no service segment, and there it is not sent.
    /// - `pod_name` (path `podName`): Name of the pod.
    ///
    /// `send()` returns the decoded [`PodRestartResult`](crate::types::PodRestartResult).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn restart_environment_service_pod(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
        pod_name: impl Into<String>,
    ) -> RestartEnvironmentServicePod<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::RestartEnvironmentServicePod {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
                pod_name: pod_name.into(),
            },
        )
    }
    /// Restarts one pod of a production environment by deleting it so that its workload recreates it.
    ///
    /// `POST /openapi/environments/production/{name}/pod/{podName}/restart`
    ///
    /// Served by Zadig v4.3.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)). Releases up to v5.0.0 serve it at `/openapi/environments/production/{name}/service/{serviceName}/pod/{podName}/restart`, where the client sends it when configured for one of them.
    ///
    /// Needs a Zadig professional licence. Releases v4.3.0 to v5.0.0 route it under the service (`/production/{name}/service/{serviceName}/pod/{podName}/restart`); the development branch dropped the service segment.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    /// - `service_name` (path `serviceName`): Name of the service the pod belongs to. Releases v4.3.0 to v5.0.0 take it in the path; the newer path has no service segment, and there it is not sent.
    /// - `pod_name` (path `podName`): Name of the pod.
    ///
    /// `send()` returns the decoded [`PodRestartResult`](crate::types::PodRestartResult).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn restart_production_environment_service_pod(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
        pod_name: impl Into<String>,
    ) -> RestartProductionEnvironmentServicePod<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::RestartProductionEnvironmentServicePod {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
                pod_name: pod_name.into(),
            },
        )
    }
    /// Changes the image of one container of a Deployment.
    ///
    /// `POST /openapi/environments/image/deployment/{envName}`
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-deployment-image>
    pub fn update_deployment_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateDeploymentImage<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateDeploymentImage {
                env_name: env_name.into(),
                body,
            },
        )
    }
    /// Changes the image of one container of a StatefulSet.
    ///
    /// `POST /openapi/environments/image/statefulset/{envName}`
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-statefulset-image>
    pub fn update_statefulset_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateStatefulsetImage<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateStatefulsetImage {
                env_name: env_name.into(),
                body,
            },
        )
    }
    /// Changes the image of one container of a CronJob.
    ///
    /// `POST /openapi/environments/image/cronjob/{envName}`
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#update-cronjob-image>
    pub fn update_cronjob_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateCronjobImage<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateCronjobImage {
                env_name: env_name.into(),
                body,
            },
        )
    }
    /// Changes the image of one container of a Kubernetes Job in a test environment.
    ///
    /// `POST /openapi/environments/image/job/{envName}`
    ///
    /// Not in any Zadig release yet: only the development branch serves it, so a client configured for a release (by default the latest) refuses the call before sending it; configure [`Release::MAIN`](crate::Release::MAIN) to call a development build.
    ///
    /// The environment and project come from the body (`env_name`, `product_name`).
    ///
    /// Arguments:
    /// - `env_name` (path `envName`): Key of the environment.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn update_job_image(
        &self,
        env_name: impl Into<String>,
        body: crate::types::UpdateContainerImageRequest,
    ) -> UpdateJobImage<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateJobImage {
                env_name: env_name.into(),
                body,
            },
        )
    }
    /// Lists the Kubernetes events of one object (e.g. a Deployment) in an environment.
    ///
    /// `GET /openapi/environments/kube/events`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project. The server looks the environment up by it (with `envName`), so a call without it finds nothing and fails.
    /// - `env_name` (query `envName`): Key of the environment. The server looks the environment up by it (with `projectKey`), so a call without it finds nothing and fails.
    ///
    /// Optional query parameters: [`name`](ListEnvironmentEvents::name), [`type`](ListEnvironmentEvents::type).
    ///
    /// `send()` returns the decoded list of [`KubeEvent`](crate::types::KubeEvent).
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `` `projectKey` | Project Key | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but it looks the environment up by them and answers an error when it finds none; the spec requires them, as the docs do.
    /// - environment.en-v4.0.md says `` `envName` | Environment Name | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but it looks the environment up by them and answers an error when it finds none; the spec requires them, as the docs do.
    /// - environment.en-v4.0.md says `` `name` | involvedObject Name | string | Yes ``: The handler reads the object filters without requiring them (a call without one matches no events), so the spec leaves them optional, as the server does.
    /// - environment.en-v4.0.md says `` `type` | involvedObject Type | string | Yes ``: The handler reads the object filters without requiring them (a call without one matches no events), so the spec leaves them optional, as the server does.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#list-events>
    pub fn list_environment_events(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> ListEnvironmentEvents<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListEnvironmentEvents {
                project_key: project_key.into(),
                env_name: env_name.into(),
                name: None,
                r#type: None,
            },
        )
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
    /// `send()` returns the decoded list.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/environments/:envName/check/workloads/k8sservices`: The server spells the last segment `k8services` (one s before "ervices"); the spec uses the served path.
    /// - overview.zh-v3.4.md says `GET /openapi/environments/:envName/check/workloads/k8sservices`: The server spells the last segment `k8services` (one s before "ervices"); the spec uses the served path.
    /// - environment.en-v4.0.md says `GET /openapi/environments/<environmentKey>/check/workloads/k8sservices`: The server spells the last segment `k8services` (one s before "ervices"); the spec uses the served path.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#check-workloads-k8s-service>
    pub fn check_workload_k8s_services(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> CheckWorkloadK8sServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CheckWorkloadK8sServices {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
    }
    /// Turns a test environment into a base environment that sub-environments can share.
    ///
    /// `POST /openapi/environments/{name}/share/enable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#enable-sub-environment>
    pub fn enable_sub_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> EnableSubEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::EnableSubEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
    }
    /// Turns off environment sharing (sub-environments) for a base environment.
    ///
    /// `DELETE /openapi/environments/{name}/share/enable`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Key of the project.
    /// - `env_name` (path `name`): Key of the environment.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#disable-sub-environment>
    pub fn disable_sub_environment(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
    ) -> DisableSubEnvironment<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DisableSubEnvironment {
                project_key: project_key.into(),
                env_name: env_name.into(),
            },
        )
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
    /// `send()` returns the decoded [`ShareEnvReadiness`](crate::types::ShareEnvReadiness).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#check-sub-environment-ready>
    pub fn check_sub_environment_ready(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        op: impl Into<String>,
    ) -> CheckSubEnvironmentReady<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CheckSubEnvironmentReady {
                project_key: project_key.into(),
                env_name: env_name.into(),
                op: op.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `"default_gateway_address": "81.69.166.47"`: The docs show the gateway address and the servers in the answer, but the server's handler builds that object and then drops it, answering only `{"message": "success"}`. The spec follows the server; the docs' example does not fit that answer and is left out.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#get-entry-service>
    pub fn get_entry_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetEntryService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetEntryService {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#set-entry-service>
    pub fn set_entry_service(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        service_name: impl Into<String>,
        body: Vec<crate::types::EntryServiceServer>,
    ) -> SetEntryService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::SetEntryService {
                project_key: project_key.into(),
                env_name: env_name.into(),
                service_name: service_name.into(),
                body,
            },
        )
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
    /// Optional query parameters: [`tails`](StreamContainerLogs::tails), [`since`](StreamContainerLogs::since).
    ///
    /// `send()` returns a stream of log lines, read as the server sends them.
    ///
    /// # Docs errata
    ///
    /// - environment.en-v4.0.md says `` `tails` | Log tail line count | string | Yes ``: The server parses `tails` as an integer, so the spec types it as i64; it falls back to 10 lines without it, so the parameter is optional.
    /// - environment.en-v4.0.md says `` `projectKey` | Project Key | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but the pod is looked up in that environment, so a stream without them finds no pod; the spec requires them, as the docs do.
    /// - environment.en-v4.0.md says `` `envName` | Environment Name | string | Yes ``: The handler reads `projectKey` and `envName` without a required check, but the pod is looked up in that environment, so a stream without them finds no pod; the spec requires them, as the docs do.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/env/#view-container-real-time-logs>
    pub fn stream_container_logs(
        &self,
        project_key: impl Into<String>,
        env_name: impl Into<String>,
        pod_name: impl Into<String>,
        container_name: impl Into<String>,
    ) -> StreamContainerLogs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::StreamContainerLogs {
                project_key: project_key.into(),
                env_name: env_name.into(),
                pod_name: pod_name.into(),
                container_name: container_name.into(),
                tails: None,
                since: None,
            },
        )
    }
}
/// The call of [`Client::list_environments`](crate::Client::list_environments) (`GET /openapi/environments`) on either client.
pub type ListEnvironments<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListEnvironments,
>;
/// The call of [`Client::list_production_environments`](crate::Client::list_production_environments) (`GET /openapi/environments/production`) on either client.
pub type ListProductionEnvironments<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListProductionEnvironments,
>;
/// The call of [`Client::get_environment`](crate::Client::get_environment) (`GET /openapi/environments/{name}`) on either client.
pub type GetEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetEnvironment,
>;
/// The call of [`Client::get_production_environment`](crate::Client::get_production_environment) (`GET /openapi/environments/production/{name}`) on either client.
pub type GetProductionEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProductionEnvironment,
>;
/// The call of [`Client::get_environment_service`](crate::Client::get_environment_service) (`GET /openapi/environments/{name}/services/{serviceName}`) on either client.
pub type GetEnvironmentService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetEnvironmentService,
>;
impl<M> GetEnvironmentService<'_, M> {
    /// Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments (query `workLoadType`).
    pub fn work_load_type(mut self, value: impl Into<String>) -> Self {
        self.endpoint.work_load_type = Some(value.into());
        self
    }
}
/// The call of [`Client::get_production_environment_service`](crate::Client::get_production_environment_service) (`GET /openapi/environments/production/{name}/services/{serviceName}`) on either client.
pub type GetProductionEnvironmentService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProductionEnvironmentService,
>;
impl<M> GetProductionEnvironmentService<'_, M> {
    /// Kind of workload to look at (Deployment, StatefulSet or CronJob). Only Helm environments use it; the server ignores it for K8s YAML environments (query `workLoadType`).
    pub fn work_load_type(mut self, value: impl Into<String>) -> Self {
        self.endpoint.work_load_type = Some(value.into());
        self
    }
}
/// The call of [`Client::get_environment_service_yaml`](crate::Client::get_environment_service_yaml) (`GET /openapi/environments/service/yaml`) on either client.
pub type GetEnvironmentServiceYaml<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetEnvironmentServiceYaml,
>;
/// The call of [`Client::get_production_environment_service_yaml`](crate::Client::get_production_environment_service_yaml) (`GET /openapi/environments/production/service/yaml`) on either client.
pub type GetProductionEnvironmentServiceYaml<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProductionEnvironmentServiceYaml,
>;
/// The call of [`Client::get_environment_service_values`](crate::Client::get_environment_service_values) (`GET /openapi/environments/service/values`) on either client.
pub type GetEnvironmentServiceValues<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetEnvironmentServiceValues,
>;
/// The call of [`Client::get_production_environment_service_values`](crate::Client::get_production_environment_service_values) (`GET /openapi/environments/production/service/values`) on either client.
pub type GetProductionEnvironmentServiceValues<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProductionEnvironmentServiceValues,
>;
/// The call of [`Client::create_environment`](crate::Client::create_environment) (`POST /openapi/environments`) on either client.
pub type CreateEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateEnvironment,
>;
/// The call of [`Client::create_production_environment`](crate::Client::create_production_environment) (`POST /openapi/environments/production`) on either client.
pub type CreateProductionEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateProductionEnvironment,
>;
/// The call of [`Client::create_helm_environment`](crate::Client::create_helm_environment) (`POST /openapi/environments/helm`) on either client.
pub type CreateHelmEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateHelmEnvironment,
>;
/// The call of [`Client::update_environment`](crate::Client::update_environment) (`PUT /openapi/environments/{name}`) on either client.
pub type UpdateEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateEnvironment,
>;
/// The call of [`Client::update_production_environment`](crate::Client::update_production_environment) (`PUT /openapi/environments/production/{name}`) on either client.
pub type UpdateProductionEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateProductionEnvironment,
>;
/// The call of [`Client::delete_environment`](crate::Client::delete_environment) (`DELETE /openapi/environments/{name}`) on either client.
pub type DeleteEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteEnvironment,
>;
/// The call of [`Client::delete_production_environment`](crate::Client::delete_production_environment) (`DELETE /openapi/environments/production/{name}`) on either client.
pub type DeleteProductionEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteProductionEnvironment,
>;
/// The call of [`Client::add_environment_services`](crate::Client::add_environment_services) (`POST /openapi/environments/service/yaml`) on either client.
pub type AddEnvironmentServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::AddEnvironmentServices,
>;
/// The call of [`Client::add_production_environment_services`](crate::Client::add_production_environment_services) (`POST /openapi/environments/production/service/yaml`) on either client.
pub type AddProductionEnvironmentServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::AddProductionEnvironmentServices,
>;
/// The call of [`Client::add_helm_environment_services`](crate::Client::add_helm_environment_services) (`POST /openapi/environments/helm/{name}/services`) on either client.
pub type AddHelmEnvironmentServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::AddHelmEnvironmentServices,
>;
impl<M> AddHelmEnvironmentServices<'_, M> {
    /// `true` when the environment is a production one. v4.2.0 reads it for the licence and permission checks (later releases read the body's `production`); keep the two equal (query `production`). The Zadig releases that read it: v4.2.0 only; the others ignore it when it is sent.
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.endpoint.production = Some(value.into());
        self
    }
}
/// The call of [`Client::update_environment_services`](crate::Client::update_environment_services) (`PUT /openapi/environments/{name}/services`) on either client.
pub type UpdateEnvironmentServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateEnvironmentServices,
>;
/// The call of [`Client::update_production_environment_services`](crate::Client::update_production_environment_services) (`PUT /openapi/environments/production/{name}/services`) on either client.
pub type UpdateProductionEnvironmentServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateProductionEnvironmentServices,
>;
/// The call of [`Client::delete_environment_services`](crate::Client::delete_environment_services) (`DELETE /openapi/environments/service/yaml`) on either client.
pub type DeleteEnvironmentServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteEnvironmentServices,
>;
/// The call of [`Client::delete_production_environment_services`](crate::Client::delete_production_environment_services) (`DELETE /openapi/environments/production/service/yaml`) on either client.
pub type DeleteProductionEnvironmentServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteProductionEnvironmentServices,
>;
/// The call of [`Client::list_environment_global_variables`](crate::Client::list_environment_global_variables) (`GET /openapi/environments/{name}/variable`) on either client.
pub type ListEnvironmentGlobalVariables<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListEnvironmentGlobalVariables,
>;
/// The call of [`Client::list_production_environment_global_variables`](crate::Client::list_production_environment_global_variables) (`GET /openapi/environments/production/{name}/variable`) on either client.
pub type ListProductionEnvironmentGlobalVariables<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListProductionEnvironmentGlobalVariables,
>;
/// The call of [`Client::update_environment_global_variables`](crate::Client::update_environment_global_variables) (`PUT /openapi/environments/{name}/variable`) on either client.
pub type UpdateEnvironmentGlobalVariables<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateEnvironmentGlobalVariables,
>;
/// The call of [`Client::update_production_environment_global_variables`](crate::Client::update_production_environment_global_variables) (`PUT /openapi/environments/production/{name}/variable`) on either client.
pub type UpdateProductionEnvironmentGlobalVariables<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateProductionEnvironmentGlobalVariables,
>;
/// The call of [`Client::create_env_config`](crate::Client::create_env_config) (`POST /openapi/environments/{name}/envcfgs`) on either client.
pub type CreateEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateEnvConfig,
>;
/// The call of [`Client::create_production_env_config`](crate::Client::create_production_env_config) (`POST /openapi/environments/production/{name}/envcfgs`) on either client.
pub type CreateProductionEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateProductionEnvConfig,
>;
/// The call of [`Client::list_env_configs`](crate::Client::list_env_configs) (`GET /openapi/environments/{name}/envcfgs`) on either client.
pub type ListEnvConfigs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListEnvConfigs,
>;
/// The call of [`Client::list_production_env_configs`](crate::Client::list_production_env_configs) (`GET /openapi/environments/production/{name}/envcfgs`) on either client.
pub type ListProductionEnvConfigs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListProductionEnvConfigs,
>;
/// The call of [`Client::get_env_config`](crate::Client::get_env_config) (`GET /openapi/environments/{name}/envcfg/{cfgName}`) on either client.
pub type GetEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetEnvConfig,
>;
/// The call of [`Client::get_production_env_config`](crate::Client::get_production_env_config) (`GET /openapi/environments/production/{name}/envcfg/{cfgName}`) on either client.
pub type GetProductionEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProductionEnvConfig,
>;
/// The call of [`Client::update_env_config`](crate::Client::update_env_config) (`PUT /openapi/environments/envcfgs`) on either client.
pub type UpdateEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateEnvConfig,
>;
/// The call of [`Client::update_production_env_config`](crate::Client::update_production_env_config) (`PUT /openapi/environments/production/envcfgs`) on either client.
pub type UpdateProductionEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateProductionEnvConfig,
>;
/// The call of [`Client::delete_env_config`](crate::Client::delete_env_config) (`DELETE /openapi/environments/{name}/envcfg/{cfgName}`) on either client.
pub type DeleteEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteEnvConfig,
>;
/// The call of [`Client::delete_production_env_config`](crate::Client::delete_production_env_config) (`DELETE /openapi/environments/production/{name}/envcfg/{cfgName}`) on either client.
pub type DeleteProductionEnvConfig<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteProductionEnvConfig,
>;
/// The call of [`Client::scale_workload`](crate::Client::scale_workload) (`POST /openapi/environments/scale`) on either client.
pub type ScaleWorkload<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ScaleWorkload,
>;
/// The call of [`Client::restart_environment_service`](crate::Client::restart_environment_service) (`POST /openapi/environments/{name}/service/{serviceName}/restart`) on either client.
pub type RestartEnvironmentService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::RestartEnvironmentService,
>;
/// The call of [`Client::restart_production_environment_service`](crate::Client::restart_production_environment_service) (`POST /openapi/environments/production/{name}/service/{serviceName}/restart`) on either client.
pub type RestartProductionEnvironmentService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::RestartProductionEnvironmentService,
>;
/// The call of [`Client::list_environment_service_pods`](crate::Client::list_environment_service_pods) (`GET /openapi/environments/{name}/service/{serviceName}/pods`) on either client.
pub type ListEnvironmentServicePods<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListEnvironmentServicePods,
>;
/// The call of [`Client::list_production_environment_service_pods`](crate::Client::list_production_environment_service_pods) (`GET /openapi/environments/production/{name}/service/{serviceName}/pods`) on either client.
pub type ListProductionEnvironmentServicePods<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListProductionEnvironmentServicePods,
>;
/// The call of [`Client::restart_environment_service_pod`](crate::Client::restart_environment_service_pod) (`POST /openapi/environments/{name}/pod/{podName}/restart`) on either client.
pub type RestartEnvironmentServicePod<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::RestartEnvironmentServicePod,
>;
/// The call of [`Client::restart_production_environment_service_pod`](crate::Client::restart_production_environment_service_pod) (`POST /openapi/environments/production/{name}/pod/{podName}/restart`) on either client.
pub type RestartProductionEnvironmentServicePod<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::RestartProductionEnvironmentServicePod,
>;
/// The call of [`Client::update_deployment_image`](crate::Client::update_deployment_image) (`POST /openapi/environments/image/deployment/{envName}`) on either client.
pub type UpdateDeploymentImage<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateDeploymentImage,
>;
/// The call of [`Client::update_statefulset_image`](crate::Client::update_statefulset_image) (`POST /openapi/environments/image/statefulset/{envName}`) on either client.
pub type UpdateStatefulsetImage<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateStatefulsetImage,
>;
/// The call of [`Client::update_cronjob_image`](crate::Client::update_cronjob_image) (`POST /openapi/environments/image/cronjob/{envName}`) on either client.
pub type UpdateCronjobImage<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateCronjobImage,
>;
/// The call of [`Client::update_job_image`](crate::Client::update_job_image) (`POST /openapi/environments/image/job/{envName}`) on either client.
pub type UpdateJobImage<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateJobImage,
>;
/// The call of [`Client::list_environment_events`](crate::Client::list_environment_events) (`GET /openapi/environments/kube/events`) on either client.
pub type ListEnvironmentEvents<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListEnvironmentEvents,
>;
impl<M> ListEnvironmentEvents<'_, M> {
    /// Name of the Kubernetes object the events are about; without it no object's events match (query `name`).
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.name = Some(value.into());
        self
    }
    /// Kind of the Kubernetes object the events are about, e.g. Deployment; without it no object's events match (query `type`).
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.endpoint.r#type = Some(value.into());
        self
    }
}
/// The call of [`Client::check_workload_k8s_services`](crate::Client::check_workload_k8s_services) (`GET /openapi/environments/{name}/check/workloads/k8services`) on either client.
pub type CheckWorkloadK8sServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CheckWorkloadK8sServices,
>;
/// The call of [`Client::enable_sub_environment`](crate::Client::enable_sub_environment) (`POST /openapi/environments/{name}/share/enable`) on either client.
pub type EnableSubEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::EnableSubEnvironment,
>;
/// The call of [`Client::disable_sub_environment`](crate::Client::disable_sub_environment) (`DELETE /openapi/environments/{name}/share/enable`) on either client.
pub type DisableSubEnvironment<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DisableSubEnvironment,
>;
/// The call of [`Client::check_sub_environment_ready`](crate::Client::check_sub_environment_ready) (`GET /openapi/environments/{name}/check/sharenv/{op}/ready`) on either client.
pub type CheckSubEnvironmentReady<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CheckSubEnvironmentReady,
>;
/// The call of [`Client::get_entry_service`](crate::Client::get_entry_service) (`GET /openapi/environments/{name}/share/portal/{serviceName}`) on either client.
pub type GetEntryService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetEntryService,
>;
/// The call of [`Client::set_entry_service`](crate::Client::set_entry_service) (`POST /openapi/environments/{name}/share/portal/{serviceName}`) on either client.
pub type SetEntryService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::SetEntryService,
>;
/// The call of [`Client::stream_container_logs`](crate::Client::stream_container_logs) (`GET /openapi/logs/sse/pods/{podName}/containers/{containerName}`) on either client.
pub type StreamContainerLogs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::StreamContainerLogs,
>;
impl<M> StreamContainerLogs<'_, M> {
    /// Number of past lines to send before following (10 when missing or not a number) (query `tails`). Server default: `10`.
    pub fn tails(mut self, value: i64) -> Self {
        self.endpoint.tails = Some(value);
        self
    }
    /// Send only lines from this long ago onwards, as a Go duration such as `30s`, `5m` or `1h` (at least one second). Without it, `tails` alone decides where the log starts (query `since`). The Zadig releases that read it: v4.2.0 and later; the others ignore it when it is sent.
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.endpoint.since = Some(value.into());
        self
    }
}
