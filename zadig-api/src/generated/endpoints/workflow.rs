// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The endpoints of the Workflow API.
use crate::call::Endpoint;
use crate::runtime::{Request, Route};
/// The parameters of [`Client::list_workflows`](crate::Client::list_workflows), with its route.
#[derive(Debug, Clone)]
pub struct ListWorkflows {
    pub(crate) project_key: String,
    pub(crate) view_name: Option<String>,
}
static LIST_WORKFLOWS: Route = Route::new(
    "list_workflows",
    reqwest::Method::GET,
    "/openapi/workflows",
    &["projectKey", "viewName"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListWorkflows {
    type Answer = crate::call::Json<crate::types::WorkflowList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_WORKFLOWS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("projectKey", &self.project_key);
        request.query_opt("viewName", &self.view_name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_workflow`](crate::Client::get_workflow), with its route.
#[derive(Debug, Clone)]
pub struct GetWorkflow {
    pub(crate) project_key: String,
    pub(crate) workflow_key: String,
}
static GET_WORKFLOW: Route = Route::new(
    "get_workflow",
    reqwest::Method::GET,
    "/openapi/workflows/custom/{workflowKey}/detail",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetWorkflow {
    type Answer = crate::call::Json<crate::types::WorkflowDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_WORKFLOW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("workflowKey", &self.workflow_key);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_workflow_tasks`](crate::Client::list_workflow_tasks), with its route.
#[derive(Debug, Clone)]
pub struct ListWorkflowTasks {
    pub(crate) workflow_key: String,
    pub(crate) project_key: Option<String>,
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
}
static LIST_WORKFLOW_TASKS: Route = Route::new(
    "list_workflow_tasks",
    reqwest::Method::GET,
    "/openapi/workflows/custom/{workflowKey}/tasks",
    &["projectKey", "pageNum", "pageSize"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListWorkflowTasks {
    type Answer = crate::call::Json<crate::types::WorkflowTaskList>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_WORKFLOW_TASKS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("workflowKey", &self.workflow_key);
        request.query_opt("projectKey", &self.project_key);
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
impl crate::call::Paged for ListWorkflowTasks {
    type Item = crate::types::WorkflowTaskSummary;
    #[inline]
    fn paging(&self) -> (i64, i64) {
        (self.page_num.unwrap_or(1), self.page_size.unwrap_or(10i64))
    }
    #[inline]
    fn set_page(&mut self, page: i64) {
        self.page_num = Some(page);
    }
    #[inline]
    fn page(
        answer: crate::types::WorkflowTaskList,
    ) -> crate::runtime::pagination::Page<crate::types::WorkflowTaskSummary> {
        crate::runtime::pagination::Page {
            total: answer.total,
            items: answer.workflow_tasks,
        }
    }
}
/// The parameters of [`Client::get_workflow_task`](crate::Client::get_workflow_task), with its route.
#[derive(Debug, Clone)]
pub struct GetWorkflowTask {
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
}
static GET_WORKFLOW_TASK: Route = Route::new(
    "get_workflow_task",
    reqwest::Method::GET,
    "/openapi/workflows/custom/task",
    &["taskId", "workflowKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetWorkflowTask {
    type Answer = crate::call::Json<crate::types::WorkflowTaskDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_WORKFLOW_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("taskId", &self.task_id);
        request.query("workflowKey", &self.workflow_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::execute_workflow`](crate::Client::execute_workflow), with its route.
#[derive(Debug, Clone)]
pub struct ExecuteWorkflow {
    pub(crate) body: crate::types::ExecuteWorkflowRequest,
}
static EXECUTE_WORKFLOW: Route = Route::new(
    "execute_workflow",
    reqwest::Method::POST,
    "/openapi/workflows/custom/task",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for ExecuteWorkflow {
    type Answer = crate::call::Json<crate::types::ExecuteWorkflowResponse>;
    type Body = crate::types::ExecuteWorkflowRequest;
    #[inline]
    fn route() -> &'static Route {
        &EXECUTE_WORKFLOW
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ExecuteWorkflowRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::cancel_workflow_task`](crate::Client::cancel_workflow_task), with its route.
#[derive(Debug, Clone)]
pub struct CancelWorkflowTask {
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
}
static CANCEL_WORKFLOW_TASK: Route = Route::new(
    "cancel_workflow_task",
    reqwest::Method::DELETE,
    "/openapi/workflows/custom/task",
    &["taskId", "workflowKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for CancelWorkflowTask {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &CANCEL_WORKFLOW_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("taskId", &self.task_id);
        request.query("workflowKey", &self.workflow_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::retry_workflow_task`](crate::Client::retry_workflow_task), with its route.
#[derive(Debug, Clone)]
pub struct RetryWorkflowTask {
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
    pub(crate) project_key: Option<String>,
}
static RETRY_WORKFLOW_TASK: Route = Route::new(
    "retry_workflow_task",
    reqwest::Method::POST,
    "/openapi/workflows/custom/{workflowKey}/task/{taskID}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for RetryWorkflowTask {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &RETRY_WORKFLOW_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("workflowKey", &self.workflow_key);
        request.path_value("taskID", &self.task_id);
        request.query_opt("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::approve_workflow_task`](crate::Client::approve_workflow_task), with its route.
#[derive(Debug, Clone)]
pub struct ApproveWorkflowTask {
    pub(crate) body: crate::types::ApproveWorkflowTaskRequest,
}
static APPROVE_WORKFLOW_TASK: Route = Route::new(
    "approve_workflow_task",
    reqwest::Method::POST,
    "/openapi/workflows/custom/task/approve",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for ApproveWorkflowTask {
    type Answer = crate::call::Message;
    type Body = crate::types::ApproveWorkflowTaskRequest;
    #[inline]
    fn route() -> &'static Route {
        &APPROVE_WORKFLOW_TASK
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ApproveWorkflowTaskRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_workflow_task_remark`](crate::Client::update_workflow_task_remark), with its route.
#[derive(Debug, Clone)]
pub struct UpdateWorkflowTaskRemark {
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
    pub(crate) body: crate::types::UpdateWorkflowTaskRemarkRequest,
}
static UPDATE_WORKFLOW_TASK_REMARK: Route = Route::new(
    "update_workflow_task_remark",
    reqwest::Method::PUT,
    "/openapi/workflows/custom/{name}/task/{taskID}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateWorkflowTaskRemark {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateWorkflowTaskRemarkRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_WORKFLOW_TASK_REMARK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
        request.path_value("taskID", &self.task_id);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateWorkflowTaskRemarkRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::get_workflow_task_manual_exec`](crate::Client::get_workflow_task_manual_exec), with its route.
#[derive(Debug, Clone)]
pub struct GetWorkflowTaskManualExec {
    pub(crate) project_key: String,
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
}
static GET_WORKFLOW_TASK_MANUAL_EXEC: Route = Route::new(
    "get_workflow_task_manual_exec",
    reqwest::Method::GET,
    "/openapi/workflows/custom/{name}/task/{taskID}/manual-exec",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V5_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for GetWorkflowTaskManualExec {
    type Answer = crate::call::Json<crate::types::WorkflowTaskManualExecContext>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_WORKFLOW_TASK_MANUAL_EXEC
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
        request.path_value("taskID", &self.task_id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::manual_exec_workflow_task`](crate::Client::manual_exec_workflow_task), with its route.
#[derive(Debug, Clone)]
pub struct ManualExecWorkflowTask {
    pub(crate) project_key: String,
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
    pub(crate) body: crate::types::ManualExecWorkflowTaskRequest,
}
static MANUAL_EXEC_WORKFLOW_TASK: Route = Route::new(
    "manual_exec_workflow_task",
    reqwest::Method::POST,
    "/openapi/workflows/custom/{name}/task/{taskID}/manual-exec",
    &["projectKey"],
    crate::release::Availability {
        since: Some(crate::Release::V5_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for ManualExecWorkflowTask {
    type Answer = crate::call::Message;
    type Body = crate::types::ManualExecWorkflowTaskRequest;
    #[inline]
    fn route() -> &'static Route {
        &MANUAL_EXEC_WORKFLOW_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
        request.path_value("taskID", &self.task_id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::ManualExecWorkflowTaskRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::create_workflow`](crate::Client::create_workflow), with its route.
#[derive(Debug, Clone)]
pub struct CreateWorkflow {
    pub(crate) body: crate::types::WorkflowDefinition,
    pub(crate) view_name: Option<String>,
}
static CREATE_WORKFLOW: Route = Route::new(
    "create_workflow",
    reqwest::Method::POST,
    "/api/aslan/workflow/v4",
    &["viewName"],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateWorkflow {
    type Answer = crate::call::Message;
    type Body = crate::types::WorkflowDefinition;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_WORKFLOW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("viewName", &self.view_name);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::WorkflowDefinition> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_workflow`](crate::Client::update_workflow), with its route.
#[derive(Debug, Clone)]
pub struct UpdateWorkflow {
    pub(crate) workflow_key: String,
    pub(crate) body: crate::types::WorkflowDefinition,
}
static UPDATE_WORKFLOW: Route = Route::new(
    "update_workflow",
    reqwest::Method::PUT,
    "/api/aslan/workflow/v4/{name}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateWorkflow {
    type Answer = crate::call::Message;
    type Body = crate::types::WorkflowDefinition;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_WORKFLOW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::WorkflowDefinition> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::get_workflow_definition`](crate::Client::get_workflow_definition), with its route.
#[derive(Debug, Clone)]
pub struct GetWorkflowDefinition {
    pub(crate) workflow_key: String,
    pub(crate) encrypted_key: Option<String>,
}
static GET_WORKFLOW_DEFINITION: Route = Route::new(
    "get_workflow_definition",
    reqwest::Method::GET,
    "/api/aslan/workflow/v4/name/{name}",
    &["encryptedKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for GetWorkflowDefinition {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_WORKFLOW_DEFINITION
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
        request.query_opt("encryptedKey", &self.encrypted_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_custom_workflow`](crate::Client::create_custom_workflow), with its route.
#[derive(Debug, Clone)]
pub struct CreateCustomWorkflow {
    pub(crate) body: crate::types::WorkflowDefinition,
    pub(crate) view_name: Option<String>,
}
static CREATE_CUSTOM_WORKFLOW: Route = Route::new(
    "create_custom_workflow",
    reqwest::Method::POST,
    "/openapi/workflows/custom",
    &["viewName"],
    crate::release::Availability {
        since: Some(crate::Release::V5_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for CreateCustomWorkflow {
    type Answer = crate::call::Message;
    type Body = crate::types::WorkflowDefinition;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_CUSTOM_WORKFLOW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query_opt("viewName", &self.view_name);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::WorkflowDefinition> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_custom_workflow`](crate::Client::update_custom_workflow), with its route.
#[derive(Debug, Clone)]
pub struct UpdateCustomWorkflow {
    pub(crate) workflow_key: String,
    pub(crate) body: crate::types::WorkflowDefinition,
}
static UPDATE_CUSTOM_WORKFLOW: Route = Route::new(
    "update_custom_workflow",
    reqwest::Method::PUT,
    "/openapi/workflows/custom/{name}",
    &[],
    crate::release::Availability {
        since: Some(crate::Release::V5_0_0),
        until: None,
        older_paths: &[],
    },
);
impl Endpoint for UpdateCustomWorkflow {
    type Answer = crate::call::Message;
    type Body = crate::types::WorkflowDefinition;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_CUSTOM_WORKFLOW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::WorkflowDefinition> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_workflow`](crate::Client::delete_workflow), with its route.
#[derive(Debug, Clone)]
pub struct DeleteWorkflow {
    pub(crate) project_key: String,
    pub(crate) workflow_key: String,
}
static DELETE_WORKFLOW: Route = Route::new(
    "delete_workflow",
    reqwest::Method::DELETE,
    "/openapi/workflows/custom",
    &["workflowKey", "projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteWorkflow {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_WORKFLOW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("workflowKey", &self.workflow_key);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::list_workflow_views`](crate::Client::list_workflow_views), with its route.
#[derive(Debug, Clone)]
pub struct ListWorkflowViews {
    pub(crate) project_key: String,
}
static LIST_WORKFLOW_VIEWS: Route = Route::new(
    "list_workflow_views",
    reqwest::Method::GET,
    "/openapi/workflows/view",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for ListWorkflowViews {
    type Answer = crate::call::Json<Vec<crate::types::WorkflowView>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_WORKFLOW_VIEWS
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
/// The parameters of [`Client::create_workflow_view`](crate::Client::create_workflow_view), with its route.
#[derive(Debug, Clone)]
pub struct CreateWorkflowView {
    pub(crate) body: crate::types::CreateWorkflowViewRequest,
}
static CREATE_WORKFLOW_VIEW: Route = Route::new(
    "create_workflow_view",
    reqwest::Method::POST,
    "/openapi/workflows/view",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateWorkflowView {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateWorkflowViewRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_WORKFLOW_VIEW
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateWorkflowViewRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::update_workflow_view`](crate::Client::update_workflow_view), with its route.
#[derive(Debug, Clone)]
pub struct UpdateWorkflowView {
    pub(crate) project_key: String,
    pub(crate) view_name: String,
    pub(crate) body: crate::types::UpdateWorkflowViewRequest,
}
static UPDATE_WORKFLOW_VIEW: Route = Route::new(
    "update_workflow_view",
    reqwest::Method::PUT,
    "/openapi/workflows/view/{viewName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for UpdateWorkflowView {
    type Answer = crate::call::Message;
    type Body = crate::types::UpdateWorkflowViewRequest;
    #[inline]
    fn route() -> &'static Route {
        &UPDATE_WORKFLOW_VIEW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("viewName", &self.view_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&crate::types::UpdateWorkflowViewRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::delete_workflow_view`](crate::Client::delete_workflow_view), with its route.
#[derive(Debug, Clone)]
pub struct DeleteWorkflowView {
    pub(crate) project_key: String,
    pub(crate) view_name: String,
}
static DELETE_WORKFLOW_VIEW: Route = Route::new(
    "delete_workflow_view",
    reqwest::Method::DELETE,
    "/openapi/workflows/view/{viewName}",
    &["projectKey"],
    crate::release::Availability::ALL,
);
impl Endpoint for DeleteWorkflowView {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_WORKFLOW_VIEW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("viewName", &self.view_name);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::create_approval_ticket`](crate::Client::create_approval_ticket), with its route.
#[derive(Debug, Clone)]
pub struct CreateApprovalTicket {
    pub(crate) body: crate::types::CreateApprovalTicketRequest,
}
static CREATE_APPROVAL_TICKET: Route = Route::new(
    "create_approval_ticket",
    reqwest::Method::POST,
    "/openapi/ticket/approval",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for CreateApprovalTicket {
    type Answer = crate::call::Message;
    type Body = crate::types::CreateApprovalTicketRequest;
    #[inline]
    fn route() -> &'static Route {
        &CREATE_APPROVAL_TICKET
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::CreateApprovalTicketRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::stream_workflow_job_logs`](crate::Client::stream_workflow_job_logs), with its route.
#[derive(Debug, Clone)]
pub struct StreamWorkflowJobLogs {
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
    pub(crate) job_name: String,
    pub(crate) lines: i64,
}
static STREAM_WORKFLOW_JOB_LOGS: Route = Route::new(
    "stream_workflow_job_logs",
    reqwest::Method::GET,
    "/openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for StreamWorkflowJobLogs {
    type Answer = crate::call::Events;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &STREAM_WORKFLOW_JOB_LOGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("workflowName", &self.workflow_key);
        request.path_value("taskID", &self.task_id);
        request.path_param("jobName", &self.job_name);
        request.path_value("lines", &self.lines);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_workflow_job_logs`](crate::Client::get_workflow_job_logs), with its route.
#[derive(Debug, Clone)]
pub struct GetWorkflowJobLogs {
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
    pub(crate) job_name: String,
}
static GET_WORKFLOW_JOB_LOGS: Route = Route::new(
    "get_workflow_job_logs",
    reqwest::Method::GET,
    "/openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}",
    &[],
    crate::release::Availability::ALL,
);
impl Endpoint for GetWorkflowJobLogs {
    type Answer = crate::call::Text;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_WORKFLOW_JOB_LOGS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("workflowName", &self.workflow_key);
        request.path_value("taskID", &self.task_id);
        request.path_param("jobName", &self.job_name);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::execute_product_workflow`](crate::Client::execute_product_workflow), with its route.
#[derive(Debug, Clone)]
pub struct ExecuteProductWorkflow {
    pub(crate) body: crate::types::ExecuteProductWorkflowRequest,
}
static EXECUTE_PRODUCT_WORKFLOW: Route = Route::new(
    "execute_product_workflow",
    reqwest::Method::POST,
    "/openapi/workflows/product/task",
    &[],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_0),
        older_paths: &[],
    },
);
impl Endpoint for ExecuteProductWorkflow {
    type Answer = crate::call::Json<crate::types::ProductWorkflowTaskCreated>;
    type Body = crate::types::ExecuteProductWorkflowRequest;
    #[inline]
    fn route() -> &'static Route {
        &EXECUTE_PRODUCT_WORKFLOW
    }
    #[inline]
    fn write(&self, _request: &mut Request) {}
    #[inline]
    fn body(&self) -> Option<&crate::types::ExecuteProductWorkflowRequest> {
        Some(&self.body)
    }
}
/// The parameters of [`Client::list_product_workflow_tasks`](crate::Client::list_product_workflow_tasks), with its route.
#[derive(Debug, Clone)]
pub struct ListProductWorkflowTasks {
    pub(crate) project_key: String,
    pub(crate) workflow_key: String,
    pub(crate) page_num: Option<i64>,
    pub(crate) page_size: Option<i64>,
}
static LIST_PRODUCT_WORKFLOW_TASKS: Route = Route::new(
    "list_product_workflow_tasks",
    reqwest::Method::GET,
    "/openapi/workflows/product/{name}/tasks",
    &["projectKey", "pageNum", "pageSize"],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_0),
        older_paths: &[],
    },
);
impl Endpoint for ListProductWorkflowTasks {
    type Answer = crate::call::Json<Vec<crate::types::ProductWorkflowTaskBrief>>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &LIST_PRODUCT_WORKFLOW_TASKS
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
        request.query("projectKey", &self.project_key);
        request.query_opt("pageNum", &self.page_num);
        request.query_opt("pageSize", &self.page_size);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::get_product_workflow_task`](crate::Client::get_product_workflow_task), with its route.
#[derive(Debug, Clone)]
pub struct GetProductWorkflowTask {
    pub(crate) project_key: String,
    pub(crate) workflow_key: String,
    pub(crate) task_id: i64,
}
static GET_PRODUCT_WORKFLOW_TASK: Route = Route::new(
    "get_product_workflow_task",
    reqwest::Method::GET,
    "/openapi/workflows/product/{name}/task/{taskID}",
    &["projectKey"],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_0),
        older_paths: &[],
    },
);
impl Endpoint for GetProductWorkflowTask {
    type Answer = crate::call::Json<crate::types::ProductWorkflowTaskDetail>;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &GET_PRODUCT_WORKFLOW_TASK
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.path_param("name", &self.workflow_key);
        request.path_value("taskID", &self.task_id);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
/// The parameters of [`Client::delete_product_workflow`](crate::Client::delete_product_workflow), with its route.
#[derive(Debug, Clone)]
pub struct DeleteProductWorkflow {
    pub(crate) project_key: String,
    pub(crate) workflow_key: String,
}
static DELETE_PRODUCT_WORKFLOW: Route = Route::new(
    "delete_product_workflow",
    reqwest::Method::DELETE,
    "/openapi/workflows/product",
    &["workflowKey", "projectKey"],
    crate::release::Availability {
        since: None,
        until: Some(crate::Release::V3_4_0),
        older_paths: &[],
    },
);
impl Endpoint for DeleteProductWorkflow {
    type Answer = crate::call::Message;
    type Body = ();
    #[inline]
    fn route() -> &'static Route {
        &DELETE_PRODUCT_WORKFLOW
    }
    #[inline]
    fn write(&self, request: &mut Request) {
        request.query("workflowKey", &self.workflow_key);
        request.query("projectKey", &self.project_key);
    }
    #[inline]
    fn body(&self) -> Option<&()> {
        None
    }
}
