// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Environment API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_environments`](crate::Client::list_environments), with its route.
#[derive(Debug, Clone)]
pub struct ListEnvironments {
    pub(crate) project_key: String,
}
static LIST_ENVIRONMENTS: Route = Route::new(
    "list_environments",
    reqwest::Method::GET,
    "/openapi/environments",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListEnvironments {
    type Answer = crate::call::Json<Vec<crate::types::EnvironmentSummary>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ENVIRONMENTS
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
/// The parameters of [`Client::list_production_environments`](crate::Client::list_production_environments), with its route.
#[derive(Debug, Clone)]
pub struct ListProductionEnvironments {
    pub(crate) project_key: String,
}
static LIST_PRODUCTION_ENVIRONMENTS: Route = Route::new(
    "list_production_environments",
    reqwest::Method::GET,
    "/openapi/environments/production",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListProductionEnvironments {
    type Answer = crate::call::Json<Vec<crate::types::EnvironmentSummary>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PRODUCTION_ENVIRONMENTS
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
/// The parameters of [`Client::get_environment`](crate::Client::get_environment), with its route.
#[derive(Debug, Clone)]
pub struct GetEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static GET_ENVIRONMENT: Route = Route::new(
    "get_environment",
    reqwest::Method::GET,
    "/openapi/environments/{name}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetEnvironment {
    type Answer = crate::call::Json<crate::types::EnvironmentDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_production_environment`](crate::Client::get_production_environment), with its route.
#[derive(Debug, Clone)]
pub struct GetProductionEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static GET_PRODUCTION_ENVIRONMENT: Route = Route::new(
    "get_production_environment",
    reqwest::Method::GET,
    "/openapi/environments/production/{name}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetProductionEnvironment {
    type Answer = crate::call::Json<crate::types::EnvironmentDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PRODUCTION_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_environment_service`](crate::Client::get_environment_service), with its route.
#[derive(Debug, Clone)]
pub struct GetEnvironmentService {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
    pub(crate) work_load_type: Option<String>,
}
static GET_ENVIRONMENT_SERVICE: Route = Route::new(
    "get_environment_service",
    reqwest::Method::GET,
    "/openapi/environments/{name}/services/{serviceName}",
    &["projectKey", "workLoadType"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetEnvironmentService {
    type Answer = crate::call::Json<crate::types::EnvServiceDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ENVIRONMENT_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.query_opt("workLoadType", &self.work_load_type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_production_environment_service`](crate::Client::get_production_environment_service), with its route.
#[derive(Debug, Clone)]
pub struct GetProductionEnvironmentService {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
    pub(crate) work_load_type: Option<String>,
}
static GET_PRODUCTION_ENVIRONMENT_SERVICE: Route = Route::new(
    "get_production_environment_service",
    reqwest::Method::GET,
    "/openapi/environments/production/{name}/services/{serviceName}",
    &["projectKey", "workLoadType"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetProductionEnvironmentService {
    type Answer = crate::call::Json<crate::types::EnvServiceDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PRODUCTION_ENVIRONMENT_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
        request.query_opt("workLoadType", &self.work_load_type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_environment_service_yaml`](crate::Client::get_environment_service_yaml), with its route.
#[derive(Debug, Clone)]
pub struct GetEnvironmentServiceYaml {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static GET_ENVIRONMENT_SERVICE_YAML: Route = Route::new(
    "get_environment_service_yaml",
    reqwest::Method::GET,
    "/openapi/environments/service/yaml",
    &["projectKey", "envName", "serviceName"],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetEnvironmentServiceYaml {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ENVIRONMENT_SERVICE_YAML
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_production_environment_service_yaml`](crate::Client::get_production_environment_service_yaml), with its route.
#[derive(Debug, Clone)]
pub struct GetProductionEnvironmentServiceYaml {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static GET_PRODUCTION_ENVIRONMENT_SERVICE_YAML: Route = Route::new(
    "get_production_environment_service_yaml",
    reqwest::Method::GET,
    "/openapi/environments/production/service/yaml",
    &["projectKey", "envName", "serviceName"],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetProductionEnvironmentServiceYaml {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PRODUCTION_ENVIRONMENT_SERVICE_YAML
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_environment_service_values`](crate::Client::get_environment_service_values), with its route.
#[derive(Debug, Clone)]
pub struct GetEnvironmentServiceValues {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static GET_ENVIRONMENT_SERVICE_VALUES: Route = Route::new(
    "get_environment_service_values",
    reqwest::Method::GET,
    "/openapi/environments/service/values",
    &["projectKey", "envName", "serviceName"],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetEnvironmentServiceValues {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ENVIRONMENT_SERVICE_VALUES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_production_environment_service_values`](crate::Client::get_production_environment_service_values), with its route.
#[derive(Debug, Clone)]
pub struct GetProductionEnvironmentServiceValues {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static GET_PRODUCTION_ENVIRONMENT_SERVICE_VALUES: Route = Route::new(
    "get_production_environment_service_values",
    reqwest::Method::GET,
    "/openapi/environments/production/service/values",
    &["projectKey", "envName", "serviceName"],
    crate::release::Availability {
        since: Some(crate::Release::V4_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetProductionEnvironmentServiceValues {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PRODUCTION_ENVIRONMENT_SERVICE_VALUES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query("serviceName", &self.service_name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_environment`](crate::Client::create_environment), with its route.
#[derive(Debug, Clone)]
pub struct CreateEnvironment {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::CreateEnvironmentRequest,
}
static CREATE_ENVIRONMENT: Route = Route::new(
    "create_environment",
    reqwest::Method::POST,
    "/openapi/environments",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateEnvironment {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateEnvironmentRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateEnvironmentRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_production_environment`](crate::Client::create_production_environment), with its route.
#[derive(Debug, Clone)]
pub struct CreateProductionEnvironment {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::CreateEnvironmentRequest,
}
static CREATE_PRODUCTION_ENVIRONMENT: Route = Route::new(
    "create_production_environment",
    reqwest::Method::POST,
    "/openapi/environments/production",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateProductionEnvironment {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateEnvironmentRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_PRODUCTION_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateEnvironmentRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_helm_environment`](crate::Client::create_helm_environment), with its route.
#[derive(Debug, Clone)]
pub struct CreateHelmEnvironment {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::CreateHelmEnvironmentRequest,
}
static CREATE_HELM_ENVIRONMENT: Route = Route::new(
    "create_helm_environment",
    reqwest::Method::POST,
    "/openapi/environments/helm",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_2_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for CreateHelmEnvironment {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateHelmEnvironmentRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_HELM_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateHelmEnvironmentRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_environment`](crate::Client::update_environment), with its route.
#[derive(Debug, Clone)]
pub struct UpdateEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::EnvironmentDetail,
}
static UPDATE_ENVIRONMENT: Route = Route::new(
    "update_environment",
    reqwest::Method::PUT,
    "/openapi/environments/{name}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateEnvironment {
    type Answer = crate::call::Message;
    type Body = crate::types::EnvironmentDetail;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::EnvironmentDetail> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_production_environment`](crate::Client::update_production_environment), with its route.
#[derive(Debug, Clone)]
pub struct UpdateProductionEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::EnvironmentDetail,
}
static UPDATE_PRODUCTION_ENVIRONMENT: Route = Route::new(
    "update_production_environment",
    reqwest::Method::PUT,
    "/openapi/environments/production/{name}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateProductionEnvironment {
    type Answer = crate::call::Message;
    type Body = crate::types::EnvironmentDetail;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_PRODUCTION_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::EnvironmentDetail> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_environment`](crate::Client::delete_environment), with its route.
#[derive(Debug, Clone)]
pub struct DeleteEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) is_delete: bool,
}
static DELETE_ENVIRONMENT: Route = Route::new(
    "delete_environment",
    reqwest::Method::DELETE,
    "/openapi/environments/{name}",
    &["projectKey", "isDelete"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteEnvironment {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.query("isDelete", &self.is_delete);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_production_environment`](crate::Client::delete_production_environment), with its route.
#[derive(Debug, Clone)]
pub struct DeleteProductionEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static DELETE_PRODUCTION_ENVIRONMENT: Route = Route::new(
    "delete_production_environment",
    reqwest::Method::DELETE,
    "/openapi/environments/production/{name}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteProductionEnvironment {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_PRODUCTION_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::add_environment_services`](crate::Client::add_environment_services), with its route.
#[derive(Debug, Clone)]
pub struct AddEnvironmentServices {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::AddEnvironmentServicesRequest,
}
static ADD_ENVIRONMENT_SERVICES: Route = Route::new(
    "add_environment_services",
    reqwest::Method::POST,
    "/openapi/environments/service/yaml",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for AddEnvironmentServices {
    type Answer = crate::call::Message;
    type Body = crate::types::AddEnvironmentServicesRequest;
    #[inline]
    fn route() -> &'static Route {
        &ADD_ENVIRONMENT_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::AddEnvironmentServicesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::add_production_environment_services`](crate::Client::add_production_environment_services), with its route.
#[derive(Debug, Clone)]
pub struct AddProductionEnvironmentServices {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::AddEnvironmentServicesRequest,
}
static ADD_PRODUCTION_ENVIRONMENT_SERVICES: Route = Route::new(
    "add_production_environment_services",
    reqwest::Method::POST,
    "/openapi/environments/production/service/yaml",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for AddProductionEnvironmentServices {
    type Answer = crate::call::Message;
    type Body = crate::types::AddEnvironmentServicesRequest;
    #[inline]
    fn route() -> &'static Route {
        &ADD_PRODUCTION_ENVIRONMENT_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::AddEnvironmentServicesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::add_helm_environment_services`](crate::Client::add_helm_environment_services), with its route.
#[derive(Debug, Clone)]
pub struct AddHelmEnvironmentServices {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::AddHelmServicesRequest,
    pub(crate) production: Option<String>,
}
static ADD_HELM_ENVIRONMENT_SERVICES: Route = Route::new(
    "add_helm_environment_services",
    reqwest::Method::POST,
    "/openapi/environments/helm/{name}/services",
    &["projectKey", "production"],
    crate::release::Availability {
        since: Some(crate::Release::V4_2_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for AddHelmEnvironmentServices {
    type Answer = crate::call::Json<Vec<crate::types::EnvUpdateStatus>>;
    type Body = crate::types::AddHelmServicesRequest;
    #[inline]
    fn route() -> &'static Route {
        &ADD_HELM_ENVIRONMENT_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.query_opt("production", &self.production);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::AddHelmServicesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_environment_services`](crate::Client::update_environment_services), with its route.
#[derive(Debug, Clone)]
pub struct UpdateEnvironmentServices {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateEnvironmentServicesRequest,
}
static UPDATE_ENVIRONMENT_SERVICES: Route = Route::new(
    "update_environment_services",
    reqwest::Method::PUT,
    "/openapi/environments/{name}/services",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateEnvironmentServices {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateEnvironmentServicesRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_ENVIRONMENT_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateEnvironmentServicesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_production_environment_services`](crate::Client::update_production_environment_services), with its route.
#[derive(Debug, Clone)]
pub struct UpdateProductionEnvironmentServices {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateEnvironmentServicesRequest,
}
static UPDATE_PRODUCTION_ENVIRONMENT_SERVICES: Route = Route::new(
    "update_production_environment_services",
    reqwest::Method::PUT,
    "/openapi/environments/production/{name}/services",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateProductionEnvironmentServices {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateEnvironmentServicesRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_PRODUCTION_ENVIRONMENT_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateEnvironmentServicesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_environment_services`](crate::Client::delete_environment_services), with its route.
#[derive(Debug, Clone)]
pub struct DeleteEnvironmentServices {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::DeleteEnvironmentServicesRequest,
}
static DELETE_ENVIRONMENT_SERVICES: Route = Route::new(
    "delete_environment_services",
    reqwest::Method::DELETE,
    "/openapi/environments/service/yaml",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteEnvironmentServices {
    type Answer = crate::call::Message;
    type Body = crate::types::DeleteEnvironmentServicesRequest;
    #[inline]
    fn route() -> &'static Route {
        &DELETE_ENVIRONMENT_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::DeleteEnvironmentServicesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_production_environment_services`](crate::Client::delete_production_environment_services), with its route.
#[derive(Debug, Clone)]
pub struct DeleteProductionEnvironmentServices {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::DeleteEnvironmentServicesRequest,
}
static DELETE_PRODUCTION_ENVIRONMENT_SERVICES: Route = Route::new(
    "delete_production_environment_services",
    reqwest::Method::DELETE,
    "/openapi/environments/production/service/yaml",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteProductionEnvironmentServices {
    type Answer = crate::call::Message;
    type Body = crate::types::DeleteEnvironmentServicesRequest;
    #[inline]
    fn route() -> &'static Route {
        &DELETE_PRODUCTION_ENVIRONMENT_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::DeleteEnvironmentServicesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_environment_global_variables`](crate::Client::list_environment_global_variables), with its route.
#[derive(Debug, Clone)]
pub struct ListEnvironmentGlobalVariables {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static LIST_ENVIRONMENT_GLOBAL_VARIABLES: Route = Route::new(
    "list_environment_global_variables",
    reqwest::Method::GET,
    "/openapi/environments/{name}/variable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListEnvironmentGlobalVariables {
    type Answer = crate::call::Json<Vec<crate::types::GlobalVariableKV>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ENVIRONMENT_GLOBAL_VARIABLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_production_environment_global_variables`](crate::Client::list_production_environment_global_variables), with its route.
#[derive(Debug, Clone)]
pub struct ListProductionEnvironmentGlobalVariables {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static LIST_PRODUCTION_ENVIRONMENT_GLOBAL_VARIABLES: Route = Route::new(
    "list_production_environment_global_variables",
    reqwest::Method::GET,
    "/openapi/environments/production/{name}/variable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListProductionEnvironmentGlobalVariables {
    type Answer = crate::call::Json<Vec<crate::types::GlobalVariableKV>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PRODUCTION_ENVIRONMENT_GLOBAL_VARIABLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::update_environment_global_variables`](crate::Client::update_environment_global_variables), with its route.
#[derive(Debug, Clone)]
pub struct UpdateEnvironmentGlobalVariables {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateGlobalVariablesRequest,
}
static UPDATE_ENVIRONMENT_GLOBAL_VARIABLES: Route = Route::new(
    "update_environment_global_variables",
    reqwest::Method::PUT,
    "/openapi/environments/{name}/variable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateEnvironmentGlobalVariables {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateGlobalVariablesRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_ENVIRONMENT_GLOBAL_VARIABLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateGlobalVariablesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_production_environment_global_variables`](crate::Client::update_production_environment_global_variables), with its route.
#[derive(Debug, Clone)]
pub struct UpdateProductionEnvironmentGlobalVariables {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateGlobalVariablesRequest,
}
static UPDATE_PRODUCTION_ENVIRONMENT_GLOBAL_VARIABLES: Route = Route::new(
    "update_production_environment_global_variables",
    reqwest::Method::PUT,
    "/openapi/environments/production/{name}/variable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateProductionEnvironmentGlobalVariables {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateGlobalVariablesRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_PRODUCTION_ENVIRONMENT_GLOBAL_VARIABLES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateGlobalVariablesRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_env_config`](crate::Client::create_env_config), with its route.
#[derive(Debug, Clone)]
pub struct CreateEnvConfig {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::CreateEnvConfigRequest,
}
static CREATE_ENV_CONFIG: Route = Route::new(
    "create_env_config",
    reqwest::Method::POST,
    "/openapi/environments/{name}/envcfgs",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateEnvConfig {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateEnvConfigRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateEnvConfigRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_production_env_config`](crate::Client::create_production_env_config), with its route.
#[derive(Debug, Clone)]
pub struct CreateProductionEnvConfig {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) body: crate::types::CreateEnvConfigRequest,
}
static CREATE_PRODUCTION_ENV_CONFIG: Route = Route::new(
    "create_production_env_config",
    reqwest::Method::POST,
    "/openapi/environments/production/{name}/envcfgs",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateProductionEnvConfig {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateEnvConfigRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_PRODUCTION_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateEnvConfigRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_env_configs`](crate::Client::list_env_configs), with its route.
#[derive(Debug, Clone)]
pub struct ListEnvConfigs {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) r#type: crate::types::EnvConfigType,
}
static LIST_ENV_CONFIGS: Route = Route::new(
    "list_env_configs",
    reqwest::Method::GET,
    "/openapi/environments/{name}/envcfgs",
    &["projectKey", "type"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListEnvConfigs {
    type Answer = crate::call::Json<Vec<crate::types::EnvConfigSummary>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ENV_CONFIGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_production_env_configs`](crate::Client::list_production_env_configs), with its route.
#[derive(Debug, Clone)]
pub struct ListProductionEnvConfigs {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) r#type: crate::types::EnvConfigType,
}
static LIST_PRODUCTION_ENV_CONFIGS: Route = Route::new(
    "list_production_env_configs",
    reqwest::Method::GET,
    "/openapi/environments/production/{name}/envcfgs",
    &["projectKey", "type"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListProductionEnvConfigs {
    type Answer = crate::call::Json<Vec<crate::types::EnvConfigSummary>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PRODUCTION_ENV_CONFIGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_env_config`](crate::Client::get_env_config), with its route.
#[derive(Debug, Clone)]
pub struct GetEnvConfig {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) cfg_name: String,
    pub(crate) r#type: crate::types::EnvConfigType,
}
static GET_ENV_CONFIG: Route = Route::new(
    "get_env_config",
    reqwest::Method::GET,
    "/openapi/environments/{name}/envcfg/{cfgName}",
    &["projectKey", "type"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetEnvConfig {
    type Answer = crate::call::Json<crate::types::EnvConfigDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_production_env_config`](crate::Client::get_production_env_config), with its route.
#[derive(Debug, Clone)]
pub struct GetProductionEnvConfig {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) cfg_name: String,
    pub(crate) r#type: crate::types::EnvConfigType,
}
static GET_PRODUCTION_ENV_CONFIG: Route = Route::new(
    "get_production_env_config",
    reqwest::Method::GET,
    "/openapi/environments/production/{name}/envcfg/{cfgName}",
    &["projectKey", "type"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetProductionEnvConfig {
    type Answer = crate::call::Json<crate::types::EnvConfigDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PRODUCTION_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::update_env_config`](crate::Client::update_env_config), with its route.
#[derive(Debug, Clone)]
pub struct UpdateEnvConfig {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::UpdateEnvConfigRequest,
}
static UPDATE_ENV_CONFIG: Route = Route::new(
    "update_env_config",
    reqwest::Method::PUT,
    "/openapi/environments/envcfgs",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateEnvConfig {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateEnvConfigRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateEnvConfigRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_production_env_config`](crate::Client::update_production_env_config), with its route.
#[derive(Debug, Clone)]
pub struct UpdateProductionEnvConfig {
    pub(crate) project_key: String,
    pub(crate) body: crate::types::UpdateEnvConfigRequest,
}
static UPDATE_PRODUCTION_ENV_CONFIG: Route = Route::new(
    "update_production_env_config",
    reqwest::Method::PUT,
    "/openapi/environments/production/envcfgs",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateProductionEnvConfig {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateEnvConfigRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_PRODUCTION_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateEnvConfigRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_env_config`](crate::Client::delete_env_config), with its route.
#[derive(Debug, Clone)]
pub struct DeleteEnvConfig {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) cfg_name: String,
    pub(crate) r#type: String,
}
static DELETE_ENV_CONFIG: Route = Route::new(
    "delete_env_config",
    reqwest::Method::DELETE,
    "/openapi/environments/{name}/envcfg/{cfgName}",
    &["projectKey", "type"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteEnvConfig {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_production_env_config`](crate::Client::delete_production_env_config), with its route.
#[derive(Debug, Clone)]
pub struct DeleteProductionEnvConfig {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) cfg_name: String,
    pub(crate) r#type: String,
}
static DELETE_PRODUCTION_ENV_CONFIG: Route = Route::new(
    "delete_production_env_config",
    reqwest::Method::DELETE,
    "/openapi/environments/production/{name}/envcfg/{cfgName}",
    &["projectKey", "type"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteProductionEnvConfig {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_PRODUCTION_ENV_CONFIG
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("cfgName", &self.cfg_name);
        request.query("projectKey", &self.project_key);
        request.query("type", &self.r#type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::scale_workload`](crate::Client::scale_workload), with its route.
#[derive(Debug, Clone)]
pub struct ScaleWorkload {
    pub(crate) body: crate::types::ScaleWorkloadRequest,
}
static SCALE_WORKLOAD: Route = Route::new(
    "scale_workload",
    reqwest::Method::POST,
    "/openapi/environments/scale",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for ScaleWorkload {
    type Answer = crate::call::Message;
    type Body = crate::types::ScaleWorkloadRequest;
    #[inline]
    fn route() -> &'static Route {
        &SCALE_WORKLOAD
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ScaleWorkloadRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::restart_environment_service`](crate::Client::restart_environment_service), with its route.
#[derive(Debug, Clone)]
pub struct RestartEnvironmentService {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static RESTART_ENVIRONMENT_SERVICE: Route = Route::new(
    "restart_environment_service",
    reqwest::Method::POST,
    "/openapi/environments/{name}/service/{serviceName}/restart",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for RestartEnvironmentService {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &RESTART_ENVIRONMENT_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::restart_production_environment_service`](crate::Client::restart_production_environment_service), with its route.
#[derive(Debug, Clone)]
pub struct RestartProductionEnvironmentService {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static RESTART_PRODUCTION_ENVIRONMENT_SERVICE: Route = Route::new(
    "restart_production_environment_service",
    reqwest::Method::POST,
    "/openapi/environments/production/{name}/service/{serviceName}/restart",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for RestartProductionEnvironmentService {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &RESTART_PRODUCTION_ENVIRONMENT_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_environment_service_pods`](crate::Client::list_environment_service_pods), with its route.
#[derive(Debug, Clone)]
pub struct ListEnvironmentServicePods {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static LIST_ENVIRONMENT_SERVICE_PODS: Route = Route::new(
    "list_environment_service_pods",
    reqwest::Method::GET,
    "/openapi/environments/{name}/service/{serviceName}/pods",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_3_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for ListEnvironmentServicePods {
    type Answer = crate::call::Json<crate::types::ServicePodList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ENVIRONMENT_SERVICE_PODS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_production_environment_service_pods`](crate::Client::list_production_environment_service_pods), with its route.
#[derive(Debug, Clone)]
pub struct ListProductionEnvironmentServicePods {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static LIST_PRODUCTION_ENVIRONMENT_SERVICE_PODS: Route = Route::new(
    "list_production_environment_service_pods",
    reqwest::Method::GET,
    "/openapi/environments/production/{name}/service/{serviceName}/pods",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_3_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for ListProductionEnvironmentServicePods {
    type Answer = crate::call::Json<crate::types::ServicePodList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PRODUCTION_ENVIRONMENT_SERVICE_PODS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::restart_environment_service_pod`](crate::Client::restart_environment_service_pod), with its route.
#[derive(Debug, Clone)]
pub struct RestartEnvironmentServicePod {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
    pub(crate) pod_name: String,
}
static RESTART_ENVIRONMENT_SERVICE_POD: Route = Route::new(
    "restart_environment_service_pod",
    reqwest::Method::POST,
    "/openapi/environments/{name}/pod/{podName}/restart",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_3_0),
        until: None,
        older_paths: &[
            (
                crate::Release::V5_0_0,
                "/openapi/environments/{name}/service/{serviceName}/pod/{podName}/restart",
            ),
        ],
    },
);
impl Endpoint for RestartEnvironmentServicePod {
    type Answer = crate::call::Json<crate::types::PodRestartResult>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &RESTART_ENVIRONMENT_SERVICE_POD
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("podName", &self.pod_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::restart_production_environment_service_pod`](crate::Client::restart_production_environment_service_pod), with its route.
#[derive(Debug, Clone)]
pub struct RestartProductionEnvironmentServicePod {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
    pub(crate) pod_name: String,
}
static RESTART_PRODUCTION_ENVIRONMENT_SERVICE_POD: Route = Route::new(
    "restart_production_environment_service_pod",
    reqwest::Method::POST,
    "/openapi/environments/production/{name}/pod/{podName}/restart",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V4_3_0),
        until: None,
        older_paths: &[
            (
                crate::Release::V5_0_0,
                "/openapi/environments/production/{name}/service/{serviceName}/pod/{podName}/restart",
            ),
        ],
    },
);
impl Endpoint for RestartProductionEnvironmentServicePod {
    type Answer = crate::call::Json<crate::types::PodRestartResult>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &RESTART_PRODUCTION_ENVIRONMENT_SERVICE_POD
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("podName", &self.pod_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::update_deployment_image`](crate::Client::update_deployment_image), with its route.
#[derive(Debug, Clone)]
pub struct UpdateDeploymentImage {
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateContainerImageRequest,
}
static UPDATE_DEPLOYMENT_IMAGE: Route = Route::new(
    "update_deployment_image",
    reqwest::Method::POST,
    "/openapi/environments/image/deployment/{envName}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateDeploymentImage {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateContainerImageRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_DEPLOYMENT_IMAGE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("envName", &self.env_name);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateContainerImageRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_statefulset_image`](crate::Client::update_statefulset_image), with its route.
#[derive(Debug, Clone)]
pub struct UpdateStatefulsetImage {
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateContainerImageRequest,
}
static UPDATE_STATEFULSET_IMAGE: Route = Route::new(
    "update_statefulset_image",
    reqwest::Method::POST,
    "/openapi/environments/image/statefulset/{envName}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateStatefulsetImage {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateContainerImageRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_STATEFULSET_IMAGE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("envName", &self.env_name);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateContainerImageRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_cronjob_image`](crate::Client::update_cronjob_image), with its route.
#[derive(Debug, Clone)]
pub struct UpdateCronjobImage {
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateContainerImageRequest,
}
static UPDATE_CRONJOB_IMAGE: Route = Route::new(
    "update_cronjob_image",
    reqwest::Method::POST,
    "/openapi/environments/image/cronjob/{envName}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateCronjobImage {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateContainerImageRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_CRONJOB_IMAGE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("envName", &self.env_name);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateContainerImageRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_job_image`](crate::Client::update_job_image), with its route.
#[derive(Debug, Clone)]
pub struct UpdateJobImage {
    pub(crate) env_name: String,
    pub(crate) body: crate::types::UpdateContainerImageRequest,
}
static UPDATE_JOB_IMAGE: Route = Route::new(
    "update_job_image",
    reqwest::Method::POST,
    "/openapi/environments/image/job/{envName}",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::MAIN),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for UpdateJobImage {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateContainerImageRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_JOB_IMAGE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("envName", &self.env_name);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateContainerImageRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_environment_events`](crate::Client::list_environment_events), with its route.
#[derive(Debug, Clone)]
pub struct ListEnvironmentEvents {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) name: Option<String>,
    pub(crate) r#type: Option<String>,
}
static LIST_ENVIRONMENT_EVENTS: Route = Route::new(
    "list_environment_events",
    reqwest::Method::GET,
    "/openapi/environments/kube/events",
    &["projectKey", "envName", "name", "type"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListEnvironmentEvents {
    type Answer = crate::call::Json<Vec<crate::types::KubeEvent>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_ENVIRONMENT_EVENTS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query_opt("name", &self.name);
        request.query_opt("type", &self.r#type);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::check_workload_k8s_services`](crate::Client::check_workload_k8s_services), with its route.
#[derive(Debug, Clone)]
pub struct CheckWorkloadK8sServices {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static CHECK_WORKLOAD_K8S_SERVICES: Route = Route::new(
    "check_workload_k8s_services",
    reqwest::Method::GET,
    "/openapi/environments/{name}/check/workloads/k8services",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CheckWorkloadK8sServices {
    type Answer = crate::call::Json<Vec<String>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &CHECK_WORKLOAD_K8S_SERVICES
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::enable_sub_environment`](crate::Client::enable_sub_environment), with its route.
#[derive(Debug, Clone)]
pub struct EnableSubEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static ENABLE_SUB_ENVIRONMENT: Route = Route::new(
    "enable_sub_environment",
    reqwest::Method::POST,
    "/openapi/environments/{name}/share/enable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for EnableSubEnvironment {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &ENABLE_SUB_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::disable_sub_environment`](crate::Client::disable_sub_environment), with its route.
#[derive(Debug, Clone)]
pub struct DisableSubEnvironment {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
}
static DISABLE_SUB_ENVIRONMENT: Route = Route::new(
    "disable_sub_environment",
    reqwest::Method::DELETE,
    "/openapi/environments/{name}/share/enable",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DisableSubEnvironment {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DISABLE_SUB_ENVIRONMENT
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::check_sub_environment_ready`](crate::Client::check_sub_environment_ready), with its route.
#[derive(Debug, Clone)]
pub struct CheckSubEnvironmentReady {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) op: String,
}
static CHECK_SUB_ENVIRONMENT_READY: Route = Route::new(
    "check_sub_environment_ready",
    reqwest::Method::GET,
    "/openapi/environments/{name}/check/sharenv/{op}/ready",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CheckSubEnvironmentReady {
    type Answer = crate::call::Json<crate::types::ShareEnvReadiness>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &CHECK_SUB_ENVIRONMENT_READY
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("op", &self.op);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_entry_service`](crate::Client::get_entry_service), with its route.
#[derive(Debug, Clone)]
pub struct GetEntryService {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
}
static GET_ENTRY_SERVICE: Route = Route::new(
    "get_entry_service",
    reqwest::Method::GET,
    "/openapi/environments/{name}/share/portal/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetEntryService {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_ENTRY_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::set_entry_service`](crate::Client::set_entry_service), with its route.
#[derive(Debug, Clone)]
pub struct SetEntryService {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) service_name: String,
    pub(crate) body: Vec<crate::types::EntryServiceServer>,
}
static SET_ENTRY_SERVICE: Route = Route::new(
    "set_entry_service",
    reqwest::Method::POST,
    "/openapi/environments/{name}/share/portal/{serviceName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for SetEntryService {
    type Answer = crate::call::Message;
    type Body = Vec<crate::types::EntryServiceServer>;
    #[inline]
    fn route() -> &'static Route {
        &SET_ENTRY_SERVICE
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.env_name);
        request.path_param("serviceName", &self.service_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&Vec<crate::types::EntryServiceServer>> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::stream_container_logs`](crate::Client::stream_container_logs), with its route.
#[derive(Debug, Clone)]
pub struct StreamContainerLogs {
    pub(crate) project_key: String,
    pub(crate) env_name: String,
    pub(crate) pod_name: String,
    pub(crate) container_name: String,
    pub(crate) tails: Option<i64>,
    pub(crate) since: Option<String>,
}
static STREAM_CONTAINER_LOGS: Route = Route::new(
    "stream_container_logs",
    reqwest::Method::GET,
    "/openapi/logs/sse/pods/{podName}/containers/{containerName}",
    &["projectKey", "envName", "tails", "since"],
    crate::release::Availability::ALL,
);
impl Endpoint for StreamContainerLogs {
    type Answer = crate::call::Events;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &STREAM_CONTAINER_LOGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("podName", &self.pod_name);
        request.path_param("containerName", &self.container_name);
        request.query("projectKey", &self.project_key);
        request.query("envName", &self.env_name);
        request.query_opt("tails", &self.tails);
        request.query_opt("since", &self.since);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
