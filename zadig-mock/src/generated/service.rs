// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Service endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{Endpoint, JsonAnswer, JsonBody, MessageAnswer, sealed::Sealed};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/service/yaml/services` calls (`list_services`): Lists the test services of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_services(&self) -> Expect<'_, ListServices> {
        self.expect()
    }
    /// Expects `GET /openapi/service/yaml/production/services` calls (`list_production_services`): Lists the production services of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_production_services(&self) -> Expect<'_, ListProductionServices> {
        self.expect()
    }
    /// Expects `GET /openapi/service/yaml/{serviceName}` calls (`get_service`): Reads one test service
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_service(&self) -> Expect<'_, GetService> {
        self.expect()
    }
    /// Expects `GET /openapi/service/yaml/production/{serviceName}` calls (`get_production_service`): Reads one production service
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_production_service(&self) -> Expect<'_, GetProductionService> {
        self.expect()
    }
    /// Expects `POST /openapi/service/template/load/yaml` calls (`create_service_from_template`): Creates a test service from a YAML template
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_service_from_template(&self) -> Expect<'_, CreateServiceFromTemplate> {
        self.expect()
    }
    /// Expects `POST /openapi/service/template/production/load/yaml` calls (`create_production_service_from_template`): Creates a production service from a YAML template
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_production_service_from_template(
        &self,
    ) -> Expect<'_, CreateProductionServiceFromTemplate> {
        self.expect()
    }
    /// Expects `POST /openapi/service/yaml/raw` calls (`create_raw_service`): Creates a test service from YAML typed in by hand
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_raw_service(&self) -> Expect<'_, CreateRawService> {
        self.expect()
    }
    /// Expects `POST /openapi/service/yaml/production/raw` calls (`create_raw_production_service`): Creates a production service from YAML typed in by hand
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_raw_production_service(
        &self,
    ) -> Expect<'_, CreateRawProductionService> {
        self.expect()
    }
    /// Expects `PUT /openapi/service/yaml/{serviceName}` calls (`update_service`): Replaces the configuration of a test service
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_service(&self) -> Expect<'_, UpdateService> {
        self.expect()
    }
    /// Expects `PUT /openapi/service/yaml/production/{serviceName}` calls (`update_production_service`): Replaces the configuration of a production service
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_production_service(&self) -> Expect<'_, UpdateProductionService> {
        self.expect()
    }
    /// Expects `PUT /openapi/service/yaml/{serviceName}/variable` calls (`update_service_variables`): Changes the variables of a test service
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_service_variables(&self) -> Expect<'_, UpdateServiceVariables> {
        self.expect()
    }
    /// Expects `PUT /openapi/service/yaml/production/{serviceName}/variable` calls (`update_production_service_variables`): Changes the variables of a production service
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_production_service_variables(
        &self,
    ) -> Expect<'_, UpdateProductionServiceVariables> {
        self.expect()
    }
    /// Expects `DELETE /openapi/service/yaml/{serviceName}` calls (`delete_service`): Removes a test service from the project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_service(&self) -> Expect<'_, DeleteService> {
        self.expect()
    }
    /// Expects `DELETE /openapi/service/yaml/production/{serviceName}` calls (`delete_production_service`): Removes a production service from the project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_production_service(&self) -> Expect<'_, DeleteProductionService> {
        self.expect()
    }
    /// Expects `GET /openapi/service/yaml/{name}/labels` calls (`list_service_labels`): Lists the labels attached to one service of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_service_labels(&self) -> Expect<'_, ListServiceLabels> {
        self.expect()
    }
    /// Expects `POST /openapi/service/loader/load/{codehostId}` calls (`load_services_from_code_host`): Creates services of a project from YAML files kept in a code repository, naming the code host by id
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn load_services_from_code_host(&self) -> Expect<'_, LoadServicesFromCodeHost> {
        self.expect()
    }
    /// Expects `POST /openapi/service/loader/load` calls (`load_services_from_code_host_by_name`): Creates services of a project from YAML files kept in a code repository, naming the code host by name
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn load_services_from_code_host_by_name(
        &self,
    ) -> Expect<'_, LoadServicesFromCodeHostByName> {
        self.expect()
    }
    /// Expects `POST /openapi/service/helm/load` calls (`load_helm_services`): Creates Helm chart services of a project from a code repository, a public repository or a chart repository
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn load_helm_services(&self) -> Expect<'_, LoadHelmServices> {
        self.expect()
    }
    /// Expects `POST /openapi/service/template/load/helm` calls (`create_helm_service_from_template`): Creates a Helm chart service from a chart template
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_helm_service_from_template(
        &self,
    ) -> Expect<'_, CreateHelmServiceFromTemplate> {
        self.expect()
    }
    /// Expects `GET /openapi/templates/charts` calls (`list_chart_templates`): Lists the Helm chart templates of the template library
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_chart_templates(&self) -> Expect<'_, ListChartTemplates> {
        self.expect()
    }
}
/// The `list_services` endpoint (`GET /openapi/service/yaml/services`, `Client::list_services`): the type of its expectation, [`Expect<ListServices>`](crate::Expect), which [`MockZadig::list_services`] returns.
pub enum ListServices {}
impl Sealed for ListServices {}
impl Endpoint for ListServices {
    const ID: &'static str = "list_services";
}
impl JsonAnswer for ListServices {
    type Response = Vec<crate::types::ServiceBrief>;
}
impl Expect<'_, ListServices> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_production_services` endpoint (`GET /openapi/service/yaml/production/services`, `Client::list_production_services`): the type of its expectation, [`Expect<ListProductionServices>`](crate::Expect), which [`MockZadig::list_production_services`] returns.
pub enum ListProductionServices {}
impl Sealed for ListProductionServices {}
impl Endpoint for ListProductionServices {
    const ID: &'static str = "list_production_services";
}
impl JsonAnswer for ListProductionServices {
    type Response = Vec<crate::types::ServiceBrief>;
}
impl Expect<'_, ListProductionServices> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_service` endpoint (`GET /openapi/service/yaml/{serviceName}`, `Client::get_service`): the type of its expectation, [`Expect<GetService>`](crate::Expect), which [`MockZadig::get_service`] returns.
pub enum GetService {}
impl Sealed for GetService {}
impl Endpoint for GetService {
    const ID: &'static str = "get_service";
}
impl JsonAnswer for GetService {
    type Response = crate::types::ServiceDetail;
}
impl Expect<'_, GetService> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_production_service` endpoint (`GET /openapi/service/yaml/production/{serviceName}`, `Client::get_production_service`): the type of its expectation, [`Expect<GetProductionService>`](crate::Expect), which [`MockZadig::get_production_service`] returns.
pub enum GetProductionService {}
impl Sealed for GetProductionService {}
impl Endpoint for GetProductionService {
    const ID: &'static str = "get_production_service";
}
impl JsonAnswer for GetProductionService {
    type Response = crate::types::ServiceDetail;
}
impl Expect<'_, GetProductionService> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_service_from_template` endpoint (`POST /openapi/service/template/load/yaml`, `Client::create_service_from_template`): the type of its expectation, [`Expect<CreateServiceFromTemplate>`](crate::Expect), which [`MockZadig::create_service_from_template`] returns.
pub enum CreateServiceFromTemplate {}
impl Sealed for CreateServiceFromTemplate {}
impl Endpoint for CreateServiceFromTemplate {
    const ID: &'static str = "create_service_from_template";
}
impl MessageAnswer for CreateServiceFromTemplate {}
impl JsonBody for CreateServiceFromTemplate {
    type Body = crate::types::ServiceFromYamlTemplateRequest;
}
/// The `create_production_service_from_template` endpoint (`POST /openapi/service/template/production/load/yaml`, `Client::create_production_service_from_template`): the type of its expectation, [`Expect<CreateProductionServiceFromTemplate>`](crate::Expect), which [`MockZadig::create_production_service_from_template`] returns.
pub enum CreateProductionServiceFromTemplate {}
impl Sealed for CreateProductionServiceFromTemplate {}
impl Endpoint for CreateProductionServiceFromTemplate {
    const ID: &'static str = "create_production_service_from_template";
}
impl MessageAnswer for CreateProductionServiceFromTemplate {}
impl JsonBody for CreateProductionServiceFromTemplate {
    type Body = crate::types::ServiceFromYamlTemplateRequest;
}
/// The `create_raw_service` endpoint (`POST /openapi/service/yaml/raw`, `Client::create_raw_service`): the type of its expectation, [`Expect<CreateRawService>`](crate::Expect), which [`MockZadig::create_raw_service`] returns.
pub enum CreateRawService {}
impl Sealed for CreateRawService {}
impl Endpoint for CreateRawService {
    const ID: &'static str = "create_raw_service";
}
impl MessageAnswer for CreateRawService {}
impl JsonBody for CreateRawService {
    type Body = crate::types::RawYamlServiceRequest;
}
impl Expect<'_, CreateRawService> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_raw_production_service` endpoint (`POST /openapi/service/yaml/production/raw`, `Client::create_raw_production_service`): the type of its expectation, [`Expect<CreateRawProductionService>`](crate::Expect), which [`MockZadig::create_raw_production_service`] returns.
pub enum CreateRawProductionService {}
impl Sealed for CreateRawProductionService {}
impl Endpoint for CreateRawProductionService {
    const ID: &'static str = "create_raw_production_service";
}
impl MessageAnswer for CreateRawProductionService {}
impl JsonBody for CreateRawProductionService {
    type Body = crate::types::RawYamlServiceRequest;
}
impl Expect<'_, CreateRawProductionService> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_service` endpoint (`PUT /openapi/service/yaml/{serviceName}`, `Client::update_service`): the type of its expectation, [`Expect<UpdateService>`](crate::Expect), which [`MockZadig::update_service`] returns.
pub enum UpdateService {}
impl Sealed for UpdateService {}
impl Endpoint for UpdateService {
    const ID: &'static str = "update_service";
}
impl MessageAnswer for UpdateService {}
impl JsonBody for UpdateService {
    type Body = crate::types::ServiceConfigUpdate;
}
impl Expect<'_, UpdateService> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_production_service` endpoint (`PUT /openapi/service/yaml/production/{serviceName}`, `Client::update_production_service`): the type of its expectation, [`Expect<UpdateProductionService>`](crate::Expect), which [`MockZadig::update_production_service`] returns.
pub enum UpdateProductionService {}
impl Sealed for UpdateProductionService {}
impl Endpoint for UpdateProductionService {
    const ID: &'static str = "update_production_service";
}
impl MessageAnswer for UpdateProductionService {}
impl JsonBody for UpdateProductionService {
    type Body = crate::types::ServiceConfigUpdate;
}
impl Expect<'_, UpdateProductionService> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_service_variables` endpoint (`PUT /openapi/service/yaml/{serviceName}/variable`, `Client::update_service_variables`): the type of its expectation, [`Expect<UpdateServiceVariables>`](crate::Expect), which [`MockZadig::update_service_variables`] returns.
pub enum UpdateServiceVariables {}
impl Sealed for UpdateServiceVariables {}
impl Endpoint for UpdateServiceVariables {
    const ID: &'static str = "update_service_variables";
}
impl MessageAnswer for UpdateServiceVariables {}
impl JsonBody for UpdateServiceVariables {
    type Body = crate::types::ServiceVariablesUpdate;
}
impl Expect<'_, UpdateServiceVariables> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_production_service_variables` endpoint (`PUT /openapi/service/yaml/production/{serviceName}/variable`, `Client::update_production_service_variables`): the type of its expectation, [`Expect<UpdateProductionServiceVariables>`](crate::Expect), which [`MockZadig::update_production_service_variables`] returns.
pub enum UpdateProductionServiceVariables {}
impl Sealed for UpdateProductionServiceVariables {}
impl Endpoint for UpdateProductionServiceVariables {
    const ID: &'static str = "update_production_service_variables";
}
impl MessageAnswer for UpdateProductionServiceVariables {}
impl JsonBody for UpdateProductionServiceVariables {
    type Body = crate::types::ServiceVariablesUpdate;
}
impl Expect<'_, UpdateProductionServiceVariables> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_service` endpoint (`DELETE /openapi/service/yaml/{serviceName}`, `Client::delete_service`): the type of its expectation, [`Expect<DeleteService>`](crate::Expect), which [`MockZadig::delete_service`] returns.
pub enum DeleteService {}
impl Sealed for DeleteService {}
impl Endpoint for DeleteService {
    const ID: &'static str = "delete_service";
}
impl MessageAnswer for DeleteService {}
impl Expect<'_, DeleteService> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_production_service` endpoint (`DELETE /openapi/service/yaml/production/{serviceName}`, `Client::delete_production_service`): the type of its expectation, [`Expect<DeleteProductionService>`](crate::Expect), which [`MockZadig::delete_production_service`] returns.
pub enum DeleteProductionService {}
impl Sealed for DeleteProductionService {}
impl Endpoint for DeleteProductionService {
    const ID: &'static str = "delete_production_service";
}
impl MessageAnswer for DeleteProductionService {}
impl Expect<'_, DeleteProductionService> {
    /// Matches only calls whose path parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("serviceName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_service_labels` endpoint (`GET /openapi/service/yaml/{name}/labels`, `Client::list_service_labels`): the type of its expectation, [`Expect<ListServiceLabels>`](crate::Expect), which [`MockZadig::list_service_labels`] returns.
