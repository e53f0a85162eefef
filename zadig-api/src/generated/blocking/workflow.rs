// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Workflow API on the [`blocking::Client`](crate::blocking::Client).
use std::time::Duration;
impl crate::blocking::Client {
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
            inner: self.as_async().list_workflows(project_key),
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
            inner: self.as_async().get_workflow(project_key, workflow_key),
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
    /// Returns the decoded [`WorkflowTaskList`](crate::types::WorkflowTaskList). The builder's [`items`](crate::blocking::requests::ListWorkflowTasks::items) walks every page.
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
            inner: self.as_async().list_workflow_tasks(workflow_key),
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
            inner: self.as_async().get_workflow_task(workflow_key, task_id),
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
            inner: self.as_async().execute_workflow(body),
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
            inner: self.as_async().cancel_workflow_task(workflow_key, task_id),
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
            inner: self.as_async().retry_workflow_task(workflow_key, task_id),
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
            inner: self.as_async().approve_workflow_task(body),
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
            inner: self
                .as_async()
                .update_workflow_task_remark(workflow_key, task_id, body),
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
            inner: self
                .as_async()
                .get_workflow_task_manual_exec(project_key, workflow_key, task_id),
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
            inner: self
                .as_async()
                .manual_exec_workflow_task(project_key, workflow_key, task_id, body),
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
            inner: self.as_async().create_workflow(body),
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
            inner: self.as_async().update_workflow(workflow_key, body),
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
            inner: self.as_async().get_workflow_definition(workflow_key),
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
            inner: self.as_async().create_custom_workflow(body),
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
            inner: self.as_async().update_custom_workflow(workflow_key, body),
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
            inner: self.as_async().delete_workflow(project_key, workflow_key),
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
            inner: self.as_async().list_workflow_views(project_key),
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
            inner: self.as_async().create_workflow_view(body),
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
            inner: self.as_async().update_workflow_view(project_key, view_name, body),
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
            inner: self.as_async().delete_workflow_view(project_key, view_name),
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
            inner: self.as_async().create_approval_ticket(body),
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
            inner: self
                .as_async()
                .stream_workflow_job_logs(workflow_key, task_id, job_name, lines),
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
            inner: self.as_async().get_workflow_job_logs(workflow_key, task_id, job_name),
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
            inner: self.as_async().execute_product_workflow(body),
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
            inner: self.as_async().list_product_workflow_tasks(project_key, workflow_key),
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
            inner: self
                .as_async()
                .get_product_workflow_task(project_key, workflow_key, task_id),
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
            inner: self.as_async().delete_product_workflow(project_key, workflow_key),
        }
    }
}
/// Blocking request builder for [`blocking::Client::list_workflows`](crate::blocking::Client::list_workflows): `GET /openapi/workflows`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListWorkflows<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListWorkflows<'a>,
}
impl<'a> ListWorkflows<'a> {
    /// Sets the optional query parameter `viewName`; see [`requests::ListWorkflows::view_name`](crate::requests::ListWorkflows::view_name).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.view_name(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_workflows`](crate::Client::list_workflows); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::WorkflowList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_workflow`](crate::blocking::Client::get_workflow): `GET /openapi/workflows/custom/{workflowKey}/detail`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetWorkflow<'a>,
}
impl<'a> GetWorkflow<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow`](crate::Client::get_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::WorkflowDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_workflow_tasks`](crate::blocking::Client::list_workflow_tasks): `GET /openapi/workflows/custom/{workflowKey}/tasks`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListWorkflowTasks<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListWorkflowTasks<'a>,
}
impl<'a> ListWorkflowTasks<'a> {
    /// Sets the optional query parameter `projectKey`; see [`requests::ListWorkflowTasks::project_key`](crate::requests::ListWorkflowTasks::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Sets the optional query parameter `pageNum`; see [`requests::ListWorkflowTasks::page_num`](crate::requests::ListWorkflowTasks::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListWorkflowTasks::page_size`](crate::requests::ListWorkflowTasks::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Every item across all pages, fetched lazily one page at a time; see
    /// the async builder's `items`.
    pub fn items(
        self,
    ) -> crate::blocking::PaginatedIter<'a, crate::types::WorkflowTaskSummary> {
        crate::blocking::PaginatedIter::new(self.inner.items(), self.client)
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_workflow_tasks`](crate::Client::list_workflow_tasks); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::WorkflowTaskList> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_workflow_task`](crate::blocking::Client::get_workflow_task): `GET /openapi/workflows/custom/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetWorkflowTask<'a>,
}
impl<'a> GetWorkflowTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow_task`](crate::Client::get_workflow_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::WorkflowTaskDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::execute_workflow`](crate::blocking::Client::execute_workflow): `POST /openapi/workflows/custom/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ExecuteWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ExecuteWorkflow<'a>,
}
impl<'a> ExecuteWorkflow<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::execute_workflow`](crate::Client::execute_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ExecuteWorkflowResponse> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::cancel_workflow_task`](crate::blocking::Client::cancel_workflow_task): `DELETE /openapi/workflows/custom/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CancelWorkflowTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CancelWorkflowTask<'a>,
}
impl<'a> CancelWorkflowTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::cancel_workflow_task`](crate::Client::cancel_workflow_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::retry_workflow_task`](crate::blocking::Client::retry_workflow_task): `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct RetryWorkflowTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::RetryWorkflowTask<'a>,
}
impl<'a> RetryWorkflowTask<'a> {
    /// Sets the optional query parameter `projectKey`; see [`requests::RetryWorkflowTask::project_key`](crate::requests::RetryWorkflowTask::project_key).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.project_key(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::retry_workflow_task`](crate::Client::retry_workflow_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::approve_workflow_task`](crate::blocking::Client::approve_workflow_task): `POST /openapi/workflows/custom/task/approve`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ApproveWorkflowTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ApproveWorkflowTask<'a>,
}
impl<'a> ApproveWorkflowTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::approve_workflow_task`](crate::Client::approve_workflow_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_workflow_task_remark`](crate::blocking::Client::update_workflow_task_remark): `PUT /openapi/workflows/custom/{name}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateWorkflowTaskRemark<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateWorkflowTaskRemark<'a>,
}
impl<'a> UpdateWorkflowTaskRemark<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_workflow_task_remark`](crate::Client::update_workflow_task_remark); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_workflow_task_manual_exec`](crate::blocking::Client::get_workflow_task_manual_exec): `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowTaskManualExec<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetWorkflowTaskManualExec<'a>,
}
impl<'a> GetWorkflowTaskManualExec<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow_task_manual_exec`](crate::Client::get_workflow_task_manual_exec); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::WorkflowTaskManualExecContext> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::manual_exec_workflow_task`](crate::blocking::Client::manual_exec_workflow_task): `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ManualExecWorkflowTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ManualExecWorkflowTask<'a>,
}
impl<'a> ManualExecWorkflowTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::manual_exec_workflow_task`](crate::Client::manual_exec_workflow_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_workflow`](crate::blocking::Client::create_workflow): `POST /api/aslan/workflow/v4`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateWorkflow<'a>,
}
impl<'a> CreateWorkflow<'a> {
    /// Sets the optional query parameter `viewName`; see [`requests::CreateWorkflow::view_name`](crate::requests::CreateWorkflow::view_name).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.view_name(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_workflow`](crate::Client::create_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_workflow`](crate::blocking::Client::update_workflow): `PUT /api/aslan/workflow/v4/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateWorkflow<'a>,
}
impl<'a> UpdateWorkflow<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_workflow`](crate::Client::update_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_workflow_definition`](crate::blocking::Client::get_workflow_definition): `GET /api/aslan/workflow/v4/name/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowDefinition<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetWorkflowDefinition<'a>,
}
impl<'a> GetWorkflowDefinition<'a> {
    /// Sets the optional query parameter `encryptedKey`; see [`requests::GetWorkflowDefinition::encrypted_key`](crate::requests::GetWorkflowDefinition::encrypted_key).
    pub fn encrypted_key(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.encrypted_key(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow_definition`](crate::Client::get_workflow_definition); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<String> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_custom_workflow`](crate::blocking::Client::create_custom_workflow): `POST /openapi/workflows/custom`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateCustomWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateCustomWorkflow<'a>,
}
impl<'a> CreateCustomWorkflow<'a> {
    /// Sets the optional query parameter `viewName`; see [`requests::CreateCustomWorkflow::view_name`](crate::requests::CreateCustomWorkflow::view_name).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.inner = self.inner.view_name(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_custom_workflow`](crate::Client::create_custom_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_custom_workflow`](crate::blocking::Client::update_custom_workflow): `PUT /openapi/workflows/custom/{name}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateCustomWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateCustomWorkflow<'a>,
}
impl<'a> UpdateCustomWorkflow<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_custom_workflow`](crate::Client::update_custom_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_workflow`](crate::blocking::Client::delete_workflow): `DELETE /openapi/workflows/custom`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteWorkflow<'a>,
}
impl<'a> DeleteWorkflow<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_workflow`](crate::Client::delete_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_workflow_views`](crate::blocking::Client::list_workflow_views): `GET /openapi/workflows/view`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListWorkflowViews<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListWorkflowViews<'a>,
}
impl<'a> ListWorkflowViews<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_workflow_views`](crate::Client::list_workflow_views); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::WorkflowView>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_workflow_view`](crate::blocking::Client::create_workflow_view): `POST /openapi/workflows/view`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateWorkflowView<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateWorkflowView<'a>,
}
impl<'a> CreateWorkflowView<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_workflow_view`](crate::Client::create_workflow_view); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::update_workflow_view`](crate::blocking::Client::update_workflow_view): `PUT /openapi/workflows/view/{viewName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct UpdateWorkflowView<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::UpdateWorkflowView<'a>,
}
impl<'a> UpdateWorkflowView<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::update_workflow_view`](crate::Client::update_workflow_view); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_workflow_view`](crate::blocking::Client::delete_workflow_view): `DELETE /openapi/workflows/view/{viewName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteWorkflowView<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteWorkflowView<'a>,
}
impl<'a> DeleteWorkflowView<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_workflow_view`](crate::Client::delete_workflow_view); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::create_approval_ticket`](crate::blocking::Client::create_approval_ticket): `POST /openapi/ticket/approval`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct CreateApprovalTicket<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::CreateApprovalTicket<'a>,
}
impl<'a> CreateApprovalTicket<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::create_approval_ticket`](crate::Client::create_approval_ticket); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::stream_workflow_job_logs`](crate::blocking::Client::stream_workflow_job_logs): `GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct StreamWorkflowJobLogs<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::StreamWorkflowJobLogs<'a>,
}
impl<'a> StreamWorkflowJobLogs<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::stream_workflow_job_logs`](crate::Client::stream_workflow_job_logs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::blocking::LogLines> {
        let client = self.client;
        client
            .block_on(self.inner.send())
            .map(|stream| crate::blocking::LogLines::new(stream, client))
    }
}
/// Blocking request builder for [`blocking::Client::get_workflow_job_logs`](crate::blocking::Client::get_workflow_job_logs): `GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetWorkflowJobLogs<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetWorkflowJobLogs<'a>,
}
impl<'a> GetWorkflowJobLogs<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_workflow_job_logs`](crate::Client::get_workflow_job_logs); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<String> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::execute_product_workflow`](crate::blocking::Client::execute_product_workflow): `POST /openapi/workflows/product/task`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ExecuteProductWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ExecuteProductWorkflow<'a>,
}
impl<'a> ExecuteProductWorkflow<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::execute_product_workflow`](crate::Client::execute_product_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ProductWorkflowTaskCreated> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::list_product_workflow_tasks`](crate::blocking::Client::list_product_workflow_tasks): `GET /openapi/workflows/product/{name}/tasks`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct ListProductWorkflowTasks<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::ListProductWorkflowTasks<'a>,
}
impl<'a> ListProductWorkflowTasks<'a> {
    /// Sets the optional query parameter `pageNum`; see [`requests::ListProductWorkflowTasks::page_num`](crate::requests::ListProductWorkflowTasks::page_num).
    pub fn page_num(mut self, value: i64) -> Self {
        self.inner = self.inner.page_num(value);
        self
    }
    /// Sets the optional query parameter `pageSize`; see [`requests::ListProductWorkflowTasks::page_size`](crate::requests::ListProductWorkflowTasks::page_size).
    pub fn page_size(mut self, value: i64) -> Self {
        self.inner = self.inner.page_size(value);
        self
    }
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::list_product_workflow_tasks`](crate::Client::list_product_workflow_tasks); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<Vec<crate::types::ProductWorkflowTaskBrief>> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::get_product_workflow_task`](crate::blocking::Client::get_product_workflow_task): `GET /openapi/workflows/product/{name}/task/{taskID}`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct GetProductWorkflowTask<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::GetProductWorkflowTask<'a>,
}
impl<'a> GetProductWorkflowTask<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::get_product_workflow_task`](crate::Client::get_product_workflow_task); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ProductWorkflowTaskDetail> {
        self.client.block_on(self.inner.send())
    }
}
/// Blocking request builder for [`blocking::Client::delete_product_workflow`](crate::blocking::Client::delete_product_workflow): `DELETE /openapi/workflows/product`.
///
/// Set optional parameters, then call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until `send` is called"]
pub struct DeleteProductWorkflow<'a> {
    client: &'a crate::blocking::Client,
    inner: crate::requests::DeleteProductWorkflow<'a>,
}
impl<'a> DeleteProductWorkflow<'a> {
    /// Overrides the client's request timeout (one attempt) for this call.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.inner = self.inner.timeout(timeout);
        self
    }
    /// Overrides the client's deadline (the whole call, retries included) for this call.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.inner = self.inner.deadline(deadline);
        self
    }
    /// Turns retries on or off for this call; see the async builder's `retry`.
    pub fn retry(mut self, retry: bool) -> Self {
        self.inner = self.inner.retry(retry);
        self
    }
    /// Adds `name=value` to the query string; see the async builder's `query_param`.
    pub fn query_param(
        mut self,
        name: impl Into<String>,
        value: impl std::fmt::Display,
    ) -> Self {
        self.inner = self.inner.query_param(name, value);
        self
    }
    /// Sends the request and waits for the answer.
    ///
    /// # Errors
    ///
    /// See [`Client::delete_product_workflow`](crate::Client::delete_product_workflow); calling this from inside an async runtime is an [`ErrorKind::InvalidInput`](crate::ErrorKind::InvalidInput) error.
    pub fn send(self) -> crate::Result<crate::types::ApiMessage> {
        self.client.block_on(self.inner.send())
    }
}
