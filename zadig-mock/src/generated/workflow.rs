// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Workflow endpoints.
#![allow(clippy::too_many_lines)]
use crate::endpoint::{
    Endpoint, JsonAnswer, JsonBody, LinesAnswer, MessageAnswer, PagedAnswer, TextAnswer,
    sealed::Sealed,
};
use crate::{Expect, MockZadig};
impl MockZadig {
    /// Expects `GET /openapi/workflows` calls (`list_workflows`): Lists the workflows of a project, optionally only those of one view
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_workflows(&self) -> Expect<'_, ListWorkflows> {
        self.expect()
    }
    /// Expects `GET /openapi/workflows/custom/{workflowKey}/detail` calls (`get_workflow`): Fetches the definition of one workflow as the OpenAPI shows it (parameters, stages, jobs, notifications)
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_workflow(&self) -> Expect<'_, GetWorkflow> {
        self.expect()
    }
    /// Expects `GET /openapi/workflows/custom/{workflowKey}/tasks` calls (`list_workflow_tasks`): Lists the runs (tasks) of one workflow, page by page
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_workflow_tasks(&self) -> Expect<'_, ListWorkflowTasks> {
        self.expect()
    }
    /// Expects `GET /openapi/workflows/custom/task` calls (`get_workflow_task`): Fetches one run of a workflow with its stages, jobs and approvals
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_workflow_task(&self) -> Expect<'_, GetWorkflowTask> {
        self.expect()
    }
    /// Expects `POST /openapi/workflows/custom/task` calls (`execute_workflow`): Starts a new run of a workflow with the given variables, job inputs and notifications
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn execute_workflow(&self) -> Expect<'_, ExecuteWorkflow> {
        self.expect()
    }
    /// Expects `DELETE /openapi/workflows/custom/task` calls (`cancel_workflow_task`): Stops a running workflow task
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn cancel_workflow_task(&self) -> Expect<'_, CancelWorkflowTask> {
        self.expect()
    }
    /// Expects `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}` calls (`retry_workflow_task`): Runs a finished (failed or cancelled) workflow task again
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn retry_workflow_task(&self) -> Expect<'_, RetryWorkflowTask> {
        self.expect()
    }
    /// Expects `POST /openapi/workflows/custom/task/approve` calls (`approve_workflow_task`): Approves or rejects a stage of a workflow task that waits for a Zadig (native) approval
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn approve_workflow_task(&self) -> Expect<'_, ApproveWorkflowTask> {
        self.expect()
    }
    /// Expects `PUT /openapi/workflows/custom/{name}/task/{taskID}` calls (`update_workflow_task_remark`): Sets the remark (free-text note) of one run of a workflow
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_workflow_task_remark(&self) -> Expect<'_, UpdateWorkflowTaskRemark> {
        self.expect()
    }
    /// Expects `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec` calls (`get_workflow_task_manual_exec`): Tells whether a run waits for a stage to be started by hand, and who may start it
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_workflow_task_manual_exec(
        &self,
    ) -> Expect<'_, GetWorkflowTaskManualExec> {
        self.expect()
    }
    /// Expects `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec` calls (`manual_exec_workflow_task`): Starts a stage of a run that waits to be started by hand
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn manual_exec_workflow_task(&self) -> Expect<'_, ManualExecWorkflowTask> {
        self.expect()
    }
    /// Expects `POST /api/aslan/workflow/v4` calls (`create_workflow`): Creates a custom workflow from a full definition
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_workflow(&self) -> Expect<'_, CreateWorkflow> {
        self.expect()
    }
    /// Expects `PUT /api/aslan/workflow/v4/{name}` calls (`update_workflow`): Replaces the definition of an existing custom workflow
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_workflow(&self) -> Expect<'_, UpdateWorkflow> {
        self.expect()
    }
    /// Expects `GET /api/aslan/workflow/v4/name/{name}` calls (`get_workflow_definition`): Reads the stored definition of a custom workflow, as YAML
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_workflow_definition(&self) -> Expect<'_, GetWorkflowDefinition> {
        self.expect()
    }
    /// Expects `POST /openapi/workflows/custom` calls (`create_custom_workflow`): Creates a custom workflow from a full definition, on the public API path
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_custom_workflow(&self) -> Expect<'_, CreateCustomWorkflow> {
        self.expect()
    }
    /// Expects `PUT /openapi/workflows/custom/{name}` calls (`update_custom_workflow`): Replaces the definition of an existing custom workflow, on the public API path
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_custom_workflow(&self) -> Expect<'_, UpdateCustomWorkflow> {
        self.expect()
    }
    /// Expects `DELETE /openapi/workflows/custom` calls (`delete_workflow`): Deletes a custom workflow
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_workflow(&self) -> Expect<'_, DeleteWorkflow> {
        self.expect()
    }
    /// Expects `GET /openapi/workflows/view` calls (`list_workflow_views`): Lists the workflow views of a project and the workflows each one groups
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_workflow_views(&self) -> Expect<'_, ListWorkflowViews> {
        self.expect()
    }
    /// Expects `POST /openapi/workflows/view` calls (`create_workflow_view`): Creates a named view that groups some workflows of a project
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_workflow_view(&self) -> Expect<'_, CreateWorkflowView> {
        self.expect()
    }
    /// Expects `PUT /openapi/workflows/view/{viewName}` calls (`update_workflow_view`): Adds workflows to, or removes them from, a workflow view
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn update_workflow_view(&self) -> Expect<'_, UpdateWorkflowView> {
        self.expect()
    }
    /// Expects `DELETE /openapi/workflows/view/{viewName}` calls (`delete_workflow_view`): Deletes a workflow view (the workflows themselves stay)
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_workflow_view(&self) -> Expect<'_, DeleteWorkflowView> {
        self.expect()
    }
    /// Expects `POST /openapi/ticket/approval` calls (`create_approval_ticket`): Registers an approval form from an external system that authorises later workflow runs
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn create_approval_ticket(&self) -> Expect<'_, CreateApprovalTicket> {
        self.expect()
    }
    /// Expects `GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}` calls (`stream_workflow_job_logs`): Follows the log of a running workflow job as a server-sent event stream
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn stream_workflow_job_logs(&self) -> Expect<'_, StreamWorkflowJobLogs> {
        self.expect()
    }
    /// Expects `GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}` calls (`get_workflow_job_logs`): Fetches the complete log of a finished workflow job as plain text
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_workflow_job_logs(&self) -> Expect<'_, GetWorkflowJobLogs> {
        self.expect()
    }
    /// Expects `POST /openapi/workflows/product/task` calls (`execute_product_workflow`): Runs a product workflow (the kind that predates custom workflows) with given builds or images
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn execute_product_workflow(&self) -> Expect<'_, ExecuteProductWorkflow> {
        self.expect()
    }
    /// Expects `GET /openapi/workflows/product/{name}/tasks` calls (`list_product_workflow_tasks`): Lists the runs of a product workflow, newest first, one page at a time
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn list_product_workflow_tasks(&self) -> Expect<'_, ListProductWorkflowTasks> {
        self.expect()
    }
    /// Expects `GET /openapi/workflows/product/{name}/task/{taskID}` calls (`get_product_workflow_task`): Reads the state of one run of a product workflow
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn get_product_workflow_task(&self) -> Expect<'_, GetProductWorkflowTask> {
        self.expect()
    }
    /// Expects `DELETE /openapi/workflows/product` calls (`delete_product_workflow`): Deletes a product workflow
    ///
    /// Set matchers on the returned expectation, then a responder.
    pub fn delete_product_workflow(&self) -> Expect<'_, DeleteProductWorkflow> {
        self.expect()
    }
}
/// The `list_workflows` endpoint (`GET /openapi/workflows`, `Client::list_workflows`): the type of its expectation, [`Expect<ListWorkflows>`](crate::Expect), which [`MockZadig::list_workflows`] returns.
pub enum ListWorkflows {}
impl Sealed for ListWorkflows {}
impl Endpoint for ListWorkflows {
    const ID: &'static str = "list_workflows";
}
impl JsonAnswer for ListWorkflows {
    type Response = crate::types::WorkflowList;
}
impl Expect<'_, ListWorkflows> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `viewName` is `value`.
    pub fn view_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("viewName", &value)
    }
    /// Matches only calls that do not send the query parameter `viewName`.
    pub fn without_view_name(self) -> Self {
        self.match_query_absent("viewName")
    }
}
/// The `get_workflow` endpoint (`GET /openapi/workflows/custom/{workflowKey}/detail`, `Client::get_workflow`): the type of its expectation, [`Expect<GetWorkflow>`](crate::Expect), which [`MockZadig::get_workflow`] returns.
pub enum GetWorkflow {}
impl Sealed for GetWorkflow {}
impl Endpoint for GetWorkflow {
    const ID: &'static str = "get_workflow";
}
impl JsonAnswer for GetWorkflow {
    type Response = crate::types::WorkflowDetail;
}
impl Expect<'_, GetWorkflow> {
    /// Matches only calls whose path parameter `workflowKey` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("workflowKey", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_workflow_tasks` endpoint (`GET /openapi/workflows/custom/{workflowKey}/tasks`, `Client::list_workflow_tasks`): the type of its expectation, [`Expect<ListWorkflowTasks>`](crate::Expect), which [`MockZadig::list_workflow_tasks`] returns.
