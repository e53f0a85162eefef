// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Service API.
#[cfg_attr(docsrs, doc(cfg(feature = "service")))]
impl<M> crate::GenericClient<M> {
    /// Lists the test services of a project.
    ///
    /// `GET /openapi/service/yaml/services`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// `send()` returns the decoded list of [`ServiceBrief`](crate::types::ServiceBrief).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service>
    pub fn list_services(&self, project_key: impl Into<String>) -> ListServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListServices {
                project_key: project_key.into(),
            },
        )
    }
    /// Lists the production services of a project.
    ///
    /// `GET /openapi/service/yaml/production/services`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    ///
    /// `send()` returns the decoded list of [`ServiceBrief`](crate::types::ServiceBrief).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service>
    pub fn list_production_services(
        &self,
        project_key: impl Into<String>,
    ) -> ListProductionServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListProductionServices {
                project_key: project_key.into(),
            },
        )
    }
    /// Reads one test service.
    ///
    /// `GET /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// `send()` returns the decoded [`ServiceDetail`](crate::types::ServiceDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-2>
    pub fn get_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetService {
                project_key: project_key.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Reads one production service.
    ///
    /// `GET /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// `send()` returns the decoded [`ServiceDetail`](crate::types::ServiceDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-2>
    pub fn get_production_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> GetProductionService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProductionService {
                project_key: project_key.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Creates a test service from a YAML template.
    ///
    /// `POST /openapi/service/template/load/yaml`
    ///
    /// Arguments:
    /// - `body`: The project is named in the body (`project_key`); the server treats the service as a test service whatever `production` says.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-3>
    pub fn create_service_from_template(
        &self,
        body: crate::types::ServiceFromYamlTemplateRequest,
    ) -> CreateServiceFromTemplate<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateServiceFromTemplate {
                body,
            },
        )
    }
    /// Creates a production service from a YAML template.
    ///
    /// `POST /openapi/service/template/production/load/yaml`
    ///
    /// Arguments:
    /// - `body`: The project is named in the body (`project_key`); the server treats the service as a production service whatever `production` says.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-3>
    pub fn create_production_service_from_template(
        &self,
        body: crate::types::ServiceFromYamlTemplateRequest,
    ) -> CreateProductionServiceFromTemplate<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateProductionServiceFromTemplate {
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-5>
    pub fn create_raw_service(
        &self,
        project_key: impl Into<String>,
        body: crate::types::RawYamlServiceRequest,
    ) -> CreateRawService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateRawService {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Creates a production service from YAML typed in by hand.
    ///
    /// `POST /openapi/service/yaml/production/raw`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-4>
    pub fn create_raw_production_service(
        &self,
        project_key: impl Into<String>,
        body: crate::types::RawYamlServiceRequest,
    ) -> CreateRawProductionService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateRawProductionService {
                project_key: project_key.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-5>
    pub fn update_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceConfigUpdate,
    ) -> UpdateService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateService {
                project_key: project_key.into(),
                service_name: service_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-5>
    pub fn update_production_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceConfigUpdate,
    ) -> UpdateProductionService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateProductionService {
                project_key: project_key.into(),
                service_name: service_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-6>
    pub fn update_service_variables(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceVariablesUpdate,
    ) -> UpdateServiceVariables<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateServiceVariables {
                project_key: project_key.into(),
                service_name: service_name.into(),
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-6>
    pub fn update_production_service_variables(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
        body: crate::types::ServiceVariablesUpdate,
    ) -> UpdateProductionServiceVariables<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateProductionServiceVariables {
                project_key: project_key.into(),
                service_name: service_name.into(),
                body,
            },
        )
    }
    /// Removes a test service from the project.
    ///
    /// `DELETE /openapi/service/yaml/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#test-service-7>
    pub fn delete_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> DeleteService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteService {
                project_key: project_key.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Removes a production service from the project.
    ///
    /// `DELETE /openapi/service/yaml/production/{serviceName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `serviceName`): Name of the service.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/service/#production-service-7>
    pub fn delete_production_service(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> DeleteProductionService<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteProductionService {
                project_key: project_key.into(),
                service_name: service_name.into(),
            },
        )
    }
    /// Lists the labels attached to one service of a project.
    ///
    /// `GET /openapi/service/yaml/{name}/labels`
    ///
    /// Returns the label bindings of a service, as key/value pairs.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `service_name` (path `name`): Name of the service.
    ///
    /// Optional query parameters: [`production`](ListServiceLabels::production).
    ///
    /// `send()` returns the decoded list of [`ServiceLabel`](crate::types::ServiceLabel).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn list_service_labels(
        &self,
        project_key: impl Into<String>,
        service_name: impl Into<String>,
    ) -> ListServiceLabels<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListServiceLabels {
                project_key: project_key.into(),
                service_name: service_name.into(),
                production: None,
            },
        )
    }
    /// Creates services of a project from YAML files kept in a code repository, naming the code host by id.
    ///
    /// `POST /openapi/service/loader/load/{codehostId}`
    ///
    /// Served by Zadig v5.0.0; the development branch no longer serves it: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The form v5.0.0 serves: the code host integration is named by its numeric id in the path, the repository by the query parameters, the project and the files by the body. The development branch replaced it with `load_services_from_code_host_by_name`, which names the code host in the query instead.
    ///
    /// Arguments:
    /// - `codehost_id` (path `codehostId`): Id of the code host integration in Zadig that holds the repository.
    /// - `repo_owner` (query `repoOwner`): Owner (user or organisation) of the repository.
    /// - `body`: the JSON request body
    ///
    /// Optional query parameters: [`repo_name`](LoadServicesFromCodeHost::repo_name), [`repo_uuid`](LoadServicesFromCodeHost::repo_uuid), [`namespace`](LoadServicesFromCodeHost::namespace), [`branch_name`](LoadServicesFromCodeHost::branch_name), [`remote_name`](LoadServicesFromCodeHost::remote_name), [`production`](LoadServicesFromCodeHost::production).
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn load_services_from_code_host(
        &self,
        codehost_id: i64,
        repo_owner: impl Into<String>,
        body: crate::types::ServiceFromCodeHostRequest,
    ) -> LoadServicesFromCodeHost<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::LoadServicesFromCodeHost {
                codehost_id,
                repo_owner: repo_owner.into(),
                body,
                repo_name: None,
                repo_uuid: None,
                namespace: None,
                branch_name: None,
                remote_name: None,
                production: None,
            },
        )
    }
    /// Creates services of a project from YAML files kept in a code repository, naming the code host by name.
    ///
    /// `POST /openapi/service/loader/load`
    ///
    /// Not in any Zadig release yet: only the development branch serves it, so a client configured for a release (by default the latest) refuses the call before sending it; configure [`Release::MAIN`](crate::Release::MAIN) to call a development build.
    ///
    /// The repository is named by the query parameters (the server rejects the call without `codehostName`), the project and the files by the body. No release serves this form yet; v5.0.0 serves `load_services_from_code_host`, which takes the code host's id in the path.
    ///
    /// Arguments:
    /// - `codehost_name` (query `codehostName`): Name of the code host integration in Zadig that holds the repository.
    /// - `repo_owner` (query `repoOwner`): Owner (user or organisation) of the repository.
    /// - `body`: the JSON request body
    ///
    /// Optional query parameters: [`repo_name`](LoadServicesFromCodeHostByName::repo_name), [`repo_uuid`](LoadServicesFromCodeHostByName::repo_uuid), [`namespace`](LoadServicesFromCodeHostByName::namespace), [`branch_name`](LoadServicesFromCodeHostByName::branch_name), [`remote_name`](LoadServicesFromCodeHostByName::remote_name), [`production`](LoadServicesFromCodeHostByName::production).
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn load_services_from_code_host_by_name(
        &self,
        codehost_name: impl Into<String>,
        repo_owner: impl Into<String>,
        body: crate::types::ServiceFromCodeHostRequest,
    ) -> LoadServicesFromCodeHostByName<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::LoadServicesFromCodeHostByName {
                codehost_name: codehost_name.into(),
                repo_owner: repo_owner.into(),
                body,
                repo_name: None,
                repo_uuid: None,
                namespace: None,
                branch_name: None,
                remote_name: None,
                production: None,
            },
        )
    }
    /// Creates Helm chart services of a project from a code repository, a public repository or a chart repository.
    ///
    /// `POST /openapi/service/helm/load`
    ///
    /// Served by Zadig v5.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Several charts may be loaded at once; the answer says which were created and which failed.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns the decoded [`HelmServiceLoadResult`](crate::types::HelmServiceLoadResult).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn load_helm_services(
        &self,
        project_key: impl Into<String>,
        body: crate::types::HelmServiceLoadRequest,
    ) -> LoadHelmServices<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::LoadHelmServices {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Creates a Helm chart service from a chart template.
    ///
    /// `POST /openapi/service/template/load/helm`
    ///
    /// Served by Zadig v4.2.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn create_helm_service_from_template(
        &self,
        project_key: impl Into<String>,
        body: crate::types::HelmServiceFromTemplateRequest,
    ) -> CreateHelmServiceFromTemplate<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateHelmServiceFromTemplate {
                project_key: project_key.into(),
                body,
            },
        )
    }
    /// Lists the Helm chart templates of the template library.
    ///
    /// `GET /openapi/templates/charts`
    ///
    /// Not in any Zadig release yet: only the development branch serves it, so a client configured for a release (by default the latest) refuses the call before sending it; configure [`Release::MAIN`](crate::Release::MAIN) to call a development build.
    ///
    /// Also lists the system variables that chart templates may refer to.
    ///
    /// `send()` returns the decoded [`ChartTemplateList`](crate::types::ChartTemplateList).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn list_chart_templates(&self) -> ListChartTemplates<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListChartTemplates {
            },
        )
    }
}
/// The call of [`Client::list_services`](crate::Client::list_services) (`GET /openapi/service/yaml/services`) on either client.
pub type ListServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListServices,
>;
/// The call of [`Client::list_production_services`](crate::Client::list_production_services) (`GET /openapi/service/yaml/production/services`) on either client.
pub type ListProductionServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListProductionServices,
>;
/// The call of [`Client::get_service`](crate::Client::get_service) (`GET /openapi/service/yaml/{serviceName}`) on either client.
pub type GetService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetService,
>;
/// The call of [`Client::get_production_service`](crate::Client::get_production_service) (`GET /openapi/service/yaml/production/{serviceName}`) on either client.
pub type GetProductionService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProductionService,
>;
/// The call of [`Client::create_service_from_template`](crate::Client::create_service_from_template) (`POST /openapi/service/template/load/yaml`) on either client.
pub type CreateServiceFromTemplate<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateServiceFromTemplate,
>;
/// The call of [`Client::create_production_service_from_template`](crate::Client::create_production_service_from_template) (`POST /openapi/service/template/production/load/yaml`) on either client.
pub type CreateProductionServiceFromTemplate<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateProductionServiceFromTemplate,
>;
/// The call of [`Client::create_raw_service`](crate::Client::create_raw_service) (`POST /openapi/service/yaml/raw`) on either client.
pub type CreateRawService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateRawService,
>;
/// The call of [`Client::create_raw_production_service`](crate::Client::create_raw_production_service) (`POST /openapi/service/yaml/production/raw`) on either client.
pub type CreateRawProductionService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateRawProductionService,
>;
/// The call of [`Client::update_service`](crate::Client::update_service) (`PUT /openapi/service/yaml/{serviceName}`) on either client.
pub type UpdateService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateService,
>;
/// The call of [`Client::update_production_service`](crate::Client::update_production_service) (`PUT /openapi/service/yaml/production/{serviceName}`) on either client.
pub type UpdateProductionService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateProductionService,
>;
/// The call of [`Client::update_service_variables`](crate::Client::update_service_variables) (`PUT /openapi/service/yaml/{serviceName}/variable`) on either client.
pub type UpdateServiceVariables<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateServiceVariables,
>;
/// The call of [`Client::update_production_service_variables`](crate::Client::update_production_service_variables) (`PUT /openapi/service/yaml/production/{serviceName}/variable`) on either client.
pub type UpdateProductionServiceVariables<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateProductionServiceVariables,
>;
/// The call of [`Client::delete_service`](crate::Client::delete_service) (`DELETE /openapi/service/yaml/{serviceName}`) on either client.
pub type DeleteService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteService,
>;
/// The call of [`Client::delete_production_service`](crate::Client::delete_production_service) (`DELETE /openapi/service/yaml/production/{serviceName}`) on either client.
pub type DeleteProductionService<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteProductionService,
>;
/// The call of [`Client::list_service_labels`](crate::Client::list_service_labels) (`GET /openapi/service/yaml/{name}/labels`) on either client.
pub type ListServiceLabels<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListServiceLabels,
>;
impl<M> ListServiceLabels<'_, M> {
    /// `true` for the production service, `false` for the test service; any other value (or none) does not filter on the kind of service (query `production`).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.endpoint.production = Some(value.into());
        self
    }
}
/// The call of [`Client::load_services_from_code_host`](crate::Client::load_services_from_code_host) (`POST /openapi/service/loader/load/{codehostId}`) on either client.
pub type LoadServicesFromCodeHost<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::LoadServicesFromCodeHost,
>;
impl<M> LoadServicesFromCodeHost<'_, M> {
    /// Name of the repository; the server needs it or `repoUUID` (query `repoName`). Required when `repo_uuid` is empty: the server refuses the call without it then.
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.repo_name = Some(value.into());
        self
    }
    /// UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName` (query `repoUUID`). Required when `repo_name` is empty: the server refuses the call without it then.
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        self.endpoint.repo_uuid = Some(value.into());
        self
    }
    /// Namespace (group path) of the repository, where the code host has one (query `namespace`).
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.endpoint.namespace = Some(value.into());
        self
    }
    /// Branch to read the files from (query `branchName`).
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.branch_name = Some(value.into());
        self
    }
    /// Name of the git remote, for code hosts that use one (e.g. Gerrit) (query `remoteName`).
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.remote_name = Some(value.into());
        self
    }
    /// `true` to create production services; anything else creates test services (query `production`).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.endpoint.production = Some(value.into());
        self
    }
}
/// The call of [`Client::load_services_from_code_host_by_name`](crate::Client::load_services_from_code_host_by_name) (`POST /openapi/service/loader/load`) on either client.
pub type LoadServicesFromCodeHostByName<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::LoadServicesFromCodeHostByName,
>;
impl<M> LoadServicesFromCodeHostByName<'_, M> {
    /// Name of the repository; the server needs it or `repoUUID` (query `repoName`). Required when `repo_uuid` is empty: the server refuses the call without it then.
    pub fn repo_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.repo_name = Some(value.into());
        self
    }
    /// UUID of the repository, for code hosts that identify repositories that way; the server needs it or `repoName` (query `repoUUID`). Required when `repo_name` is empty: the server refuses the call without it then.
    pub fn repo_uuid(mut self, value: impl Into<String>) -> Self {
        self.endpoint.repo_uuid = Some(value.into());
        self
    }
    /// Namespace (group path) of the repository, where the code host has one (query `namespace`).
    pub fn namespace(mut self, value: impl Into<String>) -> Self {
        self.endpoint.namespace = Some(value.into());
        self
    }
    /// Branch to read the files from (query `branchName`).
    pub fn branch_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.branch_name = Some(value.into());
        self
    }
    /// Name of the git remote, for code hosts that use one (e.g. Gerrit) (query `remoteName`).
    pub fn remote_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.remote_name = Some(value.into());
        self
    }
    /// `true` to create production services; anything else creates test services (query `production`).
    pub fn production(mut self, value: impl Into<String>) -> Self {
        self.endpoint.production = Some(value.into());
        self
    }
}
/// The call of [`Client::load_helm_services`](crate::Client::load_helm_services) (`POST /openapi/service/helm/load`) on either client.
pub type LoadHelmServices<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::LoadHelmServices,
>;
/// The call of [`Client::create_helm_service_from_template`](crate::Client::create_helm_service_from_template) (`POST /openapi/service/template/load/helm`) on either client.
pub type CreateHelmServiceFromTemplate<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateHelmServiceFromTemplate,
>;
/// The call of [`Client::list_chart_templates`](crate::Client::list_chart_templates) (`GET /openapi/templates/charts`) on either client.
pub type ListChartTemplates<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListChartTemplates,
>;
