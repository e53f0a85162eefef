// @generated from spec/service.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Service API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_services`](crate::Client::list_services), with its route.
#[derive(Debug, Clone)]
pub struct ListServices {
    pub(crate) project_key: String,
}
static LIST_SERVICES: Route = Route::new(
    "list_services",
    reqwest::Method::GET,
    "/openapi/service/yaml/services",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListServices {
    type Answer = crate::call::Json<Vec<crate::types::ServiceBrief>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_production_services`](crate::Client::list_production_services), with its route.
#[derive(Debug, Clone)]
pub struct ListProductionServices {
    pub(crate) project_key: String,
}
static LIST_PRODUCTION_SERVICES: Route = Route::new(
    "list_production_services",
    reqwest::Method::GET,
    "/openapi/service/yaml/production/services",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListProductionServices {
    type Answer = crate::call::Json<Vec<crate::types::ServiceBrief>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PRODUCTION_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_service`](crate::Client::get_service), with its route.
#[derive(Debug, Clone)]
pub struct GetService {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
}
static GET_SERVICE: Route = Route::new(
    "get_service",
    reqwest::Method::GET,
    "/openapi/service/yaml/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetService {
    type Answer = crate::call::Json<crate::types::ServiceDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_production_service`](crate::Client::get_production_service), with its route.
#[derive(Debug, Clone)]
pub struct GetProductionService {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
}
static GET_PRODUCTION_SERVICE: Route = Route::new(
    "get_production_service",
    reqwest::Method::GET,
    "/openapi/service/yaml/production/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetProductionService {
    type Answer = crate::call::Json<crate::types::ServiceDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PRODUCTION_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_service_from_template`](crate::Client::create_service_from_template), with its route.
#[derive(Debug, Clone)]
pub struct CreateServiceFromTemplate {
    pub(crate) body: crate::types::ServiceFromYamlTemplateRequest,
}
static CREATE_SERVICE_FROM_TEMPLATE: Route = Route::new(
    "create_service_from_template",
    reqwest::Method::POST,
    "/openapi/service/template/load/yaml",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateServiceFromTemplate {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceFromYamlTemplateRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_SERVICE_FROM_TEMPLATE
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceFromYamlTemplateRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_production_service_from_template`](crate::Client::create_production_service_from_template), with its route.
#[derive(Debug, Clone)]
pub struct CreateProductionServiceFromTemplate {
    pub(crate) body: crate::types::ServiceFromYamlTemplateRequest,
}
static CREATE_PRODUCTION_SERVICE_FROM_TEMPLATE: Route = Route::new(
    "create_production_service_from_template",
    reqwest::Method::POST,
    "/openapi/service/template/production/load/yaml",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateProductionServiceFromTemplate {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceFromYamlTemplateRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_PRODUCTION_SERVICE_FROM_TEMPLATE
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceFromYamlTemplateRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_raw_service`](crate::Client::create_raw_service), with its route.
#[derive(Debug, Clone)]
pub struct CreateRawService {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::RawYamlServiceRequest,
}
static CREATE_RAW_SERVICE: Route = Route::new(
    "create_raw_service",
    reqwest::Method::POST,
    "/openapi/service/yaml/raw",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateRawService {
    type Answer = crate::call::Message;
    type Body = crate::types::RawYamlServiceRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_RAW_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::RawYamlServiceRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_raw_production_service`](crate::Client::create_raw_production_service), with its route.
#[derive(Debug, Clone)]
pub struct CreateRawProductionService {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::RawYamlServiceRequest,
}
static CREATE_RAW_PRODUCTION_SERVICE: Route = Route::new(
    "create_raw_production_service",
    reqwest::Method::POST,
    "/openapi/service/yaml/production/raw",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateRawProductionService {
    type Answer = crate::call::Message;
    type Body = crate::types::RawYamlServiceRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_RAW_PRODUCTION_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::RawYamlServiceRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_service`](crate::Client::update_service), with its route.
#[derive(Debug, Clone)]
pub struct UpdateService {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
    pub(crate) body: crate::types::ServiceConfigUpdate,
}
static UPDATE_SERVICE: Route = Route::new(
    "update_service",
    reqwest::Method::PUT,
    "/openapi/service/yaml/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateService {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceConfigUpdate;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceConfigUpdate> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_production_service`](crate::Client::update_production_service), with its route.
#[derive(Debug, Clone)]
pub struct UpdateProductionService {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
    pub(crate) body: crate::types::ServiceConfigUpdate,
}
static UPDATE_PRODUCTION_SERVICE: Route = Route::new(
    "update_production_service",
    reqwest::Method::PUT,
    "/openapi/service/yaml/production/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateProductionService {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceConfigUpdate;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_PRODUCTION_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceConfigUpdate> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_service_variables`](crate::Client::update_service_variables), with its route.
#[derive(Debug, Clone)]
pub struct UpdateServiceVariables {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
    pub(crate) body: crate::types::ServiceVariablesUpdate,
}
static UPDATE_SERVICE_VARIABLES: Route = Route::new(
    "update_service_variables",
    reqwest::Method::PUT,
    "/openapi/service/yaml/{serviceName}/variable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateServiceVariables {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceVariablesUpdate;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_SERVICE_VARIABLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceVariablesUpdate> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_production_service_variables`](crate::Client::update_production_service_variables), with its route.
#[derive(Debug, Clone)]
pub struct UpdateProductionServiceVariables {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
    pub(crate) body: crate::types::ServiceVariablesUpdate,
}
static UPDATE_PRODUCTION_SERVICE_VARIABLES: Route = Route::new(
    "update_production_service_variables",
    reqwest::Method::PUT,
    "/openapi/service/yaml/production/{serviceName}/variable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateProductionServiceVariables {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceVariablesUpdate;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_PRODUCTION_SERVICE_VARIABLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceVariablesUpdate> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_service`](crate::Client::delete_service), with its route.
#[derive(Debug, Clone)]
pub struct DeleteService {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
}
static DELETE_SERVICE: Route = Route::new(
    "delete_service",
    reqwest::Method::DELETE,
    "/openapi/service/yaml/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteService {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_production_service`](crate::Client::delete_production_service), with its route.
#[derive(Debug, Clone)]
pub struct DeleteProductionService {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
}
static DELETE_PRODUCTION_SERVICE: Route = Route::new(
    "delete_production_service",
    reqwest::Method::DELETE,
    "/openapi/service/yaml/production/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteProductionService {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_PRODUCTION_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_service_labels`](crate::Client::list_service_labels), with its route.
#[derive(Debug, Clone)]
pub struct ListServiceLabels {
    pub(crate) project_key: String,
    pub(crate) service_name: String,
    pub(crate) production: Option<String>,
}
static LIST_SERVICE_LABELS: Route = Route::new(
    "list_service_labels",
    reqwest::Method::GET,
    "/openapi/service/yaml/{name}/labels",
    &["projectKey", "production"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListServiceLabels {
    type Answer = crate::call::Json<Vec<crate::types::ServiceLabel>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_SERVICE_LABELS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.query_opt("production", &self.production);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::load_services_from_code_host`](crate::Client::load_services_from_code_host), with its route.
#[derive(Debug, Clone)]
pub struct LoadServicesFromCodeHost {
    pub(crate) codehost_id: i64,
    pub(crate) repo_owner: String,
    pub(crate) body: crate::types::ServiceFromCodeHostRequest,
    pub(crate) repo_name: Option<String>,
    pub(crate) repo_uuid: Option<String>,
    pub(crate) namespace: Option<String>,
    pub(crate) branch_name: Option<String>,
    pub(crate) remote_name: Option<String>,
    pub(crate) production: Option<String>,
}
static LOAD_SERVICES_FROM_CODE_HOST: Route = Route::new(
    "load_services_from_code_host",
    reqwest::Method::POST,
    "/openapi/service/loader/load/{codehostId}",
    &[
        "repoOwner",
        "repoName",
        "repoUUID",
        "namespace",
        "branchName",
        "remoteName",
        "production",
    ],
    crate::release::Availability {
        since: Some(crate::Release::V5_0_0),
        until: Some(crate::Release::V5_0_0),
        older_paths: &[],
    },
);
impl Endpoint for LoadServicesFromCodeHost {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceFromCodeHostRequest;
    #[inline]
    fn route() -> &'static Route {
        &LOAD_SERVICES_FROM_CODE_HOST
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_value("codehostId", &self.codehost_id);
        request.query("repoOwner", &self.repo_owner);
        request.query_opt("repoName", &self.repo_name);
        request.query_opt("repoUUID", &self.repo_uuid);
        request.query_opt("namespace", &self.namespace);
        request.query_opt("branchName", &self.branch_name);
        request.query_opt("remoteName", &self.remote_name);
        request.query_opt("production", &self.production);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceFromCodeHostRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::load_services_from_code_host_by_name`](crate::Client::load_services_from_code_host_by_name), with its route.
#[derive(Debug, Clone)]
pub struct LoadServicesFromCodeHostByName {
    pub(crate) codehost_name: String,
    pub(crate) repo_owner: String,
    pub(crate) body: crate::types::ServiceFromCodeHostRequest,
    pub(crate) repo_name: Option<String>,
    pub(crate) repo_uuid: Option<String>,
    pub(crate) namespace: Option<String>,
    pub(crate) branch_name: Option<String>,
    pub(crate) remote_name: Option<String>,
    pub(crate) production: Option<String>,
}
static LOAD_SERVICES_FROM_CODE_HOST_BY_NAME: Route = Route::new(
    "load_services_from_code_host_by_name",
    reqwest::Method::POST,
    "/openapi/service/loader/load",
    &[
        "codehostName",
        "repoOwner",
        "repoName",
        "repoUUID",
        "namespace",
        "branchName",
        "remoteName",
        "production",
    ],
    crate::release::Availability {
        since: Some(crate::Release::MAIN),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for LoadServicesFromCodeHostByName {
    type Answer = crate::call::Message;
    type Body = crate::types::ServiceFromCodeHostRequest;
    #[inline]
    fn route() -> &'static Route {
        &LOAD_SERVICES_FROM_CODE_HOST_BY_NAME
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("codehostName", &self.codehost_name);
        request.query("repoOwner", &self.repo_owner);
        request.query_opt("repoName", &self.repo_name);
        request.query_opt("repoUUID", &self.repo_uuid);
        request.query_opt("namespace", &self.namespace);
        request.query_opt("branchName", &self.branch_name);
        request.query_opt("remoteName", &self.remote_name);
        request.query_opt("production", &self.production);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ServiceFromCodeHostRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::load_helm_services`](crate::Client::load_helm_services), with its route.
#[derive(Debug, Clone)]
pub struct LoadHelmServices {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::HelmServiceLoadRequest,
}
static LOAD_HELM_SERVICES: Route = Route::new(
    "load_helm_services",
    reqwest::Method::POST,
    "/openapi/service/helm/load",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V5_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for LoadHelmServices {
    type Answer = crate::call::Json<crate::types::HelmServiceLoadResult>;
    type Body = crate::types::HelmServiceLoadRequest;
    #[inline]
    fn route() -> &'static Route {
        &LOAD_HELM_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::HelmServiceLoadRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_helm_service_from_template`](crate::Client::create_helm_service_from_template), with its route.
#[derive(Debug, Clone)]
pub struct CreateHelmServiceFromTemplate {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::HelmServiceFromTemplateRequest,
}
static CREATE_HELM_SERVICE_FROM_TEMPLATE: Route = Route::new(
    "create_helm_service_from_template",
    reqwest::Method::POST,
    "/openapi/service/template/load/helm",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_2_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for CreateHelmServiceFromTemplate {
    type Answer = crate::call::Message;
    type Body = crate::types::HelmServiceFromTemplateRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_HELM_SERVICE_FROM_TEMPLATE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::HelmServiceFromTemplateRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_chart_templates`](crate::Client::list_chart_templates), with its route.
#[derive(Debug, Clone)]
pub struct ListChartTemplates {}
static LIST_CHART_TEMPLATES: Route = Route::new(
    "list_chart_templates",
    reqwest::Method::GET,
    "/openapi/templates/charts",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::MAIN),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for ListChartTemplates {
    type Answer = crate::call::Json<crate::types::ChartTemplateList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_CHART_TEMPLATES
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