pub enum ListServiceLabels {}
impl Sealed for ListServiceLabels {}
impl Endpoint for ListServiceLabels {
    const ID: &'static str = "list_service_labels";
}
impl JsonAnswer for ListServiceLabels {
    type Response = Vec<crate::types::ServiceLabel>;
}
impl Expect<'_, ListServiceLabels> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `production` is `value`.
    pub fn production(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("production", &value)
    }
    /// Matches only calls that do not send the query parameter `production`.
    pub fn without_production(self) -> Self {
        self.match_query_absent("production")
    }
}
/// The `load_services_from_code_host` endpoint (`POST /openapi/service/loader/load/{codehostId}`, `Client::load_services_from_code_host`): the type of its expectation, [`Expect<LoadServicesFromCodeHost>`](crate::Expect), which [`MockZadig::load_services_from_code_host`] returns.
pub enum LoadServicesFromCodeHost {}
impl Sealed for LoadServicesFromCodeHost {}
impl Endpoint for LoadServicesFromCodeHost {
    const ID: &'static str = "load_services_from_code_host";
}
impl MessageAnswer for LoadServicesFromCodeHost {}
impl JsonBody for LoadServicesFromCodeHost {
    type Body = crate::types::ServiceFromCodeHostRequest;
}
impl Expect<'_, LoadServicesFromCodeHost> {
    /// Matches only calls whose path parameter `codehostId` is `value`.
    pub fn codehost_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("codehostId", &value)
    }
    /// Matches only calls whose query parameter `repoOwner` is `value`.
    pub fn repo_owner(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("repoOwner", &value)
    }
    /// Matches only calls whose query parameter `repoName` is `value`.
    pub fn repo_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("repoName", &value)
    }
    /// Matches only calls whose query parameter `repoUUID` is `value`.
    pub fn repo_uuid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("repoUUID", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
    /// Matches only calls whose query parameter `branchName` is `value`.
    pub fn branch_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("branchName", &value)
    }
    /// Matches only calls whose query parameter `remoteName` is `value`.
    pub fn remote_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("remoteName", &value)
    }
    /// Matches only calls whose query parameter `production` is `value`.
    pub fn production(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("production", &value)
    }
    /// Matches only calls that do not send the query parameter `repoName`.
    pub fn without_repo_name(self) -> Self {
        self.match_query_absent("repoName")
    }
    /// Matches only calls that do not send the query parameter `repoUUID`.
    pub fn without_repo_uuid(self) -> Self {
        self.match_query_absent("repoUUID")
    }
    /// Matches only calls that do not send the query parameter `namespace`.
    pub fn without_namespace(self) -> Self {
        self.match_query_absent("namespace")
    }
    /// Matches only calls that do not send the query parameter `branchName`.
    pub fn without_branch_name(self) -> Self {
        self.match_query_absent("branchName")
    }
    /// Matches only calls that do not send the query parameter `remoteName`.
    pub fn without_remote_name(self) -> Self {
        self.match_query_absent("remoteName")
    }
    /// Matches only calls that do not send the query parameter `production`.
    pub fn without_production(self) -> Self {
        self.match_query_absent("production")
    }
}
/// The `load_services_from_code_host_by_name` endpoint (`POST /openapi/service/loader/load`, `Client::load_services_from_code_host_by_name`): the type of its expectation, [`Expect<LoadServicesFromCodeHostByName>`](crate::Expect), which [`MockZadig::load_services_from_code_host_by_name`] returns.
pub enum LoadServicesFromCodeHostByName {}
impl Sealed for LoadServicesFromCodeHostByName {}
impl Endpoint for LoadServicesFromCodeHostByName {
    const ID: &'static str = "load_services_from_code_host_by_name";
}
impl MessageAnswer for LoadServicesFromCodeHostByName {}
impl JsonBody for LoadServicesFromCodeHostByName {
    type Body = crate::types::ServiceFromCodeHostRequest;
}
impl Expect<'_, LoadServicesFromCodeHostByName> {
    /// Matches only calls whose query parameter `codehostName` is `value`.
    pub fn codehost_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("codehostName", &value)
    }
    /// Matches only calls whose query parameter `repoOwner` is `value`.
    pub fn repo_owner(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("repoOwner", &value)
    }
    /// Matches only calls whose query parameter `repoName` is `value`.
    pub fn repo_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("repoName", &value)
    }
    /// Matches only calls whose query parameter `repoUUID` is `value`.
    pub fn repo_uuid(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("repoUUID", &value)
    }
    /// Matches only calls whose query parameter `namespace` is `value`.
    pub fn namespace(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("namespace", &value)
    }
    /// Matches only calls whose query parameter `branchName` is `value`.
    pub fn branch_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("branchName", &value)
    }
    /// Matches only calls whose query parameter `remoteName` is `value`.
    pub fn remote_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("remoteName", &value)
    }
    /// Matches only calls whose query parameter `production` is `value`.
    pub fn production(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("production", &value)
    }
    /// Matches only calls that do not send the query parameter `repoName`.
    pub fn without_repo_name(self) -> Self {
        self.match_query_absent("repoName")
    }
    /// Matches only calls that do not send the query parameter `repoUUID`.
    pub fn without_repo_uuid(self) -> Self {
        self.match_query_absent("repoUUID")
    }
    /// Matches only calls that do not send the query parameter `namespace`.
    pub fn without_namespace(self) -> Self {
        self.match_query_absent("namespace")
    }
    /// Matches only calls that do not send the query parameter `branchName`.
    pub fn without_branch_name(self) -> Self {
        self.match_query_absent("branchName")
    }
    /// Matches only calls that do not send the query parameter `remoteName`.
    pub fn without_remote_name(self) -> Self {
        self.match_query_absent("remoteName")
    }
    /// Matches only calls that do not send the query parameter `production`.
    pub fn without_production(self) -> Self {
        self.match_query_absent("production")
    }
}
/// The `load_helm_services` endpoint (`POST /openapi/service/helm/load`, `Client::load_helm_services`): the type of its expectation, [`Expect<LoadHelmServices>`](crate::Expect), which [`MockZadig::load_helm_services`] returns.
pub enum LoadHelmServices {}
impl Sealed for LoadHelmServices {}
impl Endpoint for LoadHelmServices {
    const ID: &'static str = "load_helm_services";
}
impl JsonAnswer for LoadHelmServices {
    type Response = crate::types::HelmServiceLoadResult;
}
impl JsonBody for LoadHelmServices {
    type Body = crate::types::HelmServiceLoadRequest;
}
impl Expect<'_, LoadHelmServices> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_helm_service_from_template` endpoint (`POST /openapi/service/template/load/helm`, `Client::create_helm_service_from_template`): the type of its expectation, [`Expect<CreateHelmServiceFromTemplate>`](crate::Expect), which [`MockZadig::create_helm_service_from_template`] returns.
pub enum CreateHelmServiceFromTemplate {}
impl Sealed for CreateHelmServiceFromTemplate {}
impl Endpoint for CreateHelmServiceFromTemplate {
    const ID: &'static str = "create_helm_service_from_template";
}
impl MessageAnswer for CreateHelmServiceFromTemplate {}
impl JsonBody for CreateHelmServiceFromTemplate {
    type Body = crate::types::HelmServiceFromTemplateRequest;
}
impl Expect<'_, CreateHelmServiceFromTemplate> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_chart_templates` endpoint (`GET /openapi/templates/charts`, `Client::list_chart_templates`): the type of its expectation, [`Expect<ListChartTemplates>`](crate::Expect), which [`MockZadig::list_chart_templates`] returns.
pub enum ListChartTemplates {}
impl Sealed for ListChartTemplates {}
impl Endpoint for ListChartTemplates {
    const ID: &'static str = "list_chart_templates";
}
impl JsonAnswer for ListChartTemplates {
    type Response = crate::types::ChartTemplateList;
}
