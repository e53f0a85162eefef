// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//!Expectations for the Workflow endpoints.
#![allow(clippy::too_many_lines)]
use crate::{Expectation, MockZadig, Mounted};
impl MockZadig {
    /// Expects `GET /openapi/workflows` calls (`list_workflows`): Lists the workflows of a project, optionally only those of one view
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_workflows(&self) -> ListWorkflows<'_> {
        ListWorkflows {
            expectation: self.expect("list_workflows"),
        }
    }
}
/// An expected `GET /openapi/workflows` call (`Client::list_workflows`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListWorkflows<'a> {
    expectation: Expectation<'a>,
}
impl ListWorkflows<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `viewName` is `value`.
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("viewName", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::WorkflowList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::WorkflowList>) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/workflows/custom/{workflowKey}/detail` calls (`get_workflow`): Fetches the definition of one workflow as the OpenAPI shows it (parameters, stages, jobs, notifications)
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_workflow(&self) -> GetWorkflow<'_> {
        GetWorkflow {
            expectation: self.expect("get_workflow"),
        }
    }
}
/// An expected `GET /openapi/workflows/custom/{workflowKey}/detail` call (`Client::get_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl GetWorkflow<'_> {
    /// Matches only calls whose path parameter `workflowKey` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("workflowKey", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::WorkflowDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(self, values: Vec<crate::types::WorkflowDetail>) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/workflows/custom/{workflowKey}/tasks` calls (`list_workflow_tasks`): Lists the runs (tasks) of one workflow, page by page
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_workflow_tasks(&self) -> ListWorkflowTasks<'_> {
        ListWorkflowTasks {
            expectation: self.expect("list_workflow_tasks"),
        }
    }
}
/// An expected `GET /openapi/workflows/custom/{workflowKey}/tasks` call (`Client::list_workflow_tasks`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListWorkflowTasks<'a> {
    expectation: Expectation<'a>,
}
impl ListWorkflowTasks<'_> {
    /// Matches only calls whose path parameter `workflowKey` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("workflowKey", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageNum", &value);
        self
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageSize", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::WorkflowTaskList) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::WorkflowTaskList>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers with pages of `items`, as the server pages them: the `pageNum` and `pageSize` query parameters (default page 1 and size 10) pick the slice; the `workflow_tasks` field holds it and `total` the count of all items. Any number of calls.
    pub fn respond_pages(
        self,
        items: Vec<crate::types::WorkflowTaskSummary>,
    ) -> Mounted {
        self.expectation.respond_pages(&items)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/workflows/custom/task` calls (`get_workflow_task`): Fetches one run of a workflow with its stages, jobs and approvals
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_workflow_task(&self) -> GetWorkflowTask<'_> {
        GetWorkflowTask {
            expectation: self.expect("get_workflow_task"),
        }
    }
}
/// An expected `GET /openapi/workflows/custom/task` call (`Client::get_workflow_task`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetWorkflowTask<'a> {
    expectation: Expectation<'a>,
}
impl GetWorkflowTask<'_> {
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("taskId", &value);
        self
    }
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workflowKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::WorkflowTaskDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::WorkflowTaskDetail>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/workflows/custom/task` calls (`execute_workflow`): Starts a new run of a workflow with the given variables, job inputs and notifications
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn execute_workflow(&self) -> ExecuteWorkflow<'_> {
        ExecuteWorkflow {
            expectation: self.expect("execute_workflow"),
        }
    }
}
/// An expected `POST /openapi/workflows/custom/task` call (`Client::execute_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ExecuteWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl ExecuteWorkflow<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ExecuteWorkflowRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::ExecuteWorkflowRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ExecuteWorkflowResponse) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ExecuteWorkflowResponse>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/workflows/custom/task` calls (`cancel_workflow_task`): Stops a running workflow task
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn cancel_workflow_task(&self) -> CancelWorkflowTask<'_> {
        CancelWorkflowTask {
            expectation: self.expect("cancel_workflow_task"),
        }
    }
}
/// An expected `DELETE /openapi/workflows/custom/task` call (`Client::cancel_workflow_task`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CancelWorkflowTask<'a> {
    expectation: Expectation<'a>,
}
impl CancelWorkflowTask<'_> {
    /// Matches only calls whose query parameter `taskId` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("taskId", &value);
        self
    }
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workflowKey", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}` calls (`retry_workflow_task`): Runs a finished (failed or cancelled) workflow task again
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn retry_workflow_task(&self) -> RetryWorkflowTask<'_> {
        RetryWorkflowTask {
            expectation: self.expect("retry_workflow_task"),
        }
    }
}
/// An expected `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}` call (`Client::retry_workflow_task`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct RetryWorkflowTask<'a> {
    expectation: Expectation<'a>,
}
impl RetryWorkflowTask<'_> {
    /// Matches only calls whose path parameter `workflowKey` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("workflowKey", &value);
        self
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("taskID", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/workflows/custom/task/approve` calls (`approve_workflow_task`): Approves or rejects a stage of a workflow task that waits for a Zadig (native) approval
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn approve_workflow_task(&self) -> ApproveWorkflowTask<'_> {
        ApproveWorkflowTask {
            expectation: self.expect("approve_workflow_task"),
        }
    }
}
/// An expected `POST /openapi/workflows/custom/task/approve` call (`Client::approve_workflow_task`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ApproveWorkflowTask<'a> {
    expectation: Expectation<'a>,
}
impl ApproveWorkflowTask<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ApproveWorkflowTaskRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::ApproveWorkflowTaskRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `PUT /openapi/workflows/custom/{name}/task/{taskID}` calls (`update_workflow_task_remark`): Sets the remark (free-text note) of one run of a workflow
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_workflow_task_remark(&self) -> UpdateWorkflowTaskRemark<'_> {
        UpdateWorkflowTaskRemark {
            expectation: self.expect("update_workflow_task_remark"),
        }
    }
}
/// An expected `PUT /openapi/workflows/custom/{name}/task/{taskID}` call (`Client::update_workflow_task_remark`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateWorkflowTaskRemark<'a> {
    expectation: Expectation<'a>,
}
impl UpdateWorkflowTaskRemark<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("taskID", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateWorkflowTaskRemarkRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::UpdateWorkflowTaskRemarkRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec` calls (`get_workflow_task_manual_exec`): Tells whether a run waits for a stage to be started by hand, and who may start it
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_workflow_task_manual_exec(&self) -> GetWorkflowTaskManualExec<'_> {
        GetWorkflowTaskManualExec {
            expectation: self.expect("get_workflow_task_manual_exec"),
        }
    }
}
/// An expected `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec` call (`Client::get_workflow_task_manual_exec`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetWorkflowTaskManualExec<'a> {
    expectation: Expectation<'a>,
}
impl GetWorkflowTaskManualExec<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("taskID", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::WorkflowTaskManualExecContext) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::WorkflowTaskManualExecContext>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec` calls (`manual_exec_workflow_task`): Starts a stage of a run that waits to be started by hand
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn manual_exec_workflow_task(&self) -> ManualExecWorkflowTask<'_> {
        ManualExecWorkflowTask {
            expectation: self.expect("manual_exec_workflow_task"),
        }
    }
}
/// An expected `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec` call (`Client::manual_exec_workflow_task`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ManualExecWorkflowTask<'a> {
    expectation: Expectation<'a>,
}
impl ManualExecWorkflowTask<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("taskID", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ManualExecWorkflowTaskRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::ManualExecWorkflowTaskRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /api/aslan/workflow/v4` calls (`create_workflow`): Creates a custom workflow from a full definition
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_workflow(&self) -> CreateWorkflow<'_> {
        CreateWorkflow {
            expectation: self.expect("create_workflow"),
        }
    }
}
/// An expected `POST /api/aslan/workflow/v4` call (`Client::create_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl CreateWorkflow<'_> {
    /// Matches only calls whose query parameter `viewName` is `value`.
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("viewName", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::WorkflowDefinition) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::WorkflowDefinition,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `PUT /api/aslan/workflow/v4/{name}` calls (`update_workflow`): Replaces the definition of an existing custom workflow
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_workflow(&self) -> UpdateWorkflow<'_> {
        UpdateWorkflow {
            expectation: self.expect("update_workflow"),
        }
    }
}
/// An expected `PUT /api/aslan/workflow/v4/{name}` call (`Client::update_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl UpdateWorkflow<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::WorkflowDefinition) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::WorkflowDefinition,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /api/aslan/workflow/v4/name/{name}` calls (`get_workflow_definition`): Reads the stored definition of a custom workflow, as YAML
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_workflow_definition(&self) -> GetWorkflowDefinition<'_> {
        GetWorkflowDefinition {
            expectation: self.expect("get_workflow_definition"),
        }
    }
}
/// An expected `GET /api/aslan/workflow/v4/name/{name}` call (`Client::get_workflow_definition`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetWorkflowDefinition<'a> {
    expectation: Expectation<'a>,
}
impl GetWorkflowDefinition<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose query parameter `encryptedKey` is `value`.
    pub fn encrypted_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("encryptedKey", &value);
        self
    }
    /// Answers `200` with `text` as `text/plain`.
    pub fn respond_text(self, text: impl Into<String>) -> Mounted {
        self.expectation.respond_text(text.into())
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/workflows/custom` calls (`create_custom_workflow`): Creates a custom workflow from a full definition, on the public API path
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_custom_workflow(&self) -> CreateCustomWorkflow<'_> {
        CreateCustomWorkflow {
            expectation: self.expect("create_custom_workflow"),
        }
    }
}
/// An expected `POST /openapi/workflows/custom` call (`Client::create_custom_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateCustomWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl CreateCustomWorkflow<'_> {
    /// Matches only calls whose query parameter `viewName` is `value`.
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("viewName", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::WorkflowDefinition) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::WorkflowDefinition,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `PUT /openapi/workflows/custom/{name}` calls (`update_custom_workflow`): Replaces the definition of an existing custom workflow, on the public API path
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_custom_workflow(&self) -> UpdateCustomWorkflow<'_> {
        UpdateCustomWorkflow {
            expectation: self.expect("update_custom_workflow"),
        }
    }
}
/// An expected `PUT /openapi/workflows/custom/{name}` call (`Client::update_custom_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateCustomWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl UpdateCustomWorkflow<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::WorkflowDefinition) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::WorkflowDefinition,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/workflows/custom` calls (`delete_workflow`): Deletes a custom workflow
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_workflow(&self) -> DeleteWorkflow<'_> {
        DeleteWorkflow {
            expectation: self.expect("delete_workflow"),
        }
    }
}
/// An expected `DELETE /openapi/workflows/custom` call (`Client::delete_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl DeleteWorkflow<'_> {
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workflowKey", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/workflows/view` calls (`list_workflow_views`): Lists the workflow views of a project and the workflows each one groups
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_workflow_views(&self) -> ListWorkflowViews<'_> {
        ListWorkflowViews {
            expectation: self.expect("list_workflow_views"),
        }
    }
}
/// An expected `GET /openapi/workflows/view` call (`Client::list_workflow_views`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListWorkflowViews<'a> {
    expectation: Expectation<'a>,
}
impl ListWorkflowViews<'_> {
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::WorkflowView>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::WorkflowView>>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/workflows/view` calls (`create_workflow_view`): Creates a named view that groups some workflows of a project
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_workflow_view(&self) -> CreateWorkflowView<'_> {
        CreateWorkflowView {
            expectation: self.expect("create_workflow_view"),
        }
    }
}
/// An expected `POST /openapi/workflows/view` call (`Client::create_workflow_view`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateWorkflowView<'a> {
    expectation: Expectation<'a>,
}
impl CreateWorkflowView<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateWorkflowViewRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::CreateWorkflowViewRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `PUT /openapi/workflows/view/{viewName}` calls (`update_workflow_view`): Adds workflows to, or removes them from, a workflow view
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn update_workflow_view(&self) -> UpdateWorkflowView<'_> {
        UpdateWorkflowView {
            expectation: self.expect("update_workflow_view"),
        }
    }
}
/// An expected `PUT /openapi/workflows/view/{viewName}` call (`Client::update_workflow_view`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct UpdateWorkflowView<'a> {
    expectation: Expectation<'a>,
}
impl UpdateWorkflowView<'_> {
    /// Matches only calls whose path parameter `viewName` is `value`.
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("viewName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::UpdateWorkflowViewRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::UpdateWorkflowViewRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/workflows/view/{viewName}` calls (`delete_workflow_view`): Deletes a workflow view (the workflows themselves stay)
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_workflow_view(&self) -> DeleteWorkflowView<'_> {
        DeleteWorkflowView {
            expectation: self.expect("delete_workflow_view"),
        }
    }
}
/// An expected `DELETE /openapi/workflows/view/{viewName}` call (`Client::delete_workflow_view`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteWorkflowView<'a> {
    expectation: Expectation<'a>,
}
impl DeleteWorkflowView<'_> {
    /// Matches only calls whose path parameter `viewName` is `value`.
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("viewName", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/ticket/approval` calls (`create_approval_ticket`): Registers an approval form from an external system that authorises later workflow runs
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn create_approval_ticket(&self) -> CreateApprovalTicket<'_> {
        CreateApprovalTicket {
            expectation: self.expect("create_approval_ticket"),
        }
    }
}
/// An expected `POST /openapi/ticket/approval` call (`Client::create_approval_ticket`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct CreateApprovalTicket<'a> {
    expectation: Expectation<'a>,
}
impl CreateApprovalTicket<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::CreateApprovalTicketRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::CreateApprovalTicketRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}` calls (`stream_workflow_job_logs`): Follows the log of a running workflow job as a server-sent event stream
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn stream_workflow_job_logs(&self) -> StreamWorkflowJobLogs<'_> {
        StreamWorkflowJobLogs {
            expectation: self.expect("stream_workflow_job_logs"),
        }
    }
}
/// An expected `GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}` call (`Client::stream_workflow_job_logs`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct StreamWorkflowJobLogs<'a> {
    expectation: Expectation<'a>,
}
impl StreamWorkflowJobLogs<'_> {
    /// Matches only calls whose path parameter `workflowName` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("workflowName", &value);
        self
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("taskID", &value);
        self
    }
    /// Matches only calls whose path parameter `jobName` is `value`.
    pub fn job_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("jobName", &value);
        self
    }
    /// Matches only calls whose path parameter `lines` is `value`.
    pub fn lines(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("lines", &value);
        self
    }
    /// Answers `200` with `lines` as a `text/event-stream`, one `data:` event per line,
    /// all at once.
    pub fn respond_lines<L: Into<String>>(self, lines: Vec<L>) -> Mounted {
        self.expectation
            .respond_lines(
                lines
                    .into_iter()
                    .map(|line| (std::time::Duration::ZERO, line.into()))
                    .collect(),
            )
    }
    /// Answers `200` with a `text/event-stream` that sends each line (one `data:`
    /// event) after its delay, counted from the line before: for testing a reader's
    /// idle timeout or what it does with lines as they come.
    pub fn respond_lines_with_delays<L: Into<String>>(
        self,
        lines: Vec<(std::time::Duration, L)>,
    ) -> Mounted {
        self.expectation
            .respond_lines(
                lines.into_iter().map(|(delay, line)| (delay, line.into())).collect(),
            )
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}` calls (`get_workflow_job_logs`): Fetches the complete log of a finished workflow job as plain text
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_workflow_job_logs(&self) -> GetWorkflowJobLogs<'_> {
        GetWorkflowJobLogs {
            expectation: self.expect("get_workflow_job_logs"),
        }
    }
}
/// An expected `GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}` call (`Client::get_workflow_job_logs`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetWorkflowJobLogs<'a> {
    expectation: Expectation<'a>,
}
impl GetWorkflowJobLogs<'_> {
    /// Matches only calls whose path parameter `workflowName` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("workflowName", &value);
        self
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("taskID", &value);
        self
    }
    /// Matches only calls whose path parameter `jobName` is `value`.
    pub fn job_name(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("jobName", &value);
        self
    }
    /// Answers `200` with `text` as `text/plain`.
    pub fn respond_text(self, text: impl Into<String>) -> Mounted {
        self.expectation.respond_text(text.into())
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `POST /openapi/workflows/product/task` calls (`execute_product_workflow`): Runs a product workflow (the kind that predates custom workflows) with given builds or images
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn execute_product_workflow(&self) -> ExecuteProductWorkflow<'_> {
        ExecuteProductWorkflow {
            expectation: self.expect("execute_product_workflow"),
        }
    }
}
/// An expected `POST /openapi/workflows/product/task` call (`Client::execute_product_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ExecuteProductWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl ExecuteProductWorkflow<'_> {
    /// Matches only calls whose JSON body decodes to `value`.
    pub fn body(mut self, value: crate::types::ExecuteProductWorkflowRequest) -> Self {
        self.expectation.match_body(&value);
        self
    }
    /// Matches only calls whose body is exactly the JSON `value` (the order of object
    /// keys aside): stricter than [`body`](Self::body), which compares decoded values
    /// and so cannot tell a field sent as its zero value from one left out.
    pub fn body_json(mut self, value: serde_json::Value) -> Self {
        self.expectation.match_body_json(value);
        self
    }
    /// Matches only calls whose JSON body decodes and passes `predicate`.
    pub fn body_matches(
        mut self,
        predicate: impl Fn(
            &crate::types::ExecuteProductWorkflowRequest,
        ) -> bool + Send + Sync + 'static,
    ) -> Self {
        self.expectation.match_body_with(predicate);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ProductWorkflowTaskCreated) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ProductWorkflowTaskCreated>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/workflows/product/{name}/tasks` calls (`list_product_workflow_tasks`): Lists the runs of a product workflow, newest first, one page at a time
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn list_product_workflow_tasks(&self) -> ListProductWorkflowTasks<'_> {
        ListProductWorkflowTasks {
            expectation: self.expect("list_product_workflow_tasks"),
        }
    }
}
/// An expected `GET /openapi/workflows/product/{name}/tasks` call (`Client::list_product_workflow_tasks`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct ListProductWorkflowTasks<'a> {
    expectation: Expectation<'a>,
}
impl ListProductWorkflowTasks<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Matches only calls whose query parameter `pageNum` is `value`.
    pub fn page_num(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageNum", &value);
        self
    }
    /// Matches only calls whose query parameter `pageSize` is `value`.
    pub fn page_size(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_query("pageSize", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: Vec<crate::types::ProductWorkflowTaskBrief>) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<Vec<crate::types::ProductWorkflowTaskBrief>>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `GET /openapi/workflows/product/{name}/task/{taskID}` calls (`get_product_workflow_task`): Reads the state of one run of a product workflow
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn get_product_workflow_task(&self) -> GetProductWorkflowTask<'_> {
        GetProductWorkflowTask {
            expectation: self.expect("get_product_workflow_task"),
        }
    }
}
/// An expected `GET /openapi/workflows/product/{name}/task/{taskID}` call (`Client::get_product_workflow_task`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct GetProductWorkflowTask<'a> {
    expectation: Expectation<'a>,
}
impl GetProductWorkflowTask<'_> {
    /// Matches only calls whose path parameter `name` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_path("name", &value);
        self
    }
    /// Matches only calls whose path parameter `taskID` is `value`.
    pub fn task_id(mut self, value: i64) -> Self {
        let value: i64 = value;
        self.expectation.match_path("taskID", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `value` as JSON.
    pub fn respond(self, value: crate::types::ProductWorkflowTaskDetail) -> Mounted {
        self.expectation.respond_json(&value)
    }
    /// Answers each call with the next of `values` as JSON; the last one answers
    /// every call after it.
    pub fn respond_sequence(
        self,
        values: Vec<crate::types::ProductWorkflowTaskDetail>,
    ) -> Mounted {
        self.expectation.respond_sequence(&values)
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
impl MockZadig {
    /// Expects `DELETE /openapi/workflows/product` calls (`delete_product_workflow`): Deletes a product workflow
    ///
    /// Returns the expectation builder: set matchers, then a responder.
    pub fn delete_product_workflow(&self) -> DeleteProductWorkflow<'_> {
        DeleteProductWorkflow {
            expectation: self.expect("delete_product_workflow"),
        }
    }
}
/// An expected `DELETE /openapi/workflows/product` call (`Client::delete_product_workflow`): matchers, then a responder, which registers it.
#[must_use = "an expectation is registered only by one of its `respond` methods"]
#[derive(Debug)]
pub struct DeleteProductWorkflow<'a> {
    expectation: Expectation<'a>,
}
impl DeleteProductWorkflow<'_> {
    /// Matches only calls whose query parameter `workflowKey` is `value`.
    pub fn workflow_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("workflowKey", &value);
        self
    }
    /// Matches only calls whose query parameter `projectKey` is `value`.
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        let value: String = value.into();
        self.expectation.match_query("projectKey", &value);
        self
    }
    /// Answers `200` with `{"message":"success"}`, as the server does.
    pub fn respond_success(self) -> Mounted {
        self.expectation.respond_success()
    }
    /// Answers `status` with Zadig's error body: `code`, `message` and an empty
    /// `description`.
    pub fn respond_error(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), String::new())
    }
    /// Answers `status` with Zadig's error body with a `description` too, the longer
    /// text that says what was wrong (the client's error shows it).
    pub fn respond_error_described(
        self,
        status: u16,
        code: i64,
        message: impl Into<String>,
        description: impl Into<String>,
    ) -> Mounted {
        self.expectation.respond_error(status, code, message.into(), description.into())
    }
    /// Answers with the spec's documented example called `name` (its status and JSON).
    /// An unknown name answers `500` and makes [`MockZadig::verify`] fail, naming the
    /// examples there are.
    pub fn respond_example(self, name: &str) -> Mounted {
        self.expectation.respond_example(name)
    }
}