pub enum ListWorkflowTasks {}
impl Sealed for ListWorkflowTasks {}
impl Endpoint for ListWorkflowTasks {
    const ID: &'static str = "list_workflow_tasks";
}
impl JsonAnswer for ListWorkflowTasks {
    type Response = crate::types::WorkflowTaskList;
}
impl PagedAnswer for ListWorkflowTasks {
    type Item = crate::types::WorkflowTaskSummary;
}
impl Expect<'_, ListWorkflowTasks> {
    /// Matches only calls whose path parameter `workflowKey` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("workflowKey", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
    /// Matches only calls that do not send the query parameter `pageNum`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("pageNum")
    }
    /// Matches only calls that do not send the query parameter `pageSize`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("pageSize")
    }
}
/// The `get_workflow_task` endpoint (`GET /openapi/workflows/custom/task`, `Client::get_workflow_task`): the type of its expectation, [`Expect<GetWorkflowTask>`](crate::Expect), which [`MockZadig::get_workflow_task`] returns.
pub enum GetWorkflowTask {}
impl Sealed for GetWorkflowTask {}
impl Endpoint for GetWorkflowTask {
    const ID: &'static str = "get_workflow_task";
}
impl JsonAnswer for GetWorkflowTask {
    type Response = crate::types::WorkflowTaskDetail;
}
impl Expect<'_, GetWorkflowTask> {
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("taskId", &value)
    }
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workflowKey", &value)
    }
}
/// The `execute_workflow` endpoint (`POST /openapi/workflows/custom/task`, `Client::execute_workflow`): the type of its expectation, [`Expect<ExecuteWorkflow>`](crate::Expect), which [`MockZadig::execute_workflow`] returns.
pub enum ExecuteWorkflow {}
impl Sealed for ExecuteWorkflow {}
impl Endpoint for ExecuteWorkflow {
    const ID: &'static str = "execute_workflow";
}
impl JsonAnswer for ExecuteWorkflow {
    type Response = crate::types::ExecuteWorkflowResponse;
}
impl JsonBody for ExecuteWorkflow {
    type Body = crate::types::ExecuteWorkflowRequest;
}
/// The `cancel_workflow_task` endpoint (`DELETE /openapi/workflows/custom/task`, `Client::cancel_workflow_task`): the type of its expectation, [`Expect<CancelWorkflowTask>`](crate::Expect), which [`MockZadig::cancel_workflow_task`] returns.
pub enum CancelWorkflowTask {}
impl Sealed for CancelWorkflowTask {}
impl Endpoint for CancelWorkflowTask {
    const ID: &'static str = "cancel_workflow_task";
}
impl MessageAnswer for CancelWorkflowTask {}
impl Expect<'_, CancelWorkflowTask> {
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("taskId", &value)
    }
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workflowKey", &value)
    }
}
/// The `retry_workflow_task` endpoint (`POST /openapi/workflows/custom/{workflowKey}/task/{taskID}`, `Client::retry_workflow_task`): the type of its expectation, [`Expect<RetryWorkflowTask>`](crate::Expect), which [`MockZadig::retry_workflow_task`] returns.
pub enum RetryWorkflowTask {}
impl Sealed for RetryWorkflowTask {}
impl Endpoint for RetryWorkflowTask {
    const ID: &'static str = "retry_workflow_task";
}
impl MessageAnswer for RetryWorkflowTask {}
impl Expect<'_, RetryWorkflowTask> {
    /// Matches only calls whose path parameter `workflowKey` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("workflowKey", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("taskID", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls that do not send the query parameter `projectKey`.
    pub fn without_project_key(self) -> Self {
        self.match_query_absent("projectKey")
    }
}
/// The `approve_workflow_task` endpoint (`POST /openapi/workflows/custom/task/approve`, `Client::approve_workflow_task`): the type of its expectation, [`Expect<ApproveWorkflowTask>`](crate::Expect), which [`MockZadig::approve_workflow_task`] returns.
pub enum ApproveWorkflowTask {}
impl Sealed for ApproveWorkflowTask {}
impl Endpoint for ApproveWorkflowTask {
    const ID: &'static str = "approve_workflow_task";
}
impl MessageAnswer for ApproveWorkflowTask {}
impl JsonBody for ApproveWorkflowTask {
    type Body = crate::types::ApproveWorkflowTaskRequest;
}
/// The `update_workflow_task_remark` endpoint (`PUT /openapi/workflows/custom/{name}/task/{taskID}`, `Client::update_workflow_task_remark`): the type of its expectation, [`Expect<UpdateWorkflowTaskRemark>`](crate::Expect), which [`MockZadig::update_workflow_task_remark`] returns.
pub enum UpdateWorkflowTaskRemark {}
impl Sealed for UpdateWorkflowTaskRemark {}
impl Endpoint for UpdateWorkflowTaskRemark {
    const ID: &'static str = "update_workflow_task_remark";
}
impl MessageAnswer for UpdateWorkflowTaskRemark {}
impl JsonBody for UpdateWorkflowTaskRemark {
    type Body = crate::types::UpdateWorkflowTaskRemarkRequest;
}
impl Expect<'_, UpdateWorkflowTaskRemark> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("taskID", &value)
    }
}
/// The `get_workflow_task_manual_exec` endpoint (`GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`, `Client::get_workflow_task_manual_exec`): the type of its expectation, [`Expect<GetWorkflowTaskManualExec>`](crate::Expect), which [`MockZadig::get_workflow_task_manual_exec`] returns.
pub enum GetWorkflowTaskManualExec {}
impl Sealed for GetWorkflowTaskManualExec {}
impl Endpoint for GetWorkflowTaskManualExec {
    const ID: &'static str = "get_workflow_task_manual_exec";
}
impl JsonAnswer for GetWorkflowTaskManualExec {
    type Response = crate::types::WorkflowTaskManualExecContext;
}
impl Expect<'_, GetWorkflowTaskManualExec> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("taskID", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `manual_exec_workflow_task` endpoint (`POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`, `Client::manual_exec_workflow_task`): the type of its expectation, [`Expect<ManualExecWorkflowTask>`](crate::Expect), which [`MockZadig::manual_exec_workflow_task`] returns.
pub enum ManualExecWorkflowTask {}
impl Sealed for ManualExecWorkflowTask {}
impl Endpoint for ManualExecWorkflowTask {
    const ID: &'static str = "manual_exec_workflow_task";
}
impl MessageAnswer for ManualExecWorkflowTask {}
impl JsonBody for ManualExecWorkflowTask {
    type Body = crate::types::ManualExecWorkflowTaskRequest;
}
impl Expect<'_, ManualExecWorkflowTask> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("taskID", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_workflow` endpoint (`POST /api/aslan/workflow/v4`, `Client::create_workflow`): the type of its expectation, [`Expect<CreateWorkflow>`](crate::Expect), which [`MockZadig::create_workflow`] returns.
pub enum CreateWorkflow {}
impl Sealed for CreateWorkflow {}
impl Endpoint for CreateWorkflow {
    const ID: &'static str = "create_workflow";
}
impl MessageAnswer for CreateWorkflow {}
impl JsonBody for CreateWorkflow {
    type Body = crate::types::WorkflowDefinition;
}
impl Expect<'_, CreateWorkflow> {
    /// Matches only calls whose query parameter `viewName` is `value`.
    pub fn view_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("viewName", &value)
    }
    /// Matches only calls that do not send the query parameter `viewName`.
    pub fn without_view_name(self) -> Self {
        self.match_query_absent("viewName")
    }
}
/// The `update_workflow` endpoint (`PUT /api/aslan/workflow/v4/{name}`, `Client::update_workflow`): the type of its expectation, [`Expect<UpdateWorkflow>`](crate::Expect), which [`MockZadig::update_workflow`] returns.
pub enum UpdateWorkflow {}
impl Sealed for UpdateWorkflow {}
impl Endpoint for UpdateWorkflow {
    const ID: &'static str = "update_workflow";
}
impl MessageAnswer for UpdateWorkflow {}
impl JsonBody for UpdateWorkflow {
    type Body = crate::types::WorkflowDefinition;
}
impl Expect<'_, UpdateWorkflow> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
}
/// The `get_workflow_definition` endpoint (`GET /api/aslan/workflow/v4/name/{name}`, `Client::get_workflow_definition`): the type of its expectation, [`Expect<GetWorkflowDefinition>`](crate::Expect), which [`MockZadig::get_workflow_definition`] returns.
pub enum GetWorkflowDefinition {}
impl Sealed for GetWorkflowDefinition {}
impl Endpoint for GetWorkflowDefinition {
    const ID: &'static str = "get_workflow_definition";
}
impl TextAnswer for GetWorkflowDefinition {}
impl Expect<'_, GetWorkflowDefinition> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `encryptedKey` is `value`.
    pub fn encrypted_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("encryptedKey", &value)
    }
    /// Matches only calls that do not send the query parameter `encryptedKey`.
    pub fn without_encrypted_key(self) -> Self {
        self.match_query_absent("encryptedKey")
    }
}
/// The `create_custom_workflow` endpoint (`POST /openapi/workflows/custom`, `Client::create_custom_workflow`): the type of its expectation, [`Expect<CreateCustomWorkflow>`](crate::Expect), which [`MockZadig::create_custom_workflow`] returns.
pub enum CreateCustomWorkflow {}
impl Sealed for CreateCustomWorkflow {}
impl Endpoint for CreateCustomWorkflow {
    const ID: &'static str = "create_custom_workflow";
}
impl MessageAnswer for CreateCustomWorkflow {}
impl JsonBody for CreateCustomWorkflow {
    type Body = crate::types::WorkflowDefinition;
}
impl Expect<'_, CreateCustomWorkflow> {
    /// Matches only calls whose query parameter `viewName` is `value`.
    pub fn view_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("viewName", &value)
    }
    /// Matches only calls that do not send the query parameter `viewName`.
    pub fn without_view_name(self) -> Self {
        self.match_query_absent("viewName")
    }
}
/// The `update_custom_workflow` endpoint (`PUT /openapi/workflows/custom/{name}`, `Client::update_custom_workflow`): the type of its expectation, [`Expect<UpdateCustomWorkflow>`](crate::Expect), which [`MockZadig::update_custom_workflow`] returns.
pub enum UpdateCustomWorkflow {}
impl Sealed for UpdateCustomWorkflow {}
impl Endpoint for UpdateCustomWorkflow {
    const ID: &'static str = "update_custom_workflow";
}
impl MessageAnswer for UpdateCustomWorkflow {}
impl JsonBody for UpdateCustomWorkflow {
    type Body = crate::types::WorkflowDefinition;
}
impl Expect<'_, UpdateCustomWorkflow> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
}
/// The `delete_workflow` endpoint (`DELETE /openapi/workflows/custom`, `Client::delete_workflow`): the type of its expectation, [`Expect<DeleteWorkflow>`](crate::Expect), which [`MockZadig::delete_workflow`] returns.
pub enum DeleteWorkflow {}
impl Sealed for DeleteWorkflow {}
impl Endpoint for DeleteWorkflow {
    const ID: &'static str = "delete_workflow";
}
impl MessageAnswer for DeleteWorkflow {}
impl Expect<'_, DeleteWorkflow> {
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workflowKey", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `list_workflow_views` endpoint (`GET /openapi/workflows/view`, `Client::list_workflow_views`): the type of its expectation, [`Expect<ListWorkflowViews>`](crate::Expect), which [`MockZadig::list_workflow_views`] returns.
pub enum ListWorkflowViews {}
impl Sealed for ListWorkflowViews {}
impl Endpoint for ListWorkflowViews {
    const ID: &'static str = "list_workflow_views";
}
impl JsonAnswer for ListWorkflowViews {
    type Response = Vec<crate::types::WorkflowView>;
}
impl Expect<'_, ListWorkflowViews> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_workflow_view` endpoint (`POST /openapi/workflows/view`, `Client::create_workflow_view`): the type of its expectation, [`Expect<CreateWorkflowView>`](crate::Expect), which [`MockZadig::create_workflow_view`] returns.
pub enum CreateWorkflowView {}
impl Sealed for CreateWorkflowView {}
impl Endpoint for CreateWorkflowView {
    const ID: &'static str = "create_workflow_view";
}
impl MessageAnswer for CreateWorkflowView {}
impl JsonBody for CreateWorkflowView {
    type Body = crate::types::CreateWorkflowViewRequest;
}
/// The `update_workflow_view` endpoint (`PUT /openapi/workflows/view/{viewName}`, `Client::update_workflow_view`): the type of its expectation, [`Expect<UpdateWorkflowView>`](crate::Expect), which [`MockZadig::update_workflow_view`] returns.
pub enum UpdateWorkflowView {}
impl Sealed for UpdateWorkflowView {}
impl Endpoint for UpdateWorkflowView {
    const ID: &'static str = "update_workflow_view";
}
impl MessageAnswer for UpdateWorkflowView {}
impl JsonBody for UpdateWorkflowView {
    type Body = crate::types::UpdateWorkflowViewRequest;
}
impl Expect<'_, UpdateWorkflowView> {
    /// Matches only calls whose path parameter `viewName` is `value`.
    pub fn view_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("viewName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_workflow_view` endpoint (`DELETE /openapi/workflows/view/{viewName}`, `Client::delete_workflow_view`): the type of its expectation, [`Expect<DeleteWorkflowView>`](crate::Expect), which [`MockZadig::delete_workflow_view`] returns.
pub enum DeleteWorkflowView {}
impl Sealed for DeleteWorkflowView {}
impl Endpoint for DeleteWorkflowView {
    const ID: &'static str = "delete_workflow_view";
}
impl MessageAnswer for DeleteWorkflowView {}
impl Expect<'_, DeleteWorkflowView> {
    /// Matches only calls whose path parameter `viewName` is `value`.
    pub fn view_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("viewName", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `create_approval_ticket` endpoint (`POST /openapi/ticket/approval`, `Client::create_approval_ticket`): the type of its expectation, [`Expect<CreateApprovalTicket>`](crate::Expect), which [`MockZadig::create_approval_ticket`] returns.
pub enum CreateApprovalTicket {}
impl Sealed for CreateApprovalTicket {}
impl Endpoint for CreateApprovalTicket {
    const ID: &'static str = "create_approval_ticket";
}
impl MessageAnswer for CreateApprovalTicket {}
impl JsonBody for CreateApprovalTicket {
    type Body = crate::types::CreateApprovalTicketRequest;
}
/// The `stream_workflow_job_logs` endpoint (`GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}`, `Client::stream_workflow_job_logs`): the type of its expectation, [`Expect<StreamWorkflowJobLogs>`](crate::Expect), which [`MockZadig::stream_workflow_job_logs`] returns.
pub enum StreamWorkflowJobLogs {}
impl Sealed for StreamWorkflowJobLogs {}
impl Endpoint for StreamWorkflowJobLogs {
    const ID: &'static str = "stream_workflow_job_logs";
}
impl LinesAnswer for StreamWorkflowJobLogs {}
impl Expect<'_, StreamWorkflowJobLogs> {
    /// Matches only calls whose path parameter `workflowName` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("workflowName", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("taskID", &value)
    }
    /// Matches only calls whose path parameter `jobName` is `value`.
    pub fn job_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("jobName", &value)
    }
    /// Matches only calls whose path parameter `lines` is `value`.
    pub fn lines(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("lines", &value)
    }
}
/// The `get_workflow_job_logs` endpoint (`GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}`, `Client::get_workflow_job_logs`): the type of its expectation, [`Expect<GetWorkflowJobLogs>`](crate::Expect), which [`MockZadig::get_workflow_job_logs`] returns.
pub enum GetWorkflowJobLogs {}
impl Sealed for GetWorkflowJobLogs {}
impl Endpoint for GetWorkflowJobLogs {
    const ID: &'static str = "get_workflow_job_logs";
}
impl TextAnswer for GetWorkflowJobLogs {}
impl Expect<'_, GetWorkflowJobLogs> {
    /// Matches only calls whose path parameter `workflowName` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("workflowName", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("taskID", &value)
    }
    /// Matches only calls whose path parameter `jobName` is `value`.
    pub fn job_name(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("jobName", &value)
    }
}
/// The `execute_product_workflow` endpoint (`POST /openapi/workflows/product/task`, `Client::execute_product_workflow`): the type of its expectation, [`Expect<ExecuteProductWorkflow>`](crate::Expect), which [`MockZadig::execute_product_workflow`] returns.
pub enum ExecuteProductWorkflow {}
impl Sealed for ExecuteProductWorkflow {}
impl Endpoint for ExecuteProductWorkflow {
    const ID: &'static str = "execute_product_workflow";
}
impl JsonAnswer for ExecuteProductWorkflow {
    type Response = crate::types::ProductWorkflowTaskCreated;
}
impl JsonBody for ExecuteProductWorkflow {
    type Body = crate::types::ExecuteProductWorkflowRequest;
}
/// The `list_product_workflow_tasks` endpoint (`GET /openapi/workflows/product/{name}/tasks`, `Client::list_product_workflow_tasks`): the type of its expectation, [`Expect<ListProductWorkflowTasks>`](crate::Expect), which [`MockZadig::list_product_workflow_tasks`] returns.
pub enum ListProductWorkflowTasks {}
impl Sealed for ListProductWorkflowTasks {}
impl Endpoint for ListProductWorkflowTasks {
    const ID: &'static str = "list_product_workflow_tasks";
}
impl JsonAnswer for ListProductWorkflowTasks {
    type Response = Vec<crate::types::ProductWorkflowTaskBrief>;
}
impl Expect<'_, ListProductWorkflowTasks> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageNum", &value)
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_query("pageSize", &value)
    }
    /// Matches only calls that do not send the query parameter `pageNum`.
    pub fn without_page_num(self) -> Self {
        self.match_query_absent("pageNum")
    }
    /// Matches only calls that do not send the query parameter `pageSize`.
    pub fn without_page_size(self) -> Self {
        self.match_query_absent("pageSize")
    }
}
/// The `get_product_workflow_task` endpoint (`GET /openapi/workflows/product/{name}/task/{taskID}`, `Client::get_product_workflow_task`): the type of its expectation, [`Expect<GetProductWorkflowTask>`](crate::Expect), which [`MockZadig::get_product_workflow_task`] returns.
pub enum GetProductWorkflowTask {}
impl Sealed for GetProductWorkflowTask {}
impl Endpoint for GetProductWorkflowTask {
    const ID: &'static str = "get_product_workflow_task";
}
impl JsonAnswer for GetProductWorkflowTask {
    type Response = crate::types::ProductWorkflowTaskDetail;
}
impl Expect<'_, GetProductWorkflowTask> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_path("name", &value)
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(self, value: i64) -> Self {
        let value: i64 = value;
        self.match_path("taskID", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
/// The `delete_product_workflow` endpoint (`DELETE /openapi/workflows/product`, `Client::delete_product_workflow`): the type of its expectation, [`Expect<DeleteProductWorkflow>`](crate::Expect), which [`MockZadig::delete_product_workflow`] returns.
pub enum DeleteProductWorkflow {}
impl Sealed for DeleteProductWorkflow {}
impl Endpoint for DeleteProductWorkflow {
    const ID: &'static str = "delete_product_workflow";
}
impl MessageAnswer for DeleteProductWorkflow {}
impl Expect<'_, DeleteProductWorkflow> {
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("workflowKey", &value)
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.match_query("projectKey", &value)
    }
}
