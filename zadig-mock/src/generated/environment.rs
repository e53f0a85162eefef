// @generated from spec/environment.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Environment endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{
    Endpoint, JsonAnswer, JsonBody, LinesAnswer, MessageAnswer, TextAnswer,
    sealed::Sealed,
};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/environments` calls (`list_environments`): Lists the test environments of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_environments(&self) -> Expect<'_, ListEnvironments> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production` calls (`list_production_environments`): Lists the production environments of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_production_environments(
        &self,
    ) -> Expect<'_, ListProductionEnvironments> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}` calls (`get_environment`): Reads one test environment with its global variables and services
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_environment(&self) -> Expect<'_, GetEnvironment> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/{name}` calls (`get_production_environment`): Reads one production environment with its global variables and services
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_production_environment(&self) -> Expect<'_, GetProductionEnvironment> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/services/{serviceName}` calls (`get_environment_service`): Reads the workloads, pods, ingresses and Kubernetes services of one service in a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_environment_service(&self) -> Expect<'_, GetEnvironmentService> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/{name}/services/{serviceName}` calls (`get_production_environment_service`): Reads the workloads, pods, ingresses and Kubernetes services of one service in a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_production_environment_service(
        &self,
    ) -> Expect<'_, GetProductionEnvironmentService> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/service/yaml` calls (`get_environment_service_yaml`): Returns the rendered Kubernetes YAML of one service in a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_environment_service_yaml(&self) -> Expect<'_, GetEnvironmentServiceYaml> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/service/yaml` calls (`get_production_environment_service_yaml`): Returns the rendered Kubernetes YAML of one service in a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_production_environment_service_yaml(
        &self,
    ) -> Expect<'_, GetProductionEnvironmentServiceYaml> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/service/values` calls (`get_environment_service_values`): Returns the Helm values in effect for one service in a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_environment_service_values(
        &self,
    ) -> Expect<'_, GetEnvironmentServiceValues> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/service/values` calls (`get_production_environment_service_values`): Returns the Helm values in effect for one service in a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_production_environment_service_values(
        &self,
    ) -> Expect<'_, GetProductionEnvironmentServiceValues> {
        self.expect()
    }
    /// Expects `POST /openapi/environments` calls (`create_environment`): Creates a test environment, optionally with services, global variables and configurations
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_environment(&self) -> Expect<'_, CreateEnvironment> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/production` calls (`create_production_environment`): Creates a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_production_environment(
        &self,
    ) -> Expect<'_, CreateProductionEnvironment> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/helm` calls (`create_helm_environment`): Creates an empty test or production environment for a Helm project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_helm_environment(&self) -> Expect<'_, CreateHelmEnvironment> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/{name}` calls (`update_environment`): Changes the image registry of a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_environment(&self) -> Expect<'_, UpdateEnvironment> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/production/{name}` calls (`update_production_environment`): Changes the image registry or display name of a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_production_environment(
        &self,
    ) -> Expect<'_, UpdateProductionEnvironment> {
        self.expect()
    }
    /// Expects `DELETE /openapi/environments/{name}` calls (`delete_environment`): Deletes a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_environment(&self) -> Expect<'_, DeleteEnvironment> {
        self.expect()
    }
    /// Expects `DELETE /openapi/environments/production/{name}` calls (`delete_production_environment`): Deletes a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_production_environment(
        &self,
    ) -> Expect<'_, DeleteProductionEnvironment> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/service/yaml` calls (`add_environment_services`): Deploys services of the project into a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn add_environment_services(&self) -> Expect<'_, AddEnvironmentServices> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/production/service/yaml` calls (`add_production_environment_services`): Deploys services of the project into a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn add_production_environment_services(
        &self,
    ) -> Expect<'_, AddProductionEnvironmentServices> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/helm/{name}/services` calls (`add_helm_environment_services`): Deploys Helm services of the project into an environment, with their values
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn add_helm_environment_services(
        &self,
    ) -> Expect<'_, AddHelmEnvironmentServices> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/{name}/services` calls (`update_environment_services`): Changes the variables of services already deployed in a test environment and redeploys them
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_environment_services(&self) -> Expect<'_, UpdateEnvironmentServices> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/production/{name}/services` calls (`update_production_environment_services`): Changes the variables of services already deployed in a production environment and redeploys them
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_production_environment_services(
        &self,
    ) -> Expect<'_, UpdateProductionEnvironmentServices> {
        self.expect()
    }
    /// Expects `DELETE /openapi/environments/service/yaml` calls (`delete_environment_services`): Removes services from a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_environment_services(&self) -> Expect<'_, DeleteEnvironmentServices> {
        self.expect()
    }
    /// Expects `DELETE /openapi/environments/production/service/yaml` calls (`delete_production_environment_services`): Removes services from a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_production_environment_services(
        &self,
    ) -> Expect<'_, DeleteProductionEnvironmentServices> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/variable` calls (`list_environment_global_variables`): Lists the global variables of a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_environment_global_variables(
        &self,
    ) -> Expect<'_, ListEnvironmentGlobalVariables> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/{name}/variable` calls (`list_production_environment_global_variables`): Lists the global variables of a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_production_environment_global_variables(
        &self,
    ) -> Expect<'_, ListProductionEnvironmentGlobalVariables> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/{name}/variable` calls (`update_environment_global_variables`): Sets global variables of a test environment; services using them are redeployed
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_environment_global_variables(
        &self,
    ) -> Expect<'_, UpdateEnvironmentGlobalVariables> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/production/{name}/variable` calls (`update_production_environment_global_variables`): Sets global variables of a production environment; services using them are redeployed
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_production_environment_global_variables(
        &self,
    ) -> Expect<'_, UpdateProductionEnvironmentGlobalVariables> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/{name}/envcfgs` calls (`create_env_config`): Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_env_config(&self) -> Expect<'_, CreateEnvConfig> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/production/{name}/envcfgs` calls (`create_production_env_config`): Adds a configuration resource (ConfigMap, Secret, Ingress, PVC) to a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_production_env_config(&self) -> Expect<'_, CreateProductionEnvConfig> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/envcfgs` calls (`list_env_configs`): Lists the configuration resources of one kind in a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_env_configs(&self) -> Expect<'_, ListEnvConfigs> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/{name}/envcfgs` calls (`list_production_env_configs`): Lists the configuration resources of one kind in a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_production_env_configs(&self) -> Expect<'_, ListProductionEnvConfigs> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/envcfg/{cfgName}` calls (`get_env_config`): Reads one configuration resource of a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_env_config(&self) -> Expect<'_, GetEnvConfig> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/{name}/envcfg/{cfgName}` calls (`get_production_env_config`): Reads one configuration resource of a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_production_env_config(&self) -> Expect<'_, GetProductionEnvConfig> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/envcfgs` calls (`update_env_config`): Replaces the content of one configuration resource of a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_env_config(&self) -> Expect<'_, UpdateEnvConfig> {
        self.expect()
    }
    /// Expects `PUT /openapi/environments/production/envcfgs` calls (`update_production_env_config`): Replaces the content of one configuration resource of a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_production_env_config(&self) -> Expect<'_, UpdateProductionEnvConfig> {
        self.expect()
    }
    /// Expects `DELETE /openapi/environments/{name}/envcfg/{cfgName}` calls (`delete_env_config`): Removes one configuration resource from a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_env_config(&self) -> Expect<'_, DeleteEnvConfig> {
        self.expect()
    }
    /// Expects `DELETE /openapi/environments/production/{name}/envcfg/{cfgName}` calls (`delete_production_env_config`): Removes one configuration resource from a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_production_env_config(&self) -> Expect<'_, DeleteProductionEnvConfig> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/scale` calls (`scale_workload`): Sets the replica count of a Deployment or StatefulSet in a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn scale_workload(&self) -> Expect<'_, ScaleWorkload> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/{name}/service/{serviceName}/restart` calls (`restart_environment_service`): Restarts the workloads of one service in a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn restart_environment_service(&self) -> Expect<'_, RestartEnvironmentService> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/production/{name}/service/{serviceName}/restart` calls (`restart_production_environment_service`): Restarts the workloads of one service in a production environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn restart_production_environment_service(
        &self,
    ) -> Expect<'_, RestartProductionEnvironmentService> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/service/{serviceName}/pods` calls (`list_environment_service_pods`): Lists the pods of one service in a test environment, with their state and images
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_environment_service_pods(
        &self,
    ) -> Expect<'_, ListEnvironmentServicePods> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/production/{name}/service/{serviceName}/pods` calls (`list_production_environment_service_pods`): Lists the pods of one service in a production environment, with their state and images
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_production_environment_service_pods(
        &self,
    ) -> Expect<'_, ListProductionEnvironmentServicePods> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/{name}/pod/{podName}/restart` calls (`restart_environment_service_pod`): Restarts one pod of a test environment by deleting it so that its workload recreates it
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn restart_environment_service_pod(
        &self,
    ) -> Expect<'_, RestartEnvironmentServicePod> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/production/{name}/pod/{podName}/restart` calls (`restart_production_environment_service_pod`): Restarts one pod of a production environment by deleting it so that its workload recreates it
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn restart_production_environment_service_pod(
        &self,
    ) -> Expect<'_, RestartProductionEnvironmentServicePod> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/image/deployment/{envName}` calls (`update_deployment_image`): Changes the image of one container of a Deployment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_deployment_image(&self) -> Expect<'_, UpdateDeploymentImage> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/image/statefulset/{envName}` calls (`update_statefulset_image`): Changes the image of one container of a StatefulSet
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_statefulset_image(&self) -> Expect<'_, UpdateStatefulsetImage> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/image/cronjob/{envName}` calls (`update_cronjob_image`): Changes the image of one container of a CronJob
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_cronjob_image(&self) -> Expect<'_, UpdateCronjobImage> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/image/job/{envName}` calls (`update_job_image`): Changes the image of one container of a Kubernetes Job in a test environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_job_image(&self) -> Expect<'_, UpdateJobImage> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/kube/events` calls (`list_environment_events`): Lists the Kubernetes events of one object (e.g. a Deployment) in an environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_environment_events(&self) -> Expect<'_, ListEnvironmentEvents> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/check/workloads/k8services` calls (`check_workload_k8s_services`): Lists the workloads of an environment that have no Kubernetes Service (a sub-environment prerequisite)
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn check_workload_k8s_services(&self) -> Expect<'_, CheckWorkloadK8sServices> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/{name}/share/enable` calls (`enable_sub_environment`): Turns a test environment into a base environment that sub-environments can share
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn enable_sub_environment(&self) -> Expect<'_, EnableSubEnvironment> {
        self.expect()
    }
    /// Expects `DELETE /openapi/environments/{name}/share/enable` calls (`disable_sub_environment`): Turns off environment sharing (sub-environments) for a base environment
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn disable_sub_environment(&self) -> Expect<'_, DisableSubEnvironment> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/check/sharenv/{op}/ready` calls (`check_sub_environment_ready`): Checks whether enabling or disabling environment sharing has taken effect
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn check_sub_environment_ready(&self) -> Expect<'_, CheckSubEnvironmentReady> {
        self.expect()
    }
    /// Expects `GET /openapi/environments/{name}/share/portal/{serviceName}` calls (`get_entry_service`): Asks for the entry (portal) settings of a shared environment's service; answers only an acknowledgement
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_entry_service(&self) -> Expect<'_, GetEntryService> {
        self.expect()
    }
    /// Expects `POST /openapi/environments/{name}/share/portal/{serviceName}` calls (`set_entry_service`): Sets the hosts and ports through which a service of a shared environment is reached
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn set_entry_service(&self) -> Expect<'_, SetEntryService> {
        self.expect()
    }
    /// Expects `GET /openapi/logs/sse/pods/{podName}/containers/{containerName}` calls (`stream_container_logs`): Follows the log of one container of a pod as a server-sent event stream
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn stream_container_logs(&self) -> Expect<'_, StreamContainerLogs> {
        self.expect()
    }
}
/// The `list_environments` endpoint (`GET /openapi/environments`, `Client::list_environments`): the type of its expectation, [`Expect<ListEnvironments>`](crate::Expect), which [`MockZadig::list_environments`] returns.
pub enum ListEnvironments {}
impl Sealed for ListEnvironments {}
impl Endpoint for ListEnvironments {
    const ID: &'static str = "list_environments";
}
impl JsonAnswer for ListEnvironments {
    type Response = Vec<crate::types::EnvironmentSummary>;
}
impl Expect<'_, ListEnvironments> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_production_environments` endpoint (`GET /openapi/environments/production`, `Client::list_production_environments`): the type of its expectation, [`Expect<ListProductionEnvironments>`](crate::Expect), which [`MockZadig::list_production_environments`] returns.
pub enum ListProductionEnvironments {}
impl Sealed for ListProductionEnvironments {}
impl Endpoint for ListProductionEnvironments {
    const ID: &'static str = "list_production_environments";
}
impl JsonAnswer for ListProductionEnvironments {
    type Response = Vec<crate::types::EnvironmentSummary>;
}
impl Expect<'_, ListProductionEnvironments> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_environment` endpoint (`GET /openapi/environments/{name}`, `Client::get_environment`): the type of its expectation, [`Expect<GetEnvironment>`](crate::Expect), which [`MockZadig::get_environment`] returns.
pub enum GetEnvironment {}
impl Sealed for GetEnvironment {}
impl Endpoint for GetEnvironment {
    const ID: &'static str = "get_environment";
}
impl JsonAnswer for GetEnvironment {
    type Response = crate::types::EnvironmentDetail;
}
impl Expect<'_, GetEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_production_environment` endpoint (`GET /openapi/environments/production/{name}`, `Client::get_production_environment`): the type of its expectation, [`Expect<GetProductionEnvironment>`](crate::Expect), which [`MockZadig::get_production_environment`] returns.
pub enum GetProductionEnvironment {}
impl Sealed for GetProductionEnvironment {}
impl Endpoint for GetProductionEnvironment {
    const ID: &'static str = "get_production_environment";
}
impl JsonAnswer for GetProductionEnvironment {
    type Response = crate::types::EnvironmentDetail;
}
impl Expect<'_, GetProductionEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_environment_service` endpoint (`GET /openapi/environments/{name}/services/{serviceName}`, `Client::get_environment_service`): the type of its expectation, [`Expect<GetEnvironmentService>`](crate::Expect), which [`MockZadig::get_environment_service`] returns.
pub enum GetEnvironmentService {}
impl Sealed for GetEnvironmentService {}
impl Endpoint for GetEnvironmentService {
    const ID: &'static str = "get_environment_service";
}
impl JsonAnswer for GetEnvironmentService {
    type Response = crate::types::EnvServiceDetail;
}
impl Expect<'_, GetEnvironmentService> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
    /// Matches only calls whose query parameter `workLoadType` is `value`.
    pub fn work_load_type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workLoadType", &value)
    }
    /// Matches only calls that do not send the query parameter `workLoadType`.
    pub fn without_work_load_type(self) -> Self {
        self.match_query_absent("workLoadType")
    }
}
/// The `get_production_environment_service` endpoint (`GET /openapi/environments/production/{name}/services/{serviceName}`, `Client::get_production_environment_service`): the type of its expectation, [`Expect<GetProductionEnvironmentService>`](crate::Expect), which [`MockZadig::get_production_environment_service`] returns.
pub enum GetProductionEnvironmentService {}
impl Sealed for GetProductionEnvironmentService {}
impl Endpoint for GetProductionEnvironmentService {
    const ID: &'static str = "get_production_environment_service";
}
impl JsonAnswer for GetProductionEnvironmentService {
    type Response = crate::types::EnvServiceDetail;
}
impl Expect<'_, GetProductionEnvironmentService> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
    /// Matches only calls whose query parameter `workLoadType` is `value`.
    pub fn work_load_type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workLoadType", &value)
    }
    /// Matches only calls that do not send the query parameter `workLoadType`.
    pub fn without_work_load_type(self) -> Self {
        self.match_query_absent("workLoadType")
    }
}
/// The `get_environment_service_yaml` endpoint (`GET /openapi/environments/service/yaml`, `Client::get_environment_service_yaml`): the type of its expectation, [`Expect<GetEnvironmentServiceYaml>`](crate::Expect), which [`MockZadig::get_environment_service_yaml`] returns.
pub enum GetEnvironmentServiceYaml {}
impl Sealed for GetEnvironmentServiceYaml {}
impl Endpoint for GetEnvironmentServiceYaml {
    const ID: &'static str = "get_environment_service_yaml";
}
impl TextAnswer for GetEnvironmentServiceYaml {}
impl Expect<'_, GetEnvironmentServiceYaml> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
}
/// The `get_production_environment_service_yaml` endpoint (`GET /openapi/environments/production/service/yaml`, `Client::get_production_environment_service_yaml`): the type of its expectation, [`Expect<GetProductionEnvironmentServiceYaml>`](crate::Expect), which [`MockZadig::get_production_environment_service_yaml`] returns.
pub enum GetProductionEnvironmentServiceYaml {}
impl Sealed for GetProductionEnvironmentServiceYaml {}
impl Endpoint for GetProductionEnvironmentServiceYaml {
    const ID: &'static str = "get_production_environment_service_yaml";
}
impl TextAnswer for GetProductionEnvironmentServiceYaml {}
impl Expect<'_, GetProductionEnvironmentServiceYaml> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
}
/// The `get_environment_service_values` endpoint (`GET /openapi/environments/service/values`, `Client::get_environment_service_values`): the type of its expectation, [`Expect<GetEnvironmentServiceValues>`](crate::Expect), which [`MockZadig::get_environment_service_values`] returns.
pub enum GetEnvironmentServiceValues {}
impl Sealed for GetEnvironmentServiceValues {}
impl Endpoint for GetEnvironmentServiceValues {
    const ID: &'static str = "get_environment_service_values";
}
impl TextAnswer for GetEnvironmentServiceValues {}
impl Expect<'_, GetEnvironmentServiceValues> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
}
/// The `get_production_environment_service_values` endpoint (`GET /openapi/environments/production/service/values`, `Client::get_production_environment_service_values`): the type of its expectation, [`Expect<GetProductionEnvironmentServiceValues>`](crate::Expect), which [`MockZadig::get_production_environment_service_values`] returns.
pub enum GetProductionEnvironmentServiceValues {}
impl Sealed for GetProductionEnvironmentServiceValues {}
impl Endpoint for GetProductionEnvironmentServiceValues {
    const ID: &'static str = "get_production_environment_service_values";
}
impl TextAnswer for GetProductionEnvironmentServiceValues {}
impl Expect<'_, GetProductionEnvironmentServiceValues> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `serviceName` is `value`.
    pub fn service_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("serviceName", &value)
    }
}
/// The `create_environment` endpoint (`POST /openapi/environments`, `Client::create_environment`): the type of its expectation, [`Expect<CreateEnvironment>`](crate::Expect), which [`MockZadig::create_environment`] returns.
pub enum CreateEnvironment {}
impl Sealed for CreateEnvironment {}
impl Endpoint for CreateEnvironment {
    const ID: &'static str = "create_environment";
}
impl MessageAnswer for CreateEnvironment {}
impl JsonBody for CreateEnvironment {
    type Body = crate::types::CreateEnvironmentRequest;
}
impl Expect<'_, CreateEnvironment> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_production_environment` endpoint (`POST /openapi/environments/production`, `Client::create_production_environment`): the type of its expectation, [`Expect<CreateProductionEnvironment>`](crate::Expect), which [`MockZadig::create_production_environment`] returns.
pub enum CreateProductionEnvironment {}
impl Sealed for CreateProductionEnvironment {}
impl Endpoint for CreateProductionEnvironment {
    const ID: &'static str = "create_production_environment";
}
impl MessageAnswer for CreateProductionEnvironment {}
impl JsonBody for CreateProductionEnvironment {
    type Body = crate::types::CreateEnvironmentRequest;
}
impl Expect<'_, CreateProductionEnvironment> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_helm_environment` endpoint (`POST /openapi/environments/helm`, `Client::create_helm_environment`): the type of its expectation, [`Expect<CreateHelmEnvironment>`](crate::Expect), which [`MockZadig::create_helm_environment`] returns.
pub enum CreateHelmEnvironment {}
impl Sealed for CreateHelmEnvironment {}
impl Endpoint for CreateHelmEnvironment {
    const ID: &'static str = "create_helm_environment";
}
impl MessageAnswer for CreateHelmEnvironment {}
impl JsonBody for CreateHelmEnvironment {
    type Body = crate::types::CreateHelmEnvironmentRequest;
}
impl Expect<'_, CreateHelmEnvironment> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_environment` endpoint (`PUT /openapi/environments/{name}`, `Client::update_environment`): the type of its expectation, [`Expect<UpdateEnvironment>`](crate::Expect), which [`MockZadig::update_environment`] returns.
pub enum UpdateEnvironment {}
impl Sealed for UpdateEnvironment {}
impl Endpoint for UpdateEnvironment {
    const ID: &'static str = "update_environment";
}
impl MessageAnswer for UpdateEnvironment {}
impl JsonBody for UpdateEnvironment {
    type Body = crate::types::EnvironmentDetail;
}
impl Expect<'_, UpdateEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_production_environment` endpoint (`PUT /openapi/environments/production/{name}`, `Client::update_production_environment`): the type of its expectation, [`Expect<UpdateProductionEnvironment>`](crate::Expect), which [`MockZadig::update_production_environment`] returns.
pub enum UpdateProductionEnvironment {}
impl Sealed for UpdateProductionEnvironment {}
impl Endpoint for UpdateProductionEnvironment {
    const ID: &'static str = "update_production_environment";
}
impl MessageAnswer for UpdateProductionEnvironment {}
impl JsonBody for UpdateProductionEnvironment {
    type Body = crate::types::EnvironmentDetail;
}
impl Expect<'_, UpdateProductionEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_environment` endpoint (`DELETE /openapi/environments/{name}`, `Client::delete_environment`): the type of its expectation, [`Expect<DeleteEnvironment>`](crate::Expect), which [`MockZadig::delete_environment`] returns.
pub enum DeleteEnvironment {}
impl Sealed for DeleteEnvironment {}
impl Endpoint for DeleteEnvironment {
    const ID: &'static str = "delete_environment";
}
impl MessageAnswer for DeleteEnvironment {}
impl Expect<'_, DeleteEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `isDelete` is `value`.
    pub fn is_delete(self, value: bool) -> Self {
        let value: bool = value;
        self.match_query("isDelete", &value)
    }
}
/// The `delete_production_environment` endpoint (`DELETE /openapi/environments/production/{name}`, `Client::delete_production_environment`): the type of its expectation, [`Expect<DeleteProductionEnvironment>`](crate::Expect), which [`MockZadig::delete_production_environment`] returns.
pub enum DeleteProductionEnvironment {}
impl Sealed for DeleteProductionEnvironment {}
impl Endpoint for DeleteProductionEnvironment {
    const ID: &'static str = "delete_production_environment";
}
impl MessageAnswer for DeleteProductionEnvironment {}
impl Expect<'_, DeleteProductionEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `add_environment_services` endpoint (`POST /openapi/environments/service/yaml`, `Client::add_environment_services`): the type of its expectation, [`Expect<AddEnvironmentServices>`](crate::Expect), which [`MockZadig::add_environment_services`] returns.
pub enum AddEnvironmentServices {}
impl Sealed for AddEnvironmentServices {}
impl Endpoint for AddEnvironmentServices {
    const ID: &'static str = "add_environment_services";
}
impl MessageAnswer for AddEnvironmentServices {}
impl JsonBody for AddEnvironmentServices {
    type Body = crate::types::AddEnvironmentServicesRequest;
}
impl Expect<'_, AddEnvironmentServices> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `add_production_environment_services` endpoint (`POST /openapi/environments/production/service/yaml`, `Client::add_production_environment_services`): the type of its expectation, [`Expect<AddProductionEnvironmentServices>`](crate::Expect), which [`MockZadig::add_production_environment_services`] returns.
pub enum AddProductionEnvironmentServices {}
impl Sealed for AddProductionEnvironmentServices {}
impl Endpoint for AddProductionEnvironmentServices {
    const ID: &'static str = "add_production_environment_services";
}
impl MessageAnswer for AddProductionEnvironmentServices {}
impl JsonBody for AddProductionEnvironmentServices {
    type Body = crate::types::AddEnvironmentServicesRequest;
}
impl Expect<'_, AddProductionEnvironmentServices> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `add_helm_environment_services` endpoint (`POST /openapi/environments/helm/{name}/services`, `Client::add_helm_environment_services`): the type of its expectation, [`Expect<AddHelmEnvironmentServices>`](crate::Expect), which [`MockZadig::add_helm_environment_services`] returns.
pub enum AddHelmEnvironmentServices {}
impl Sealed for AddHelmEnvironmentServices {}
impl Endpoint for AddHelmEnvironmentServices {
    const ID: &'static str = "add_helm_environment_services";
}
impl JsonAnswer for AddHelmEnvironmentServices {
    type Response = Vec<crate::types::EnvUpdateStatus>;
}
impl JsonBody for AddHelmEnvironmentServices {
    type Body = crate::types::AddHelmServicesRequest;
}
impl Expect<'_, AddHelmEnvironmentServices> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
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
/// The `update_environment_services` endpoint (`PUT /openapi/environments/{name}/services`, `Client::update_environment_services`): the type of its expectation, [`Expect<UpdateEnvironmentServices>`](crate::Expect), which [`MockZadig::update_environment_services`] returns.
pub enum UpdateEnvironmentServices {}
impl Sealed for UpdateEnvironmentServices {}
impl Endpoint for UpdateEnvironmentServices {
    const ID: &'static str = "update_environment_services";
}
impl MessageAnswer for UpdateEnvironmentServices {}
impl JsonBody for UpdateEnvironmentServices {
    type Body = crate::types::UpdateEnvironmentServicesRequest;
}
impl Expect<'_, UpdateEnvironmentServices> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_production_environment_services` endpoint (`PUT /openapi/environments/production/{name}/services`, `Client::update_production_environment_services`): the type of its expectation, [`Expect<UpdateProductionEnvironmentServices>`](crate::Expect), which [`MockZadig::update_production_environment_services`] returns.
pub enum UpdateProductionEnvironmentServices {}
impl Sealed for UpdateProductionEnvironmentServices {}
impl Endpoint for UpdateProductionEnvironmentServices {
    const ID: &'static str = "update_production_environment_services";
}
impl MessageAnswer for UpdateProductionEnvironmentServices {}
impl JsonBody for UpdateProductionEnvironmentServices {
    type Body = crate::types::UpdateEnvironmentServicesRequest;
}
impl Expect<'_, UpdateProductionEnvironmentServices> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_environment_services` endpoint (`DELETE /openapi/environments/service/yaml`, `Client::delete_environment_services`): the type of its expectation, [`Expect<DeleteEnvironmentServices>`](crate::Expect), which [`MockZadig::delete_environment_services`] returns.
pub enum DeleteEnvironmentServices {}
impl Sealed for DeleteEnvironmentServices {}
impl Endpoint for DeleteEnvironmentServices {
    const ID: &'static str = "delete_environment_services";
}
impl MessageAnswer for DeleteEnvironmentServices {}
impl JsonBody for DeleteEnvironmentServices {
    type Body = crate::types::DeleteEnvironmentServicesRequest;
}
impl Expect<'_, DeleteEnvironmentServices> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_production_environment_services` endpoint (`DELETE /openapi/environments/production/service/yaml`, `Client::delete_production_environment_services`): the type of its expectation, [`Expect<DeleteProductionEnvironmentServices>`](crate::Expect), which [`MockZadig::delete_production_environment_services`] returns.
pub enum DeleteProductionEnvironmentServices {}
impl Sealed for DeleteProductionEnvironmentServices {}
impl Endpoint for DeleteProductionEnvironmentServices {
    const ID: &'static str = "delete_production_environment_services";
}
impl MessageAnswer for DeleteProductionEnvironmentServices {}
impl JsonBody for DeleteProductionEnvironmentServices {
    type Body = crate::types::DeleteEnvironmentServicesRequest;
}
impl Expect<'_, DeleteProductionEnvironmentServices> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_environment_global_variables` endpoint (`GET /openapi/environments/{name}/variable`, `Client::list_environment_global_variables`): the type of its expectation, [`Expect<ListEnvironmentGlobalVariables>`](crate::Expect), which [`MockZadig::list_environment_global_variables`] returns.
pub enum ListEnvironmentGlobalVariables {}
impl Sealed for ListEnvironmentGlobalVariables {}
impl Endpoint for ListEnvironmentGlobalVariables {
    const ID: &'static str = "list_environment_global_variables";
}
impl JsonAnswer for ListEnvironmentGlobalVariables {
    type Response = Vec<crate::types::GlobalVariableKV>;
}
impl Expect<'_, ListEnvironmentGlobalVariables> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_production_environment_global_variables` endpoint (`GET /openapi/environments/production/{name}/variable`, `Client::list_production_environment_global_variables`): the type of its expectation, [`Expect<ListProductionEnvironmentGlobalVariables>`](crate::Expect), which [`MockZadig::list_production_environment_global_variables`] returns.
pub enum ListProductionEnvironmentGlobalVariables {}
impl Sealed for ListProductionEnvironmentGlobalVariables {}
impl Endpoint for ListProductionEnvironmentGlobalVariables {
    const ID: &'static str = "list_production_environment_global_variables";
}
impl JsonAnswer for ListProductionEnvironmentGlobalVariables {
    type Response = Vec<crate::types::GlobalVariableKV>;
}
impl Expect<'_, ListProductionEnvironmentGlobalVariables> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_environment_global_variables` endpoint (`PUT /openapi/environments/{name}/variable`, `Client::update_environment_global_variables`): the type of its expectation, [`Expect<UpdateEnvironmentGlobalVariables>`](crate::Expect), which [`MockZadig::update_environment_global_variables`] returns.
pub enum UpdateEnvironmentGlobalVariables {}
impl Sealed for UpdateEnvironmentGlobalVariables {}
impl Endpoint for UpdateEnvironmentGlobalVariables {
    const ID: &'static str = "update_environment_global_variables";
}
impl MessageAnswer for UpdateEnvironmentGlobalVariables {}
impl JsonBody for UpdateEnvironmentGlobalVariables {
    type Body = crate::types::UpdateGlobalVariablesRequest;
}
impl Expect<'_, UpdateEnvironmentGlobalVariables> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_production_environment_global_variables` endpoint (`PUT /openapi/environments/production/{name}/variable`, `Client::update_production_environment_global_variables`): the type of its expectation, [`Expect<UpdateProductionEnvironmentGlobalVariables>`](crate::Expect), which [`MockZadig::update_production_environment_global_variables`] returns.
pub enum UpdateProductionEnvironmentGlobalVariables {}
impl Sealed for UpdateProductionEnvironmentGlobalVariables {}
impl Endpoint for UpdateProductionEnvironmentGlobalVariables {
    const ID: &'static str = "update_production_environment_global_variables";
}
impl MessageAnswer for UpdateProductionEnvironmentGlobalVariables {}
impl JsonBody for UpdateProductionEnvironmentGlobalVariables {
    type Body = crate::types::UpdateGlobalVariablesRequest;
}
impl Expect<'_, UpdateProductionEnvironmentGlobalVariables> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_env_config` endpoint (`POST /openapi/environments/{name}/envcfgs`, `Client::create_env_config`): the type of its expectation, [`Expect<CreateEnvConfig>`](crate::Expect), which [`MockZadig::create_env_config`] returns.
pub enum CreateEnvConfig {}
impl Sealed for CreateEnvConfig {}
impl Endpoint for CreateEnvConfig {
    const ID: &'static str = "create_env_config";
}
impl MessageAnswer for CreateEnvConfig {}
impl JsonBody for CreateEnvConfig {
    type Body = crate::types::CreateEnvConfigRequest;
}
impl Expect<'_, CreateEnvConfig> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_production_env_config` endpoint (`POST /openapi/environments/production/{name}/envcfgs`, `Client::create_production_env_config`): the type of its expectation, [`Expect<CreateProductionEnvConfig>`](crate::Expect), which [`MockZadig::create_production_env_config`] returns.
pub enum CreateProductionEnvConfig {}
impl Sealed for CreateProductionEnvConfig {}
impl Endpoint for CreateProductionEnvConfig {
    const ID: &'static str = "create_production_env_config";
}
impl MessageAnswer for CreateProductionEnvConfig {}
impl JsonBody for CreateProductionEnvConfig {
    type Body = crate::types::CreateEnvConfigRequest;
}
impl Expect<'_, CreateProductionEnvConfig> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_env_configs` endpoint (`GET /openapi/environments/{name}/envcfgs`, `Client::list_env_configs`): the type of its expectation, [`Expect<ListEnvConfigs>`](crate::Expect), which [`MockZadig::list_env_configs`] returns.
pub enum ListEnvConfigs {}
impl Sealed for ListEnvConfigs {}
impl Endpoint for ListEnvConfigs {
    const ID: &'static str = "list_env_configs";
}
impl JsonAnswer for ListEnvConfigs {
    type Response = Vec<crate::types::EnvConfigSummary>;
}
impl Expect<'_, ListEnvConfigs> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.match_query("type", &value)
    }
}
/// The `list_production_env_configs` endpoint (`GET /openapi/environments/production/{name}/envcfgs`, `Client::list_production_env_configs`): the type of its expectation, [`Expect<ListProductionEnvConfigs>`](crate::Expect), which [`MockZadig::list_production_env_configs`] returns.
pub enum ListProductionEnvConfigs {}
impl Sealed for ListProductionEnvConfigs {}
impl Endpoint for ListProductionEnvConfigs {
    const ID: &'static str = "list_production_env_configs";
}
impl JsonAnswer for ListProductionEnvConfigs {
    type Response = Vec<crate::types::EnvConfigSummary>;
}
impl Expect<'_, ListProductionEnvConfigs> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.match_query("type", &value)
    }
}
/// The `get_env_config` endpoint (`GET /openapi/environments/{name}/envcfg/{cfgName}`, `Client::get_env_config`): the type of its expectation, [`Expect<GetEnvConfig>`](crate::Expect), which [`MockZadig::get_env_config`] returns.
pub enum GetEnvConfig {}
impl Sealed for GetEnvConfig {}
impl Endpoint for GetEnvConfig {
    const ID: &'static str = "get_env_config";
}
impl JsonAnswer for GetEnvConfig {
    type Response = crate::types::EnvConfigDetail;
}
impl Expect<'_, GetEnvConfig> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("cfgName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.match_query("type", &value)
    }
}
/// The `get_production_env_config` endpoint (`GET /openapi/environments/production/{name}/envcfg/{cfgName}`, `Client::get_production_env_config`): the type of its expectation, [`Expect<GetProductionEnvConfig>`](crate::Expect), which [`MockZadig::get_production_env_config`] returns.
pub enum GetProductionEnvConfig {}
impl Sealed for GetProductionEnvConfig {}
impl Endpoint for GetProductionEnvConfig {
    const ID: &'static str = "get_production_env_config";
}
impl JsonAnswer for GetProductionEnvConfig {
    type Response = crate::types::EnvConfigDetail;
}
impl Expect<'_, GetProductionEnvConfig> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("cfgName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(self, value: impl Into<crate::types::EnvConfigType>) -> Self {
        let value: crate::types::EnvConfigType = value.into();
        self.match_query("type", &value)
    }
}
/// The `update_env_config` endpoint (`PUT /openapi/environments/envcfgs`, `Client::update_env_config`): the type of its expectation, [`Expect<UpdateEnvConfig>`](crate::Expect), which [`MockZadig::update_env_config`] returns.
pub enum UpdateEnvConfig {}
impl Sealed for UpdateEnvConfig {}
impl Endpoint for UpdateEnvConfig {
    const ID: &'static str = "update_env_config";
}
impl MessageAnswer for UpdateEnvConfig {}
impl JsonBody for UpdateEnvConfig {
    type Body = crate::types::UpdateEnvConfigRequest;
}
impl Expect<'_, UpdateEnvConfig> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `update_production_env_config` endpoint (`PUT /openapi/environments/production/envcfgs`, `Client::update_production_env_config`): the type of its expectation, [`Expect<UpdateProductionEnvConfig>`](crate::Expect), which [`MockZadig::update_production_env_config`] returns.
pub enum UpdateProductionEnvConfig {}
impl Sealed for UpdateProductionEnvConfig {}
impl Endpoint for UpdateProductionEnvConfig {
    const ID: &'static str = "update_production_env_config";
}
impl MessageAnswer for UpdateProductionEnvConfig {}
impl JsonBody for UpdateProductionEnvConfig {
    type Body = crate::types::UpdateEnvConfigRequest;
}
impl Expect<'_, UpdateProductionEnvConfig> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_env_config` endpoint (`DELETE /openapi/environments/{name}/envcfg/{cfgName}`, `Client::delete_env_config`): the type of its expectation, [`Expect<DeleteEnvConfig>`](crate::Expect), which [`MockZadig::delete_env_config`] returns.
pub enum DeleteEnvConfig {}
impl Sealed for DeleteEnvConfig {}
impl Endpoint for DeleteEnvConfig {
    const ID: &'static str = "delete_env_config";
}
impl MessageAnswer for DeleteEnvConfig {}
impl Expect<'_, DeleteEnvConfig> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("cfgName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("type", &value)
    }
}
/// The `delete_production_env_config` endpoint (`DELETE /openapi/environments/production/{name}/envcfg/{cfgName}`, `Client::delete_production_env_config`): the type of its expectation, [`Expect<DeleteProductionEnvConfig>`](crate::Expect), which [`MockZadig::delete_production_env_config`] returns.
pub enum DeleteProductionEnvConfig {}
impl Sealed for DeleteProductionEnvConfig {}
impl Endpoint for DeleteProductionEnvConfig {
    const ID: &'static str = "delete_production_env_config";
}
impl MessageAnswer for DeleteProductionEnvConfig {}
impl Expect<'_, DeleteProductionEnvConfig> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `cfgName` is `value`.
    pub fn cfg_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("cfgName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("type", &value)
    }
}
/// The `scale_workload` endpoint (`POST /openapi/environments/scale`, `Client::scale_workload`): the type of its expectation, [`Expect<ScaleWorkload>`](crate::Expect), which [`MockZadig::scale_workload`] returns.
pub enum ScaleWorkload {}
impl Sealed for ScaleWorkload {}
impl Endpoint for ScaleWorkload {
    const ID: &'static str = "scale_workload";
}
impl MessageAnswer for ScaleWorkload {}
impl JsonBody for ScaleWorkload {
    type Body = crate::types::ScaleWorkloadRequest;
}
/// The `restart_environment_service` endpoint (`POST /openapi/environments/{name}/service/{serviceName}/restart`, `Client::restart_environment_service`): the type of its expectation, [`Expect<RestartEnvironmentService>`](crate::Expect), which [`MockZadig::restart_environment_service`] returns.
pub enum RestartEnvironmentService {}
impl Sealed for RestartEnvironmentService {}
impl Endpoint for RestartEnvironmentService {
    const ID: &'static str = "restart_environment_service";
}
impl MessageAnswer for RestartEnvironmentService {}
impl Expect<'_, RestartEnvironmentService> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
/// The `restart_production_environment_service` endpoint (`POST /openapi/environments/production/{name}/service/{serviceName}/restart`, `Client::restart_production_environment_service`): the type of its expectation, [`Expect<RestartProductionEnvironmentService>`](crate::Expect), which [`MockZadig::restart_production_environment_service`] returns.
pub enum RestartProductionEnvironmentService {}
impl Sealed for RestartProductionEnvironmentService {}
impl Endpoint for RestartProductionEnvironmentService {
    const ID: &'static str = "restart_production_environment_service";
}
impl MessageAnswer for RestartProductionEnvironmentService {}
impl Expect<'_, RestartProductionEnvironmentService> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
/// The `list_environment_service_pods` endpoint (`GET /openapi/environments/{name}/service/{serviceName}/pods`, `Client::list_environment_service_pods`): the type of its expectation, [`Expect<ListEnvironmentServicePods>`](crate::Expect), which [`MockZadig::list_environment_service_pods`] returns.
pub enum ListEnvironmentServicePods {}
impl Sealed for ListEnvironmentServicePods {}
impl Endpoint for ListEnvironmentServicePods {
    const ID: &'static str = "list_environment_service_pods";
}
impl JsonAnswer for ListEnvironmentServicePods {
    type Response = crate::types::ServicePodList;
}
impl Expect<'_, ListEnvironmentServicePods> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
/// The `list_production_environment_service_pods` endpoint (`GET /openapi/environments/production/{name}/service/{serviceName}/pods`, `Client::list_production_environment_service_pods`): the type of its expectation, [`Expect<ListProductionEnvironmentServicePods>`](crate::Expect), which [`MockZadig::list_production_environment_service_pods`] returns.
pub enum ListProductionEnvironmentServicePods {}
impl Sealed for ListProductionEnvironmentServicePods {}
impl Endpoint for ListProductionEnvironmentServicePods {
    const ID: &'static str = "list_production_environment_service_pods";
}
impl JsonAnswer for ListProductionEnvironmentServicePods {
    type Response = crate::types::ServicePodList;
}
impl Expect<'_, ListProductionEnvironmentServicePods> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
/// The `restart_environment_service_pod` endpoint (`POST /openapi/environments/{name}/pod/{podName}/restart`, `Client::restart_environment_service_pod`): the type of its expectation, [`Expect<RestartEnvironmentServicePod>`](crate::Expect), which [`MockZadig::restart_environment_service_pod`] returns.
pub enum RestartEnvironmentServicePod {}
impl Sealed for RestartEnvironmentServicePod {}
impl Endpoint for RestartEnvironmentServicePod {
    const ID: &'static str = "restart_environment_service_pod";
}
impl JsonAnswer for RestartEnvironmentServicePod {
    type Response = crate::types::PodRestartResult;
}
impl Expect<'_, RestartEnvironmentServicePod> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `podName` is `value`.
    pub fn pod_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("podName", &value)
    }
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
/// The `restart_production_environment_service_pod` endpoint (`POST /openapi/environments/production/{name}/pod/{podName}/restart`, `Client::restart_production_environment_service_pod`): the type of its expectation, [`Expect<RestartProductionEnvironmentServicePod>`](crate::Expect), which [`MockZadig::restart_production_environment_service_pod`] returns.
pub enum RestartProductionEnvironmentServicePod {}
impl Sealed for RestartProductionEnvironmentServicePod {}
impl Endpoint for RestartProductionEnvironmentServicePod {
    const ID: &'static str = "restart_production_environment_service_pod";
}
impl JsonAnswer for RestartProductionEnvironmentServicePod {
    type Response = crate::types::PodRestartResult;
}
impl Expect<'_, RestartProductionEnvironmentServicePod> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `podName` is `value`.
    pub fn pod_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("podName", &value)
    }
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
/// The `update_deployment_image` endpoint (`POST /openapi/environments/image/deployment/{envName}`, `Client::update_deployment_image`): the type of its expectation, [`Expect<UpdateDeploymentImage>`](crate::Expect), which [`MockZadig::update_deployment_image`] returns.
pub enum UpdateDeploymentImage {}
impl Sealed for UpdateDeploymentImage {}
impl Endpoint for UpdateDeploymentImage {
    const ID: &'static str = "update_deployment_image";
}
impl MessageAnswer for UpdateDeploymentImage {}
impl JsonBody for UpdateDeploymentImage {
    type Body = crate::types::UpdateContainerImageRequest;
}
impl Expect<'_, UpdateDeploymentImage> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("envName", &value)
    }
}
/// The `update_statefulset_image` endpoint (`POST /openapi/environments/image/statefulset/{envName}`, `Client::update_statefulset_image`): the type of its expectation, [`Expect<UpdateStatefulsetImage>`](crate::Expect), which [`MockZadig::update_statefulset_image`] returns.
pub enum UpdateStatefulsetImage {}
impl Sealed for UpdateStatefulsetImage {}
impl Endpoint for UpdateStatefulsetImage {
    const ID: &'static str = "update_statefulset_image";
}
impl MessageAnswer for UpdateStatefulsetImage {}
impl JsonBody for UpdateStatefulsetImage {
    type Body = crate::types::UpdateContainerImageRequest;
}
impl Expect<'_, UpdateStatefulsetImage> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("envName", &value)
    }
}
/// The `update_cronjob_image` endpoint (`POST /openapi/environments/image/cronjob/{envName}`, `Client::update_cronjob_image`): the type of its expectation, [`Expect<UpdateCronjobImage>`](crate::Expect), which [`MockZadig::update_cronjob_image`] returns.
pub enum UpdateCronjobImage {}
impl Sealed for UpdateCronjobImage {}
impl Endpoint for UpdateCronjobImage {
    const ID: &'static str = "update_cronjob_image";
}
impl MessageAnswer for UpdateCronjobImage {}
impl JsonBody for UpdateCronjobImage {
    type Body = crate::types::UpdateContainerImageRequest;
}
impl Expect<'_, UpdateCronjobImage> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("envName", &value)
    }
}
/// The `update_job_image` endpoint (`POST /openapi/environments/image/job/{envName}`, `Client::update_job_image`): the type of its expectation, [`Expect<UpdateJobImage>`](crate::Expect), which [`MockZadig::update_job_image`] returns.
pub enum UpdateJobImage {}
impl Sealed for UpdateJobImage {}
impl Endpoint for UpdateJobImage {
    const ID: &'static str = "update_job_image";
}
impl MessageAnswer for UpdateJobImage {}
impl JsonBody for UpdateJobImage {
    type Body = crate::types::UpdateContainerImageRequest;
}
impl Expect<'_, UpdateJobImage> {
    /// Matches only calls whose path parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("envName", &value)
    }
}
/// The `list_environment_events` endpoint (`GET /openapi/environments/kube/events`, `Client::list_environment_events`): the type of its expectation, [`Expect<ListEnvironmentEvents>`](crate::Expect), which [`MockZadig::list_environment_events`] returns.
pub enum ListEnvironmentEvents {}
impl Sealed for ListEnvironmentEvents {}
impl Endpoint for ListEnvironmentEvents {
    const ID: &'static str = "list_environment_events";
}
impl JsonAnswer for ListEnvironmentEvents {
    type Response = Vec<crate::types::KubeEvent>;
}
impl Expect<'_, ListEnvironmentEvents> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `name` is `value`.
    pub fn name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("name", &value)
    }
    /// Matches only calls whose query parameter `type` is `value`.
    pub fn r#type(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("type", &value)
    }
    /// Matches only calls that do not send the query parameter `name`.
    pub fn without_name(self) -> Self {
        self.match_query_absent("name")
    }
    /// Matches only calls that do not send the query parameter `type`.
    pub fn without_type(self) -> Self {
        self.match_query_absent("type")
    }
}
/// The `check_workload_k8s_services` endpoint (`GET /openapi/environments/{name}/check/workloads/k8services`, `Client::check_workload_k8s_services`): the type of its expectation, [`Expect<CheckWorkloadK8sServices>`](crate::Expect), which [`MockZadig::check_workload_k8s_services`] returns.
pub enum CheckWorkloadK8sServices {}
impl Sealed for CheckWorkloadK8sServices {}
impl Endpoint for CheckWorkloadK8sServices {
    const ID: &'static str = "check_workload_k8s_services";
}
impl JsonAnswer for CheckWorkloadK8sServices {
    type Response = Vec<String>;
}
impl Expect<'_, CheckWorkloadK8sServices> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `enable_sub_environment` endpoint (`POST /openapi/environments/{name}/share/enable`, `Client::enable_sub_environment`): the type of its expectation, [`Expect<EnableSubEnvironment>`](crate::Expect), which [`MockZadig::enable_sub_environment`] returns.
pub enum EnableSubEnvironment {}
impl Sealed for EnableSubEnvironment {}
impl Endpoint for EnableSubEnvironment {
    const ID: &'static str = "enable_sub_environment";
}
impl MessageAnswer for EnableSubEnvironment {}
impl Expect<'_, EnableSubEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `disable_sub_environment` endpoint (`DELETE /openapi/environments/{name}/share/enable`, `Client::disable_sub_environment`): the type of its expectation, [`Expect<DisableSubEnvironment>`](crate::Expect), which [`MockZadig::disable_sub_environment`] returns.
pub enum DisableSubEnvironment {}
impl Sealed for DisableSubEnvironment {}
impl Endpoint for DisableSubEnvironment {
    const ID: &'static str = "disable_sub_environment";
}
impl MessageAnswer for DisableSubEnvironment {}
impl Expect<'_, DisableSubEnvironment> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `check_sub_environment_ready` endpoint (`GET /openapi/environments/{name}/check/sharenv/{op}/ready`, `Client::check_sub_environment_ready`): the type of its expectation, [`Expect<CheckSubEnvironmentReady>`](crate::Expect), which [`MockZadig::check_sub_environment_ready`] returns.
pub enum CheckSubEnvironmentReady {}
impl Sealed for CheckSubEnvironmentReady {}
impl Endpoint for CheckSubEnvironmentReady {
    const ID: &'static str = "check_sub_environment_ready";
}
impl JsonAnswer for CheckSubEnvironmentReady {
    type Response = crate::types::ShareEnvReadiness;
}
impl Expect<'_, CheckSubEnvironmentReady> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `op` is `value`.
    pub fn op(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("op", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `get_entry_service` endpoint (`GET /openapi/environments/{name}/share/portal/{serviceName}`, `Client::get_entry_service`): the type of its expectation, [`Expect<GetEntryService>`](crate::Expect), which [`MockZadig::get_entry_service`] returns.
pub enum GetEntryService {}
impl Sealed for GetEntryService {}
impl Endpoint for GetEntryService {
    const ID: &'static str = "get_entry_service";
}
impl MessageAnswer for GetEntryService {}
impl Expect<'_, GetEntryService> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
/// The `set_entry_service` endpoint (`POST /openapi/environments/{name}/share/portal/{serviceName}`, `Client::set_entry_service`): the type of its expectation, [`Expect<SetEntryService>`](crate::Expect), which [`MockZadig::set_entry_service`] returns.
pub enum SetEntryService {}
impl Sealed for SetEntryService {}
impl Endpoint for SetEntryService {
    const ID: &'static str = "set_entry_service";
}
impl MessageAnswer for SetEntryService {}
impl JsonBody for SetEntryService {
    type Body = Vec<crate::types::EntryServiceServer>;
}
impl Expect<'_, SetEntryService> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
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
/// The `stream_container_logs` endpoint (`GET /openapi/logs/sse/pods/{podName}/containers/{containerName}`, `Client::stream_container_logs`): the type of its expectation, [`Expect<StreamContainerLogs>`](crate::Expect), which [`MockZadig::stream_container_logs`] returns.
pub enum StreamContainerLogs {}
impl Sealed for StreamContainerLogs {}
impl Endpoint for StreamContainerLogs {
    const ID: &'static str = "stream_container_logs";
}
impl LinesAnswer for StreamContainerLogs {}
impl Expect<'_, StreamContainerLogs> {
    /// Matches only calls whose path parameter `podName` is `value`.
    pub fn pod_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("podName", &value)
    }
    /// Matches only calls whose path parameter `containerName` is `value`.
    pub fn container_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("containerName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `envName` is `value`.
    pub fn env_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("envName", &value)
    }
    /// Matches only calls whose query parameter `tails` is `value`.
    pub fn tails(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("tails", &value)
    }
    /// Matches only calls whose query parameter `since` is `value`.
    pub fn since(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("since", &value)
    }
    /// Matches only calls that do not send the query parameter `tails`.
    pub fn without_tails(self) -> Self {
        self.match_query_absent("tails")
    }
    /// Matches only calls that do not send the query parameter `since`.
    pub fn without_since(self) -> Self {
        self.match_query_absent("since")
    }
}
