// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Workflow API on the async [`Client`](crate::Client).
use std::time::Duration;
use crate::runtime::{CallOptions, Request};
impl crate::Client {
    /// Lists the workflows of a project, optionally only those of one view.
    ///
    /// `GET /openapi/workflows`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    ///
    /// Optional query parameters are setters on [`ListWorkflows`]:
    /// - `view_name`: Only list the workflows that belong to this view.
    ///
    /// Returns the decoded [`WorkflowList`](crate::types::WorkflowList).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-a-workflow-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_workflows(&self, project_key: impl Into<String>) -> ListWorkflows<'_> {
        ListWorkflows {
            client: self,
            project_key: project_key.into(),
            view_name: None,
            options: CallOptions::default(),
        }
    }
    /// Fetches the definition of one workflow as the OpenAPI shows it (parameters, stages, jobs, notifications).
    ///
    /// `GET /openapi/workflows/custom/{workflowKey}/detail`
    ///
    /// A view of the definition, not the definition itself: its names differ from the ones `update_workflow` takes (`workflow_key` for `name`, `workflow_name` for `display_name`, `project_key` for `project`), and it leaves out what a stage's approval and manual run settings, switches such as `disabled`, and the template binding hold. Sending it back would clear those; to change a workflow, read it with `get_workflow_definition`.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `workflow_key` (path `workflowKey`): Identifier of the workflow.
    ///
    /// Returns the decoded [`WorkflowDetail`](crate::types::WorkflowDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-workflow-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_workflow(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> GetWorkflow<'_> {
        GetWorkflow {
            client: self,
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the runs (tasks) of one workflow, page by page.
    ///
    /// `GET /openapi/workflows/custom/{workflowKey}/tasks`
    ///
    /// Arguments:
    /// - `workflow_key` (path `workflowKey`): Identifier of the workflow.
    ///
    /// Optional query parameters are setters on [`ListWorkflowTasks`]:
    /// - `project_key`: Identifier of the project; when given, only runs of the workflow in this project are listed.
    /// - `page_num`: 1-based page number. (server default: `1`)
    /// - `page_size`: Number of tasks per page. (server default: `10`)
    ///
    /// Returns the decoded [`WorkflowTaskList`](crate::types::WorkflowTaskList). The builder's [`items`](crate::requests::ListWorkflowTasks::items) walks every page.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/workflows/custom/:workflowName/tasks`: The server routes `/openapi/workflows/custom/:name/tasks` and the detail page names the segment `:workflowKey`; it takes the workflow identifier, so the placeholder is `workflowKey` here as on the detail page.
    /// - overview.zh-v3.4.md says `GET /openapi/workflows/custom/:workflowName/tasks`: Same as the English overview; the segment is the workflow identifier (`workflowKey`).
    /// - workflow.en.txt says `projectKey | string | Project identifier | Yes | None |`: The handler reads `projectKey` without requiring it (it is used to check permissions and to find the workflow), so the spec leaves it optional, as the server does.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-a-workflow-task-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_workflow_tasks(
        &self,
        workflow_key: impl Into<String>,
    ) -> ListWorkflowTasks<'_> {
        ListWorkflowTasks {
            client: self,
            workflow_key: workflow_key.into(),
            project_key: None,
            page_num: None,
            page_size: None,
            options: CallOptions::default(),
        }
    }
    /// Fetches one run of a workflow with its stages, jobs and approvals.
    ///
    /// `GET /openapi/workflows/custom/task`
    ///
    /// Arguments:
    /// - `workflow_key` (query `workflowKey`): Identifier of the workflow.
    /// - `task_id` (query `taskId`): Number of the run within its workflow.
    ///
    /// Returns the decoded [`WorkflowTaskDetail`](crate::types::WorkflowTaskDetail).
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `taskId and workflowKey are required`: The server binds both from the query without marking them required, but looks the run up by them, so a call without them can only fail; the bindings keep them required, as the docs do.
    /// - workflow.en.txt says `taskId and workflowKey are required`: The same for the workflow key.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-workflow-task-details>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn get_workflow_task(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> GetWorkflowTask<'_> {
        GetWorkflowTask {
            client: self,
            workflow_key: workflow_key.into(),
            task_id,
            options: CallOptions::default(),
        }
    }
    /// Starts a new run of a workflow with the given variables, job inputs and notifications.
    ///
    /// `POST /openapi/workflows/custom/task`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns the decoded [`ExecuteWorkflowResponse`](crate::types::ExecuteWorkflowResponse).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#execute-the-workflow>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn execute_workflow(
        &self,
        body: crate::types::ExecuteWorkflowRequest,
    ) -> ExecuteWorkflow<'_> {
        ExecuteWorkflow {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Stops a running workflow task.
    ///
    /// `DELETE /openapi/workflows/custom/task`
    ///
    /// Arguments:
    /// - `workflow_key` (query `workflowKey`): Identifier of the workflow.
    /// - `task_id` (query `taskId`): Number of the run within its workflow.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `taskId and workflowKey are required`: The server binds both from the query without marking them required, but looks the run up by them, so a call without them can only fail; the bindings keep them required, as the docs do.
    /// - workflow.en.txt says `taskId and workflowKey are required`: The same for the workflow key.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#cancel-workflow-tasks>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn cancel_workflow_task(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> CancelWorkflowTask<'_> {
        CancelWorkflowTask {
            client: self,
            workflow_key: workflow_key.into(),
            task_id,
            options: CallOptions::default(),
        }
    }
    /// Runs a finished (failed or cancelled) workflow task again.
    ///
    /// `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}`
    ///
    /// Arguments:
    /// - `workflow_key` (path `workflowKey`): Identifier of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    ///
    /// Optional query parameters are setters on [`RetryWorkflowTask`]:
    /// - `project_key`: Identifier of the project; the server only records it in the operation log.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `POST /openapi/workflows/custom/:workflowName/task/:taskID`: The server routes `/openapi/workflows/custom/:name/task/:taskID` and the detail page names the segment `:workflowKey`; it takes the workflow identifier, so the placeholder is `workflowKey` here.
    /// - overview.zh-v3.4.md says `POST /openapi/workflows/custom/:workflowName/task/:taskID`: Same as the English overview; the segment is the workflow identifier (`workflowKey`).
    /// - workflow.en.txt says `projectKey | string | Project identifier | Yes | None |`: The handler reads `projectKey` without requiring it (it is used to check permissions and to find the workflow), so the spec leaves it optional, as the server does.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#retry-the-workflow-task>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn retry_workflow_task(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> RetryWorkflowTask<'_> {
        RetryWorkflowTask {
            client: self,
            workflow_key: workflow_key.into(),
            task_id,
            project_key: None,
            options: CallOptions::default(),
        }
    }
    /// Approves or rejects a stage of a workflow task that waits for a Zadig (native) approval.
    ///
    /// `POST /openapi/workflows/custom/task/approve`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#approval-workflow>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn approve_workflow_task(
        &self,
        body: crate::types::ApproveWorkflowTaskRequest,
    ) -> ApproveWorkflowTask<'_> {
        ApproveWorkflowTask {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Sets the remark (free-text note) of one run of a workflow.
    ///
    /// `PUT /openapi/workflows/custom/{name}/task/{taskID}`
    ///
    /// Replaces the run's remark with the given text. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `workflow_key` (path `name`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
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
    pub fn update_workflow_task_remark(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        body: crate::types::UpdateWorkflowTaskRemarkRequest,
    ) -> UpdateWorkflowTaskRemark<'_> {
        UpdateWorkflowTaskRemark {
            client: self,
            workflow_key: workflow_key.into(),
            task_id,
            body,
            options: CallOptions::default(),
        }
    }
    /// Tells whether a run waits for a stage to be started by hand, and who may start it.
    ///
    /// `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`
    ///
    /// For a run paused before a stage that is set to start manually, reports that stage, the users and groups allowed to start it and whether the caller is one of them. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `workflow_key` (path `name`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    ///
    /// Returns the decoded [`WorkflowTaskManualExecContext`](crate::types::WorkflowTaskManualExecContext).
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
    pub fn get_workflow_task_manual_exec(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> GetWorkflowTaskManualExec<'_> {
        GetWorkflowTaskManualExec {
            client: self,
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            task_id,
            options: CallOptions::default(),
        }
    }
    /// Starts a stage of a run that waits to be started by hand.
    ///
    /// `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`
    ///
    /// The caller must be one of the stage's allowed executors (see `get_workflow_task_manual_exec`). Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `workflow_key` (path `name`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
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
    pub fn manual_exec_workflow_task(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        task_id: i64,
        body: crate::types::ManualExecWorkflowTaskRequest,
    ) -> ManualExecWorkflowTask<'_> {
        ManualExecWorkflowTask {
            client: self,
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            task_id,
            body,
            options: CallOptions::default(),
        }
    }
    /// Creates a custom workflow from a full definition.
    ///
    /// `POST /api/aslan/workflow/v4`
    ///
    /// The definition is easiest to obtain by building the workflow in the UI and copying its YAML (converted to JSON); the server reads the body as YAML, of which JSON is a subset. The server answers with the plain success acknowledgement. The same handler is also served at `POST /openapi/workflows/custom` (`create_custom_workflow`).
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Optional query parameters are setters on [`CreateWorkflow`]:
    /// - `view_name`: Also add the new workflow to this workflow view of the project.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#create-a-workflow>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_workflow(
        &self,
        body: crate::types::WorkflowDefinition,
    ) -> CreateWorkflow<'_> {
        CreateWorkflow {
            client: self,
            body,
            view_name: None,
            options: CallOptions::default(),
        }
    }
    /// Replaces the definition of an existing custom workflow.
    ///
    /// `PUT /api/aslan/workflow/v4/{name}`
    ///
    /// The body has the same shape as for creating a workflow; the project is taken from its `project` field. The server reads the body as YAML and replaces the whole definition, so start from the definition `get_workflow_definition` returns (parsed into `WorkflowDefinition`, which keeps the keys it does not declare) and change it. The server answers with the plain success acknowledgement. The same handler is also served at `PUT /openapi/workflows/custom/:name` (`update_custom_workflow`).
    ///
    /// Arguments:
    /// - `workflow_key` (path `name`): Identifier of the workflow.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `projectName | string | Project identifier | Yes | None |`: The handler never reads a `projectName` query parameter; it takes the project from the body's `project` field. The parameter is left out.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#update-workflow>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_workflow(
        &self,
        workflow_key: impl Into<String>,
        body: crate::types::WorkflowDefinition,
    ) -> UpdateWorkflow<'_> {
        UpdateWorkflow {
            client: self,
            workflow_key: workflow_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Reads the stored definition of a custom workflow, as YAML.
    ///
    /// `GET /api/aslan/workflow/v4/name/{name}`
    ///
    /// The whole definition `update_workflow` replaces, as the YAML document the server writes (its keys are the definition's YAML names). Parse it into `WorkflowDefinition` with a YAML decoder, change it and send it with `update_workflow`: the keys the type does not declare are kept and sent back, so nothing is lost. A caller who is not a system administrator needs permission to view or edit workflows of its project. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `workflow_key` (path `name`): Identifier of the workflow.
    ///
    /// Optional query parameters are setters on [`GetWorkflowDefinition`]:
    /// - `encrypted_key`: Key the server encrypts secret values of the definition with; without it they are left as stored.
    ///
    /// Returns the response body as text.
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
    pub fn get_workflow_definition(
        &self,
        workflow_key: impl Into<String>,
    ) -> GetWorkflowDefinition<'_> {
        GetWorkflowDefinition {
            client: self,
            workflow_key: workflow_key.into(),
            encrypted_key: None,
            options: CallOptions::default(),
        }
    }
    /// Creates a custom workflow from a full definition, on the public API path.
    ///
    /// `POST /openapi/workflows/custom`
    ///
    /// Same handler and body as `create_workflow`, served under `/openapi`. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `body`: The workflow definition; the server reads it as YAML, so JSON works too.
    ///
    /// Optional query parameters are setters on [`CreateCustomWorkflow`]:
    /// - `view_name`: Also add the new workflow to this workflow view of the project.
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
    pub fn create_custom_workflow(
        &self,
        body: crate::types::WorkflowDefinition,
    ) -> CreateCustomWorkflow<'_> {
        CreateCustomWorkflow {
            client: self,
            body,
            view_name: None,
            options: CallOptions::default(),
        }
    }
    /// Replaces the definition of an existing custom workflow, on the public API path.
    ///
    /// `PUT /openapi/workflows/custom/{name}`
    ///
    /// Same handler and body as `update_workflow`, served under `/openapi`; the project is taken from the body's `project` field. Zadig's public API docs do not list this route.
    ///
    /// Arguments:
    /// - `workflow_key` (path `name`): Identifier of the workflow.
    /// - `body`: The complete new definition; the server reads it as YAML, so JSON works too.
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
    pub fn update_custom_workflow(
        &self,
        workflow_key: impl Into<String>,
        body: crate::types::WorkflowDefinition,
    ) -> UpdateCustomWorkflow<'_> {
        UpdateCustomWorkflow {
            client: self,
            workflow_key: workflow_key.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Deletes a custom workflow.
    ///
    /// `DELETE /openapi/workflows/custom`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project. Permissions are checked against it: the server refuses a caller who is not a system administrator without it.
    /// - `workflow_key` (query `workflowKey`): Identifier of the workflow.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#delete-workflow>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn delete_workflow(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> DeleteWorkflow<'_> {
        DeleteWorkflow {
            client: self,
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            options: CallOptions::default(),
        }
    }
    /// Lists the workflow views of a project and the workflows each one groups.
    ///
    /// `GET /openapi/workflows/view`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    ///
    /// Returns the decoded list of [`WorkflowView`](crate::types::WorkflowView).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-a-workflow-view-list>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn list_workflow_views(
        &self,
        project_key: impl Into<String>,
    ) -> ListWorkflowViews<'_> {
        ListWorkflowViews {
            client: self,
            project_key: project_key.into(),
            options: CallOptions::default(),
        }
    }
    /// Creates a named view that groups some workflows of a project.
    ///
    /// `POST /openapi/workflows/view`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#create-a-workflow-view>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_workflow_view(
        &self,
        body: crate::types::CreateWorkflowViewRequest,
    ) -> CreateWorkflowView<'_> {
        CreateWorkflowView {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Adds workflows to, or removes them from, a workflow view.
    ///
    /// `PUT /openapi/workflows/view/{viewName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `view_name` (path `viewName`): Name of the view.
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#edit-workflow-view>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn update_workflow_view(
        &self,
        project_key: impl Into<String>,
        view_name: impl Into<String>,
        body: crate::types::UpdateWorkflowViewRequest,
    ) -> UpdateWorkflowView<'_> {
        UpdateWorkflowView {
            client: self,
            project_key: project_key.into(),
            view_name: view_name.into(),
            body,
            options: CallOptions::default(),
        }
    }
    /// Deletes a workflow view (the workflows themselves stay).
    ///
    /// `DELETE /openapi/workflows/view/{viewName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `view_name` (path `viewName`): Name of the view.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#delete-the-workflow-view>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn delete_workflow_view(
        &self,
        project_key: impl Into<String>,
        view_name: impl Into<String>,
    ) -> DeleteWorkflowView<'_> {
        DeleteWorkflowView {
            client: self,
            project_key: project_key.into(),
            view_name: view_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Registers an approval form from an external system that authorises later workflow runs.
    ///
    /// `POST /openapi/ticket/approval`
    ///
    /// The ticket can restrict who may run workflows, in which environments, for which services and within which time window; empty restrictions mean no limit.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#create-a-pre-approval-form>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn create_approval_ticket(
        &self,
        body: crate::types::CreateApprovalTicketRequest,
    ) -> CreateApprovalTicket<'_> {
        CreateApprovalTicket {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Follows the log of a running workflow job as a server-sent event stream.
    ///
    /// `GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}`
    ///
    /// Arguments:
    /// - `workflow_key` (path `workflowName`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    /// - `job_name` (path `jobName`): Name of the job whose container log is followed.
    /// - `lines` (path `lines`): How many of the latest lines to send first (the server uses 10 if this is not a number).
    ///
    /// Returns a stream of log lines, read as the server sends them.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `GET /openapi/logs/sse/v4/workflow/<workflow_id>/<workflow_task_id>/<workflow_job_task_id>/<tail_lines>`: The docs use `<...>` placeholders with misleading names; the server routes `/openapi/logs/sse/v4/workflow/:workflowName/:taskID/:jobName/:lines` (workflow key, task number, job name, tail lines), and we use its names.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#view-real-time-workflow-task-logs>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn stream_workflow_job_logs(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        job_name: impl Into<String>,
        lines: i64,
    ) -> StreamWorkflowJobLogs<'_> {
        StreamWorkflowJobLogs {
            client: self,
            workflow_key: workflow_key.into(),
            task_id,
            job_name: job_name.into(),
            lines,
            options: CallOptions::default(),
        }
    }
    /// Fetches the complete log of a finished workflow job as plain text.
    ///
    /// `GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}`
    ///
    /// Arguments:
    /// - `workflow_key` (path `workflowName`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    /// - `job_name` (path `jobName`): Name of the job whose log is fetched.
    ///
    /// Returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `GET /openapi/logs/log/v4/workflow/<workflow_id>/<workflow_task_id>/<workflow_job_task_id>`: The docs use `<...>` placeholders with misleading names; the server routes `/openapi/logs/log/v4/workflow/:workflowName/:taskID/:jobName` (workflow key, task number, job name), and we use its names.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#view-complete-workflow-task-logs>
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_workflow_job_logs(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        job_name: impl Into<String>,
    ) -> GetWorkflowJobLogs<'_> {
        GetWorkflowJobLogs {
            client: self,
            workflow_key: workflow_key.into(),
            task_id,
            job_name: job_name.into(),
            options: CallOptions::default(),
        }
    }
    /// Runs a product workflow (the kind that predates custom workflows) with given builds or images.
    ///
    /// `POST /openapi/workflows/product/task`
    ///
    /// The run starts from the workflow's own settings for the target environment; the body says which services to build (and from which branches), or which images to deploy. When both building and deploying, the deploy source must be `zadig`. Only v3.4.0 serves this route; v3.4.1 removed the product workflow routes. Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// Returns the decoded [`ProductWorkflowTaskCreated`](crate::types::ProductWorkflowTaskCreated).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `601c4b37f62d`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn execute_product_workflow(
        &self,
        body: crate::types::ExecuteProductWorkflowRequest,
    ) -> ExecuteProductWorkflow<'_> {
        ExecuteProductWorkflow {
            client: self,
            body,
            options: CallOptions::default(),
        }
    }
    /// Lists the runs of a product workflow, newest first, one page at a time.
    ///
    /// `GET /openapi/workflows/product/{name}/tasks`
    ///
    /// The answer is a bare list with no total. Only v3.4.0 serves this route; Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project; the server requires it but lists by workflow alone.
    /// - `workflow_key` (path `name`): Identifier (key) of the product workflow.
    ///
    /// Optional query parameters are setters on [`ListProductWorkflowTasks`]:
    /// - `page_num`: 1-based page number. (server default: `1`)
    /// - `page_size`: Runs per page. (server default: `10`)
    ///
    /// Returns the decoded list of [`ProductWorkflowTaskBrief`](crate::types::ProductWorkflowTaskBrief).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `601c4b37f62d`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn list_product_workflow_tasks(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> ListProductWorkflowTasks<'_> {
        ListProductWorkflowTasks {
            client: self,
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            page_num: None,
            page_size: None,
            options: CallOptions::default(),
        }
    }
    /// Reads the state of one run of a product workflow.
    ///
    /// `GET /openapi/workflows/product/{name}/task/{taskID}`
    ///
    /// Only v3.4.0 serves this route; Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `workflow_key` (path `name`): Identifier (key) of the product workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    ///
    /// Returns the decoded [`ProductWorkflowTaskDetail`](crate::types::ProductWorkflowTaskDetail).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `601c4b37f62d`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    /// [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput): a path parameter is empty, `.` or `..`.
    pub fn get_product_workflow_task(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> GetProductWorkflowTask<'_> {
        GetProductWorkflowTask {
            client: self,
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            task_id,
            options: CallOptions::default(),
        }
    }
    /// Deletes a product workflow.
    ///
    /// `DELETE /openapi/workflows/product`
    ///
    /// The project is only used to check the caller's permission. Only v3.4.0 serves this route; Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project the workflow belongs to. Permissions are checked against it: the server refuses a caller who is not a system administrator without it.
    /// - `workflow_key` (query `workflowKey`): Identifier (key) of the product workflow.
    ///
    /// Returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the Zadig server's source at commit `601c4b37f62d`, and may change without notice in a release.
    ///
    /// # Errors
    ///
    /// Fails with [`ErrorKind::Api`](crate::ErrorKind::Api) when Zadig answers with an error status
    /// (carrying Zadig's error body), [`ErrorKind::Http`](crate::ErrorKind::Http) when an error status comes
    /// without it (a proxy's page), [`ErrorKind::Decode`](crate::ErrorKind::Decode) when a 2xx body is not what
    /// this endpoint returns, and [`ErrorKind::Timeout`](crate::ErrorKind::Timeout) or
    /// [`ErrorKind::Transport`](crate::ErrorKind::Transport) when the server cannot be reached in time.
    pub fn delete_product_workflow(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> DeleteProductWorkflow<'_> {
        DeleteProductWorkflow {
            client: self,
            project_key: project_key.into(),
            workflow_key: workflow_key.into(),
            options: CallOptions::default(),
        }
    }
}
/// Request builder for [`Client::list_workflows`](crate::Client::list_workflows): `GET /openapi/workflows`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListWorkflows<'a> {
    client: &'a crate::Client,
    project_key: String,
    view_name: Option<String>,
    options: CallOptions,
}
impl<'a> ListWorkflows<'a> {
    /// Only list the workflows that belong to this view (query `viewName`).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.view_name = Some(value.into());
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
    /// Sends the request and returns the decoded [`WorkflowList`](crate::types::WorkflowList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_workflows`](crate::Client::list_workflows).
    pub async fn send(self) -> crate::Result<crate::types::WorkflowList> {
        let mut request = Request::new(
            "list_workflows",
            reqwest::Method::GET,
            "/openapi/workflows",
        );
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.view_name {
            request.query("viewName", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_workflow`](crate::Client::get_workflow): `GET /openapi/workflows/custom/{workflowKey}/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflow<'a> {
    client: &'a crate::Client,
    project_key: String,
    workflow_key: String,
    options: CallOptions,
}
impl<'a> GetWorkflow<'a> {
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
    /// Sends the request and returns the decoded [`WorkflowDetail`](crate::types::WorkflowDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow`](crate::Client::get_workflow).
    pub async fn send(self) -> crate::Result<crate::types::WorkflowDetail> {
        let mut request = Request::new(
            "get_workflow",
            reqwest::Method::GET,
            "/openapi/workflows/custom/{workflowKey}/detail",
        );
        request.path_param("workflowKey", &self.workflow_key);
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_workflow_tasks`](crate::Client::list_workflow_tasks): `GET /openapi/workflows/custom/{workflowKey}/tasks`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListWorkflowTasks<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    project_key: Option<String>,
    page_num: Option<i64>,
    page_size: Option<i64>,
    options: CallOptions,
}
impl<'a> ListWorkflowTasks<'a> {
    /// Identifier of the project; when given, only runs of the workflow in this project are listed (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
        self
    }
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Number of tasks per page (query `pageSize`). Server default: `10`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
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
    /// Every item across all pages, fetched lazily one page at a time.
    ///
    /// Starts at the page set with [`page_num`](Self::page_num) (default 1) and stops at the reported total, at an empty page, or at a short page. Each page is one call with this builder's settings; an error ends the stream after it is yielded.
    pub fn items(self) -> crate::Paginated<'a, crate::types::WorkflowTaskSummary> {
        let first_page = self.page_num.unwrap_or(1);
        let page_size = self.page_size.unwrap_or(10i64);
        crate::Paginated::new(
            first_page,
            page_size,
            move |page| {
                let mut request = self.clone();
                request.page_num = Some(page);
                Box::pin(async move {
                    let response = request.send().await?;
                    Ok(crate::runtime::pagination::Page {
                        total: Some(response.total),
                        items: response.workflow_tasks,
                    })
                })
            },
        )
    }
    /// Sends the request and returns the decoded [`WorkflowTaskList`](crate::types::WorkflowTaskList).
    ///
    /// # Errors
    ///
    /// See [`Client::list_workflow_tasks`](crate::Client::list_workflow_tasks).
    pub async fn send(self) -> crate::Result<crate::types::WorkflowTaskList> {
        let mut request = Request::new(
            "list_workflow_tasks",
            reqwest::Method::GET,
            "/openapi/workflows/custom/{workflowKey}/tasks",
        );
        request.path_param("workflowKey", &self.workflow_key);
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_workflow_task`](crate::Client::get_workflow_task): `GET /openapi/workflows/custom/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowTask<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    task_id: i64,
    options: CallOptions,
}
impl<'a> GetWorkflowTask<'a> {
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
    /// Sends the request and returns the decoded [`WorkflowTaskDetail`](crate::types::WorkflowTaskDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow_task`](crate::Client::get_workflow_task).
    pub async fn send(self) -> crate::Result<crate::types::WorkflowTaskDetail> {
        let mut request = Request::new(
            "get_workflow_task",
            reqwest::Method::GET,
            "/openapi/workflows/custom/task",
        );
        request.query("taskId", &self.task_id);
        request.query("workflowKey", &self.workflow_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::execute_workflow`](crate::Client::execute_workflow): `POST /openapi/workflows/custom/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ExecuteWorkflow<'a> {
    client: &'a crate::Client,
    body: crate::types::ExecuteWorkflowRequest,
    options: CallOptions,
}
impl<'a> ExecuteWorkflow<'a> {
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
    /// Sends the request and returns the decoded [`ExecuteWorkflowResponse`](crate::types::ExecuteWorkflowResponse).
    ///
    /// # Errors
    ///
    /// See [`Client::execute_workflow`](crate::Client::execute_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ExecuteWorkflowResponse> {
        let mut request = Request::new(
            "execute_workflow",
            reqwest::Method::POST,
            "/openapi/workflows/custom/task",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::cancel_workflow_task`](crate::Client::cancel_workflow_task): `DELETE /openapi/workflows/custom/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CancelWorkflowTask<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    task_id: i64,
    options: CallOptions,
}
impl<'a> CancelWorkflowTask<'a> {
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
    /// See [`Client::cancel_workflow_task`](crate::Client::cancel_workflow_task).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "cancel_workflow_task",
            reqwest::Method::DELETE,
            "/openapi/workflows/custom/task",
        );
        request.query("taskId", &self.task_id);
        request.query("workflowKey", &self.workflow_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::retry_workflow_task`](crate::Client::retry_workflow_task): `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RetryWorkflowTask<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    task_id: i64,
    project_key: Option<String>,
    options: CallOptions,
}
impl<'a> RetryWorkflowTask<'a> {
    /// Identifier of the project; the server only records it in the operation log (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.project_key = Some(value.into());
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::retry_workflow_task`](crate::Client::retry_workflow_task).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "retry_workflow_task",
            reqwest::Method::POST,
            "/openapi/workflows/custom/{workflowKey}/task/{taskID}",
        );
        request.path_param("workflowKey", &self.workflow_key);
        request.path_param("taskID", &self.task_id.to_string());
        if let Some(value) = &self.project_key {
            request.query("projectKey", value);
        }
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::approve_workflow_task`](crate::Client::approve_workflow_task): `POST /openapi/workflows/custom/task/approve`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ApproveWorkflowTask<'a> {
    client: &'a crate::Client,
    body: crate::types::ApproveWorkflowTaskRequest,
    options: CallOptions,
}
impl<'a> ApproveWorkflowTask<'a> {
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
    /// See [`Client::approve_workflow_task`](crate::Client::approve_workflow_task).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "approve_workflow_task",
            reqwest::Method::POST,
            "/openapi/workflows/custom/task/approve",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_workflow_task_remark`](crate::Client::update_workflow_task_remark): `PUT /openapi/workflows/custom/{name}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateWorkflowTaskRemark<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    task_id: i64,
    body: crate::types::UpdateWorkflowTaskRemarkRequest,
    options: CallOptions,
}
impl<'a> UpdateWorkflowTaskRemark<'a> {
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
    /// See [`Client::update_workflow_task_remark`](crate::Client::update_workflow_task_remark).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_workflow_task_remark",
            reqwest::Method::PUT,
            "/openapi/workflows/custom/{name}/task/{taskID}",
        );
        request.path_param("name", &self.workflow_key);
        request.path_param("taskID", &self.task_id.to_string());
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::get_workflow_task_manual_exec`](crate::Client::get_workflow_task_manual_exec): `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowTaskManualExec<'a> {
    client: &'a crate::Client,
    project_key: String,
    workflow_key: String,
    task_id: i64,
    options: CallOptions,
}
impl<'a> GetWorkflowTaskManualExec<'a> {
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
    /// Sends the request and returns the decoded [`WorkflowTaskManualExecContext`](crate::types::WorkflowTaskManualExecContext).
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow_task_manual_exec`](crate::Client::get_workflow_task_manual_exec).
    pub async fn send(
        self,
    ) -> crate::Result<crate::types::WorkflowTaskManualExecContext> {
        let mut request = Request::new(
            "get_workflow_task_manual_exec",
            reqwest::Method::GET,
            "/openapi/workflows/custom/{name}/task/{taskID}/manual-exec",
        );
        request.path_param("name", &self.workflow_key);
        request.path_param("taskID", &self.task_id.to_string());
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::manual_exec_workflow_task`](crate::Client::manual_exec_workflow_task): `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ManualExecWorkflowTask<'a> {
    client: &'a crate::Client,
    project_key: String,
    workflow_key: String,
    task_id: i64,
    body: crate::types::ManualExecWorkflowTaskRequest,
    options: CallOptions,
}
impl<'a> ManualExecWorkflowTask<'a> {
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
    /// See [`Client::manual_exec_workflow_task`](crate::Client::manual_exec_workflow_task).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "manual_exec_workflow_task",
            reqwest::Method::POST,
            "/openapi/workflows/custom/{name}/task/{taskID}/manual-exec",
        );
        request.path_param("name", &self.workflow_key);
        request.path_param("taskID", &self.task_id.to_string());
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_workflow`](crate::Client::create_workflow): `POST /api/aslan/workflow/v4`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateWorkflow<'a> {
    client: &'a crate::Client,
    body: crate::types::WorkflowDefinition,
    view_name: Option<String>,
    options: CallOptions,
}
impl<'a> CreateWorkflow<'a> {
    /// Also add the new workflow to this workflow view of the project (query `viewName`).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.view_name = Some(value.into());
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_workflow`](crate::Client::create_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_workflow",
            reqwest::Method::POST,
            "/api/aslan/workflow/v4",
        );
        if let Some(value) = &self.view_name {
            request.query("viewName", value);
        }
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_workflow`](crate::Client::update_workflow): `PUT /api/aslan/workflow/v4/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateWorkflow<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    body: crate::types::WorkflowDefinition,
    options: CallOptions,
}
impl<'a> UpdateWorkflow<'a> {
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
    /// See [`Client::update_workflow`](crate::Client::update_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_workflow",
            reqwest::Method::PUT,
            "/api/aslan/workflow/v4/{name}",
        );
        request.path_param("name", &self.workflow_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::get_workflow_definition`](crate::Client::get_workflow_definition): `GET /api/aslan/workflow/v4/name/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowDefinition<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    encrypted_key: Option<String>,
    options: CallOptions,
}
impl<'a> GetWorkflowDefinition<'a> {
    /// Key the server encrypts secret values of the definition with; without it they are left as stored (query `encryptedKey`).
    pub fn encrypted_key(mut self, value: impl Into<String>) -> Self {
        self.encrypted_key = Some(value.into());
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
    /// Sends the request and returns the response body as text.
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow_definition`](crate::Client::get_workflow_definition).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_workflow_definition",
            reqwest::Method::GET,
            "/api/aslan/workflow/v4/name/{name}",
        );
        request.path_param("name", &self.workflow_key);
        if let Some(value) = &self.encrypted_key {
            request.query("encryptedKey", value);
        }
        self.client.send_text(request, self.options).await
    }
}
/// Request builder for [`Client::create_custom_workflow`](crate::Client::create_custom_workflow): `POST /openapi/workflows/custom`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCustomWorkflow<'a> {
    client: &'a crate::Client,
    body: crate::types::WorkflowDefinition,
    view_name: Option<String>,
    options: CallOptions,
}
impl<'a> CreateCustomWorkflow<'a> {
    /// Also add the new workflow to this workflow view of the project (query `viewName`).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.view_name = Some(value.into());
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
    /// Sends the request and returns Zadig's acknowledgement message.
    ///
    /// # Errors
    ///
    /// See [`Client::create_custom_workflow`](crate::Client::create_custom_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_custom_workflow",
            reqwest::Method::POST,
            "/openapi/workflows/custom",
        );
        if let Some(value) = &self.view_name {
            request.query("viewName", value);
        }
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_custom_workflow`](crate::Client::update_custom_workflow): `PUT /openapi/workflows/custom/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateCustomWorkflow<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    body: crate::types::WorkflowDefinition,
    options: CallOptions,
}
impl<'a> UpdateCustomWorkflow<'a> {
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
    /// See [`Client::update_custom_workflow`](crate::Client::update_custom_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_custom_workflow",
            reqwest::Method::PUT,
            "/openapi/workflows/custom/{name}",
        );
        request.path_param("name", &self.workflow_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_workflow`](crate::Client::delete_workflow): `DELETE /openapi/workflows/custom`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteWorkflow<'a> {
    client: &'a crate::Client,
    project_key: String,
    workflow_key: String,
    options: CallOptions,
}
impl<'a> DeleteWorkflow<'a> {
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
    /// See [`Client::delete_workflow`](crate::Client::delete_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_workflow",
            reqwest::Method::DELETE,
            "/openapi/workflows/custom",
        );
        request.query("workflowKey", &self.workflow_key);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::list_workflow_views`](crate::Client::list_workflow_views): `GET /openapi/workflows/view`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListWorkflowViews<'a> {
    client: &'a crate::Client,
    project_key: String,
    options: CallOptions,
}
impl<'a> ListWorkflowViews<'a> {
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
    /// Sends the request and returns the decoded list of [`WorkflowView`](crate::types::WorkflowView).
    ///
    /// # Errors
    ///
    /// See [`Client::list_workflow_views`](crate::Client::list_workflow_views).
    pub async fn send(self) -> crate::Result<Vec<crate::types::WorkflowView>> {
        let mut request = Request::new(
            "list_workflow_views",
            reqwest::Method::GET,
            "/openapi/workflows/view",
        );
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::create_workflow_view`](crate::Client::create_workflow_view): `POST /openapi/workflows/view`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateWorkflowView<'a> {
    client: &'a crate::Client,
    body: crate::types::CreateWorkflowViewRequest,
    options: CallOptions,
}
impl<'a> CreateWorkflowView<'a> {
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
    /// See [`Client::create_workflow_view`](crate::Client::create_workflow_view).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_workflow_view",
            reqwest::Method::POST,
            "/openapi/workflows/view",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::update_workflow_view`](crate::Client::update_workflow_view): `PUT /openapi/workflows/view/{viewName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateWorkflowView<'a> {
    client: &'a crate::Client,
    project_key: String,
    view_name: String,
    body: crate::types::UpdateWorkflowViewRequest,
    options: CallOptions,
}
impl<'a> UpdateWorkflowView<'a> {
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
    /// See [`Client::update_workflow_view`](crate::Client::update_workflow_view).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "update_workflow_view",
            reqwest::Method::PUT,
            "/openapi/workflows/view/{viewName}",
        );
        request.path_param("viewName", &self.view_name);
        request.query("projectKey", &self.project_key);
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::delete_workflow_view`](crate::Client::delete_workflow_view): `DELETE /openapi/workflows/view/{viewName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteWorkflowView<'a> {
    client: &'a crate::Client,
    project_key: String,
    view_name: String,
    options: CallOptions,
}
impl<'a> DeleteWorkflowView<'a> {
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
    /// See [`Client::delete_workflow_view`](crate::Client::delete_workflow_view).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_workflow_view",
            reqwest::Method::DELETE,
            "/openapi/workflows/view/{viewName}",
        );
        request.path_param("viewName", &self.view_name);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::create_approval_ticket`](crate::Client::create_approval_ticket): `POST /openapi/ticket/approval`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateApprovalTicket<'a> {
    client: &'a crate::Client,
    body: crate::types::CreateApprovalTicketRequest,
    options: CallOptions,
}
impl<'a> CreateApprovalTicket<'a> {
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
    /// See [`Client::create_approval_ticket`](crate::Client::create_approval_ticket).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "create_approval_ticket",
            reqwest::Method::POST,
            "/openapi/ticket/approval",
        );
        request.json_body(&self.body);
        self.client.send_message(request, self.options).await
    }
}
/// Request builder for [`Client::stream_workflow_job_logs`](crate::Client::stream_workflow_job_logs): `GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct StreamWorkflowJobLogs<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    task_id: i64,
    job_name: String,
    lines: i64,
    options: CallOptions,
}
impl<'a> StreamWorkflowJobLogs<'a> {
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
    /// See [`Client::stream_workflow_job_logs`](crate::Client::stream_workflow_job_logs).
    pub async fn send(self) -> crate::Result<crate::LogStream> {
        let mut request = Request::new(
            "stream_workflow_job_logs",
            reqwest::Method::GET,
            "/openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}",
        );
        request.path_param("workflowName", &self.workflow_key);
        request.path_param("taskID", &self.task_id.to_string());
        request.path_param("jobName", &self.job_name);
        request.path_param("lines", &self.lines.to_string());
        self.client.send_event_stream(request, self.options).await
    }
}
/// Request builder for [`Client::get_workflow_job_logs`](crate::Client::get_workflow_job_logs): `GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowJobLogs<'a> {
    client: &'a crate::Client,
    workflow_key: String,
    task_id: i64,
    job_name: String,
    options: CallOptions,
}
impl<'a> GetWorkflowJobLogs<'a> {
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
    /// See [`Client::get_workflow_job_logs`](crate::Client::get_workflow_job_logs).
    pub async fn send(self) -> crate::Result<String> {
        let mut request = Request::new(
            "get_workflow_job_logs",
            reqwest::Method::GET,
            "/openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}",
        );
        request.path_param("workflowName", &self.workflow_key);
        request.path_param("taskID", &self.task_id.to_string());
        request.path_param("jobName", &self.job_name);
        self.client.send_text(request, self.options).await
    }
}
/// Request builder for [`Client::execute_product_workflow`](crate::Client::execute_product_workflow): `POST /openapi/workflows/product/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ExecuteProductWorkflow<'a> {
    client: &'a crate::Client,
    body: crate::types::ExecuteProductWorkflowRequest,
    options: CallOptions,
}
impl<'a> ExecuteProductWorkflow<'a> {
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
    /// Sends the request and returns the decoded [`ProductWorkflowTaskCreated`](crate::types::ProductWorkflowTaskCreated).
    ///
    /// # Errors
    ///
    /// See [`Client::execute_product_workflow`](crate::Client::execute_product_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ProductWorkflowTaskCreated> {
        let mut request = Request::new(
            "execute_product_workflow",
            reqwest::Method::POST,
            "/openapi/workflows/product/task",
        );
        request.json_body(&self.body);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::list_product_workflow_tasks`](crate::Client::list_product_workflow_tasks): `GET /openapi/workflows/product/{name}/tasks`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductWorkflowTasks<'a> {
    client: &'a crate::Client,
    project_key: String,
    workflow_key: String,
    page_num: Option<i64>,
    page_size: Option<i64>,
    options: CallOptions,
}
impl<'a> ListProductWorkflowTasks<'a> {
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.page_num = Some(value);
        self
    }
    /// Runs per page (query `pageSize`). Server default: `10`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
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
    /// Sends the request and returns the decoded list of [`ProductWorkflowTaskBrief`](crate::types::ProductWorkflowTaskBrief).
    ///
    /// # Errors
    ///
    /// See [`Client::list_product_workflow_tasks`](crate::Client::list_product_workflow_tasks).
    pub async fn send(
        self,
    ) -> crate::Result<Vec<crate::types::ProductWorkflowTaskBrief>> {
        let mut request = Request::new(
            "list_product_workflow_tasks",
            reqwest::Method::GET,
            "/openapi/workflows/product/{name}/tasks",
        );
        request.path_param("name", &self.workflow_key);
        request.query("projectKey", &self.project_key);
        if let Some(value) = &self.page_num {
            request.query("pageNum", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::get_product_workflow_task`](crate::Client::get_product_workflow_task): `GET /openapi/workflows/product/{name}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductWorkflowTask<'a> {
    client: &'a crate::Client,
    project_key: String,
    workflow_key: String,
    task_id: i64,
    options: CallOptions,
}
impl<'a> GetProductWorkflowTask<'a> {
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
    /// Sends the request and returns the decoded [`ProductWorkflowTaskDetail`](crate::types::ProductWorkflowTaskDetail).
    ///
    /// # Errors
    ///
    /// See [`Client::get_product_workflow_task`](crate::Client::get_product_workflow_task).
    pub async fn send(self) -> crate::Result<crate::types::ProductWorkflowTaskDetail> {
        let mut request = Request::new(
            "get_product_workflow_task",
            reqwest::Method::GET,
            "/openapi/workflows/product/{name}/task/{taskID}",
        );
        request.path_param("name", &self.workflow_key);
        request.path_param("taskID", &self.task_id.to_string());
        request.query("projectKey", &self.project_key);
        self.client.send_json(request, self.options).await
    }
}
/// Request builder for [`Client::delete_product_workflow`](crate::Client::delete_product_workflow): `DELETE /openapi/workflows/product`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductWorkflow<'a> {
    client: &'a crate::Client,
    project_key: String,
    workflow_key: String,
    options: CallOptions,
}
impl<'a> DeleteProductWorkflow<'a> {
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
    /// See [`Client::delete_product_workflow`](crate::Client::delete_product_workflow).
    pub async fn send(self) -> crate::Result<crate::types::ApiMessage> {
        let mut request = Request::new(
            "delete_product_workflow",
            reqwest::Method::DELETE,
            "/openapi/workflows/product",
        );
        request.query("workflowKey", &self.workflow_key);
        request.query("projectKey", &self.project_key);
        self.client.send_message(request, self.options).await
    }
}
