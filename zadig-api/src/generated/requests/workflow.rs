// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//! Calls of the Workflow API.
#[cfg_attr(docsrs, doc(cfg(feature = "workflow")))]
impl<M> crate::GenericClient<M> {
    /// Lists the workflows of a project, optionally only those of one view.
    ///
    /// `GET /openapi/workflows`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    ///
    /// Optional query parameters: [`view_name`](ListWorkflows::view_name).
    ///
    /// `send()` returns the decoded [`WorkflowList`](crate::types::WorkflowList).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-a-workflow-list>
    pub fn list_workflows(
        &self,
        project_key: impl Into<String>,
    ) -> ListWorkflows<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListWorkflows {
                project_key: project_key.into(),
                view_name: None,
            },
        )
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
    /// `send()` returns the decoded [`WorkflowDetail`](crate::types::WorkflowDetail).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-workflow-details>
    pub fn get_workflow(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> GetWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetWorkflow {
                project_key: project_key.into(),
                workflow_key: workflow_key.into(),
            },
        )
    }
    /// Lists the runs (tasks) of one workflow, page by page.
    ///
    /// `GET /openapi/workflows/custom/{workflowKey}/tasks`
    ///
    /// Arguments:
    /// - `workflow_key` (path `workflowKey`): Identifier of the workflow.
    ///
    /// Optional query parameters: [`project_key`](ListWorkflowTasks::project_key), [`page_num`](ListWorkflowTasks::page_num), [`page_size`](ListWorkflowTasks::page_size).
    ///
    /// `send()` returns the decoded [`WorkflowTaskList`](crate::types::WorkflowTaskList); `items()` walks every page.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `GET /openapi/workflows/custom/:workflowName/tasks`: The server routes `/openapi/workflows/custom/:name/tasks` and the detail page names the segment `:workflowKey`; it takes the workflow identifier, so the placeholder is `workflowKey` here as on the detail page.
    /// - overview.zh-v3.4.md says `GET /openapi/workflows/custom/:workflowName/tasks`: Same as the English overview; the segment is the workflow identifier (`workflowKey`).
    /// - workflow.en.txt says `projectKey | string | Project identifier | Yes | None |`: The handler reads `projectKey` without requiring it (it is used to check permissions and to find the workflow), so the spec leaves it optional, as the server does.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-a-workflow-task-list>
    pub fn list_workflow_tasks(
        &self,
        workflow_key: impl Into<String>,
    ) -> ListWorkflowTasks<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListWorkflowTasks {
                workflow_key: workflow_key.into(),
                project_key: None,
                page_num: None,
                page_size: None,
            },
        )
    }
    /// Fetches one run of a workflow with its stages, jobs and approvals.
    ///
    /// `GET /openapi/workflows/custom/task`
    ///
    /// Arguments:
    /// - `workflow_key` (query `workflowKey`): Identifier of the workflow.
    /// - `task_id` (query `taskId`): Number of the run within its workflow.
    ///
    /// `send()` returns the decoded [`WorkflowTaskDetail`](crate::types::WorkflowTaskDetail).
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `taskId and workflowKey are required`: The server binds both from the query without marking them required, but looks the run up by them, so a call without them can only fail; the bindings keep them required, as the docs do.
    /// - workflow.en.txt says `taskId and workflowKey are required`: The same for the workflow key.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-workflow-task-details>
    pub fn get_workflow_task(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> GetWorkflowTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetWorkflowTask {
                workflow_key: workflow_key.into(),
                task_id,
            },
        )
    }
    /// Starts a new run of a workflow with the given variables, job inputs and notifications.
    ///
    /// `POST /openapi/workflows/custom/task`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns the decoded [`ExecuteWorkflowResponse`](crate::types::ExecuteWorkflowResponse).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#execute-the-workflow>
    pub fn execute_workflow(
        &self,
        body: crate::types::ExecuteWorkflowRequest,
    ) -> ExecuteWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ExecuteWorkflow {
                body,
            },
        )
    }
    /// Stops a running workflow task.
    ///
    /// `DELETE /openapi/workflows/custom/task`
    ///
    /// Arguments:
    /// - `workflow_key` (query `workflowKey`): Identifier of the workflow.
    /// - `task_id` (query `taskId`): Number of the run within its workflow.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `taskId and workflowKey are required`: The server binds both from the query without marking them required, but looks the run up by them, so a call without them can only fail; the bindings keep them required, as the docs do.
    /// - workflow.en.txt says `taskId and workflowKey are required`: The same for the workflow key.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#cancel-workflow-tasks>
    pub fn cancel_workflow_task(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> CancelWorkflowTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CancelWorkflowTask {
                workflow_key: workflow_key.into(),
                task_id,
            },
        )
    }
    /// Runs a finished (failed or cancelled) workflow task again.
    ///
    /// `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}`
    ///
    /// Arguments:
    /// - `workflow_key` (path `workflowKey`): Identifier of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    ///
    /// Optional query parameters: [`project_key`](RetryWorkflowTask::project_key).
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - overview.en-v4.0.md says `POST /openapi/workflows/custom/:workflowName/task/:taskID`: The server routes `/openapi/workflows/custom/:name/task/:taskID` and the detail page names the segment `:workflowKey`; it takes the workflow identifier, so the placeholder is `workflowKey` here.
    /// - overview.zh-v3.4.md says `POST /openapi/workflows/custom/:workflowName/task/:taskID`: Same as the English overview; the segment is the workflow identifier (`workflowKey`).
    /// - workflow.en.txt says `projectKey | string | Project identifier | Yes | None |`: The handler reads `projectKey` without requiring it (it is used to check permissions and to find the workflow), so the spec leaves it optional, as the server does.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#retry-the-workflow-task>
    pub fn retry_workflow_task(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> RetryWorkflowTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::RetryWorkflowTask {
                workflow_key: workflow_key.into(),
                task_id,
                project_key: None,
            },
        )
    }
    /// Approves or rejects a stage of a workflow task that waits for a Zadig (native) approval.
    ///
    /// `POST /openapi/workflows/custom/task/approve`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#approval-workflow>
    pub fn approve_workflow_task(
        &self,
        body: crate::types::ApproveWorkflowTaskRequest,
    ) -> ApproveWorkflowTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ApproveWorkflowTask {
                body,
            },
        )
    }
    /// Sets the remark (free-text note) of one run of a workflow.
    ///
    /// `PUT /openapi/workflows/custom/{name}/task/{taskID}`
    ///
    /// Replaces the run's remark with the given text.
    ///
    /// Arguments:
    /// - `workflow_key` (path `name`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn update_workflow_task_remark(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        body: crate::types::UpdateWorkflowTaskRemarkRequest,
    ) -> UpdateWorkflowTaskRemark<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateWorkflowTaskRemark {
                workflow_key: workflow_key.into(),
                task_id,
                body,
            },
        )
    }
    /// Tells whether a run waits for a stage to be started by hand, and who may start it.
    ///
    /// `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`
    ///
    /// Served by Zadig v5.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// For a run paused before a stage that is set to start manually, reports that stage, the users and groups allowed to start it and whether the caller is one of them.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `workflow_key` (path `name`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    ///
    /// `send()` returns the decoded [`WorkflowTaskManualExecContext`](crate::types::WorkflowTaskManualExecContext).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_workflow_task_manual_exec(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> GetWorkflowTaskManualExec<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetWorkflowTaskManualExec {
                project_key: project_key.into(),
                workflow_key: workflow_key.into(),
                task_id,
            },
        )
    }
    /// Starts a stage of a run that waits to be started by hand.
    ///
    /// `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`
    ///
    /// Served by Zadig v5.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The caller must be one of the stage's allowed executors (see `get_workflow_task_manual_exec`).
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `workflow_key` (path `name`): Identifier (key) of the workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn manual_exec_workflow_task(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        task_id: i64,
        body: crate::types::ManualExecWorkflowTaskRequest,
    ) -> ManualExecWorkflowTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ManualExecWorkflowTask {
                project_key: project_key.into(),
                workflow_key: workflow_key.into(),
                task_id,
                body,
            },
        )
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
    /// Optional query parameters: [`view_name`](CreateWorkflow::view_name).
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#create-a-workflow>
    pub fn create_workflow(
        &self,
        body: crate::types::WorkflowDefinition,
    ) -> CreateWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateWorkflow {
                body,
                view_name: None,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `projectName | string | Project identifier | Yes | None |`: The handler never reads a `projectName` query parameter; it takes the project from the body's `project` field. The parameter is left out.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#update-workflow>
    pub fn update_workflow(
        &self,
        workflow_key: impl Into<String>,
        body: crate::types::WorkflowDefinition,
    ) -> UpdateWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateWorkflow {
                workflow_key: workflow_key.into(),
                body,
            },
        )
    }
    /// Reads the stored definition of a custom workflow, as YAML.
    ///
    /// `GET /api/aslan/workflow/v4/name/{name}`
    ///
    /// The whole definition `update_workflow` replaces, as the YAML document the server writes (its keys are the definition's YAML names). Parse it into `WorkflowDefinition` with a YAML decoder, change it and send it with `update_workflow`: the keys the type does not declare are kept and sent back, so nothing is lost. A caller who is not a system administrator needs permission to view or edit workflows of its project.
    ///
    /// Arguments:
    /// - `workflow_key` (path `name`): Identifier of the workflow.
    ///
    /// Optional query parameters: [`encrypted_key`](GetWorkflowDefinition::encrypted_key).
    ///
    /// `send()` returns the response body as text.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_workflow_definition(
        &self,
        workflow_key: impl Into<String>,
    ) -> GetWorkflowDefinition<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetWorkflowDefinition {
                workflow_key: workflow_key.into(),
                encrypted_key: None,
            },
        )
    }
    /// Creates a custom workflow from a full definition, on the public API path.
    ///
    /// `POST /openapi/workflows/custom`
    ///
    /// Served by Zadig v5.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Same handler and body as `create_workflow`, served under `/openapi`.
    ///
    /// Arguments:
    /// - `body`: The workflow definition; the server reads it as YAML, so JSON works too.
    ///
    /// Optional query parameters: [`view_name`](CreateCustomWorkflow::view_name).
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn create_custom_workflow(
        &self,
        body: crate::types::WorkflowDefinition,
    ) -> CreateCustomWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateCustomWorkflow {
                body,
                view_name: None,
            },
        )
    }
    /// Replaces the definition of an existing custom workflow, on the public API path.
    ///
    /// `PUT /openapi/workflows/custom/{name}`
    ///
    /// Served by Zadig v5.0.0 and later: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Same handler and body as `update_workflow`, served under `/openapi`; the project is taken from the body's `project` field.
    ///
    /// Arguments:
    /// - `workflow_key` (path `name`): Identifier of the workflow.
    /// - `body`: The complete new definition; the server reads it as YAML, so JSON works too.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn update_custom_workflow(
        &self,
        workflow_key: impl Into<String>,
        body: crate::types::WorkflowDefinition,
    ) -> UpdateCustomWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateCustomWorkflow {
                workflow_key: workflow_key.into(),
                body,
            },
        )
    }
    /// Deletes a custom workflow.
    ///
    /// `DELETE /openapi/workflows/custom`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project. Permissions are checked against it: the server refuses a caller who is not a system administrator without it.
    /// - `workflow_key` (query `workflowKey`): Identifier of the workflow.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#delete-workflow>
    pub fn delete_workflow(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> DeleteWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteWorkflow {
                project_key: project_key.into(),
                workflow_key: workflow_key.into(),
            },
        )
    }
    /// Lists the workflow views of a project and the workflows each one groups.
    ///
    /// `GET /openapi/workflows/view`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    ///
    /// `send()` returns the decoded list of [`WorkflowView`](crate::types::WorkflowView).
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#get-a-workflow-view-list>
    pub fn list_workflow_views(
        &self,
        project_key: impl Into<String>,
    ) -> ListWorkflowViews<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListWorkflowViews {
                project_key: project_key.into(),
            },
        )
    }
    /// Creates a named view that groups some workflows of a project.
    ///
    /// `POST /openapi/workflows/view`
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#create-a-workflow-view>
    pub fn create_workflow_view(
        &self,
        body: crate::types::CreateWorkflowViewRequest,
    ) -> CreateWorkflowView<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateWorkflowView {
                body,
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#edit-workflow-view>
    pub fn update_workflow_view(
        &self,
        project_key: impl Into<String>,
        view_name: impl Into<String>,
        body: crate::types::UpdateWorkflowViewRequest,
    ) -> UpdateWorkflowView<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::UpdateWorkflowView {
                project_key: project_key.into(),
                view_name: view_name.into(),
                body,
            },
        )
    }
    /// Deletes a workflow view (the workflows themselves stay).
    ///
    /// `DELETE /openapi/workflows/view/{viewName}`
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier of the project.
    /// - `view_name` (path `viewName`): Name of the view.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#delete-the-workflow-view>
    pub fn delete_workflow_view(
        &self,
        project_key: impl Into<String>,
        view_name: impl Into<String>,
    ) -> DeleteWorkflowView<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteWorkflowView {
                project_key: project_key.into(),
                view_name: view_name.into(),
            },
        )
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
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#create-a-pre-approval-form>
    pub fn create_approval_ticket(
        &self,
        body: crate::types::CreateApprovalTicketRequest,
    ) -> CreateApprovalTicket<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::CreateApprovalTicket {
                body,
            },
        )
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
    /// `send()` returns a stream of log lines, read as the server sends them.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `GET /openapi/logs/sse/v4/workflow/<workflow_id>/<workflow_task_id>/<workflow_job_task_id>/<tail_lines>`: The docs use `<...>` placeholders with misleading names; the server routes `/openapi/logs/sse/v4/workflow/:workflowName/:taskID/:jobName/:lines` (workflow key, task number, job name, tail lines), and we use its names.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#view-real-time-workflow-task-logs>
    pub fn stream_workflow_job_logs(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        job_name: impl Into<String>,
        lines: i64,
    ) -> StreamWorkflowJobLogs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::StreamWorkflowJobLogs {
                workflow_key: workflow_key.into(),
                task_id,
                job_name: job_name.into(),
                lines,
            },
        )
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
    /// `send()` returns the response body as text.
    ///
    /// # Docs errata
    ///
    /// - workflow.en.txt says `GET /openapi/logs/log/v4/workflow/<workflow_id>/<workflow_task_id>/<workflow_job_task_id>`: The docs use `<...>` placeholders with misleading names; the server routes `/openapi/logs/log/v4/workflow/:workflowName/:taskID/:jobName` (workflow key, task number, job name), and we use its names.
    ///
    /// Vendor docs: <https://docs.koderover.com/en/Zadig%20v4.0/api/workflow/#view-complete-workflow-task-logs>
    pub fn get_workflow_job_logs(
        &self,
        workflow_key: impl Into<String>,
        task_id: i64,
        job_name: impl Into<String>,
    ) -> GetWorkflowJobLogs<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetWorkflowJobLogs {
                workflow_key: workflow_key.into(),
                task_id,
                job_name: job_name.into(),
            },
        )
    }
    /// Runs a product workflow (the kind that predates custom workflows) with given builds or images.
    ///
    /// `POST /openapi/workflows/product/task`
    ///
    /// Served by Zadig v3.4.0 only: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The run starts from the workflow's own settings for the target environment; the body says which services to build (and from which branches), or which images to deploy. When both building and deploying, the deploy source must be `zadig`. Only v3.4.0 serves this route; v3.4.1 removed the product workflow routes. Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `body`: the JSON request body
    ///
    /// `send()` returns the decoded [`ProductWorkflowTaskCreated`](crate::types::ProductWorkflowTaskCreated).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn execute_product_workflow(
        &self,
        body: crate::types::ExecuteProductWorkflowRequest,
    ) -> ExecuteProductWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ExecuteProductWorkflow {
                body,
            },
        )
    }
    /// Lists the runs of a product workflow, newest first, one page at a time.
    ///
    /// `GET /openapi/workflows/product/{name}/tasks`
    ///
    /// Served by Zadig v3.4.0 only: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The answer is a bare list with no total. Only v3.4.0 serves this route; Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project; the server requires it but lists by workflow alone.
    /// - `workflow_key` (path `name`): Identifier (key) of the product workflow.
    ///
    /// Optional query parameters: [`page_num`](ListProductWorkflowTasks::page_num), [`page_size`](ListProductWorkflowTasks::page_size).
    ///
    /// `send()` returns the decoded list of [`ProductWorkflowTaskBrief`](crate::types::ProductWorkflowTaskBrief).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn list_product_workflow_tasks(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> ListProductWorkflowTasks<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::ListProductWorkflowTasks {
                project_key: project_key.into(),
                workflow_key: workflow_key.into(),
                page_num: None,
                page_size: None,
            },
        )
    }
    /// Reads the state of one run of a product workflow.
    ///
    /// `GET /openapi/workflows/product/{name}/task/{taskID}`
    ///
    /// Served by Zadig v3.4.0 only: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// Only v3.4.0 serves this route; Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project.
    /// - `workflow_key` (path `name`): Identifier (key) of the product workflow.
    /// - `task_id` (path `taskID`): Number of the run within its workflow.
    ///
    /// `send()` returns the decoded [`ProductWorkflowTaskDetail`](crate::types::ProductWorkflowTaskDetail).
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn get_product_workflow_task(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
        task_id: i64,
    ) -> GetProductWorkflowTask<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::GetProductWorkflowTask {
                project_key: project_key.into(),
                workflow_key: workflow_key.into(),
                task_id,
            },
        )
    }
    /// Deletes a product workflow.
    ///
    /// `DELETE /openapi/workflows/product`
    ///
    /// Served by Zadig v3.4.0 only: a client configured for another release refuses the call before sending it ([`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported)).
    ///
    /// The project is only used to check the caller's permission. Only v3.4.0 serves this route; Zadig's public API docs do not list it.
    ///
    /// Arguments:
    /// - `project_key` (query `projectKey`): Identifier (key) of the project the workflow belongs to. Permissions are checked against it: the server refuses a caller who is not a system administrator without it.
    /// - `workflow_key` (query `workflowKey`): Identifier (key) of the product workflow.
    ///
    /// `send()` returns Zadig's acknowledgement message.
    ///
    /// Zadig's public API docs do not list this route: its shape comes from the source of each Zadig release that serves it, and may change without notice in a release.
    pub fn delete_product_workflow(
        &self,
        project_key: impl Into<String>,
        workflow_key: impl Into<String>,
    ) -> DeleteProductWorkflow<'_, M> {
        crate::Call::new(
            self,
            crate::endpoints::DeleteProductWorkflow {
                project_key: project_key.into(),
                workflow_key: workflow_key.into(),
            },
        )
    }
}
/// The call of [`Client::list_workflows`](crate::Client::list_workflows) (`GET /openapi/workflows`) on either client.
pub type ListWorkflows<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListWorkflows,
>;
impl<M> ListWorkflows<'_, M> {
    /// Only list the workflows that belong to this view (query `viewName`).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.view_name = Some(value.into());
        self
    }
}
/// The call of [`Client::get_workflow`](crate::Client::get_workflow) (`GET /openapi/workflows/custom/{workflowKey}/detail`) on either client.
pub type GetWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetWorkflow,
>;
/// The call of [`Client::list_workflow_tasks`](crate::Client::list_workflow_tasks) (`GET /openapi/workflows/custom/{workflowKey}/tasks`) on either client.
pub type ListWorkflowTasks<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListWorkflowTasks,
>;
impl<M> ListWorkflowTasks<'_, M> {
    /// Identifier of the project; when given, only runs of the workflow in this project are listed (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Number of tasks per page (query `pageSize`). Server default: `10`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
}
/// The call of [`Client::get_workflow_task`](crate::Client::get_workflow_task) (`GET /openapi/workflows/custom/task`) on either client.
pub type GetWorkflowTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetWorkflowTask,
>;
/// The call of [`Client::execute_workflow`](crate::Client::execute_workflow) (`POST /openapi/workflows/custom/task`) on either client.
pub type ExecuteWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ExecuteWorkflow,
>;
/// The call of [`Client::cancel_workflow_task`](crate::Client::cancel_workflow_task) (`DELETE /openapi/workflows/custom/task`) on either client.
pub type CancelWorkflowTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CancelWorkflowTask,
>;
/// The call of [`Client::retry_workflow_task`](crate::Client::retry_workflow_task) (`POST /openapi/workflows/custom/{workflowKey}/task/{taskID}`) on either client.
pub type RetryWorkflowTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::RetryWorkflowTask,
>;
impl<M> RetryWorkflowTask<'_, M> {
    /// Identifier of the project; the server only records it in the operation log (query `projectKey`).
    pub fn project_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.project_key = Some(value.into());
        self
    }
}
/// The call of [`Client::approve_workflow_task`](crate::Client::approve_workflow_task) (`POST /openapi/workflows/custom/task/approve`) on either client.
pub type ApproveWorkflowTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ApproveWorkflowTask,
>;
/// The call of [`Client::update_workflow_task_remark`](crate::Client::update_workflow_task_remark) (`PUT /openapi/workflows/custom/{name}/task/{taskID}`) on either client.
pub type UpdateWorkflowTaskRemark<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateWorkflowTaskRemark,
>;
/// The call of [`Client::get_workflow_task_manual_exec`](crate::Client::get_workflow_task_manual_exec) (`GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`) on either client.
pub type GetWorkflowTaskManualExec<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetWorkflowTaskManualExec,
>;
/// The call of [`Client::manual_exec_workflow_task`](crate::Client::manual_exec_workflow_task) (`POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`) on either client.
pub type ManualExecWorkflowTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ManualExecWorkflowTask,
>;
/// The call of [`Client::create_workflow`](crate::Client::create_workflow) (`POST /api/aslan/workflow/v4`) on either client.
pub type CreateWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateWorkflow,
>;
impl<M> CreateWorkflow<'_, M> {
    /// Also add the new workflow to this workflow view of the project (query `viewName`).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.view_name = Some(value.into());
        self
    }
}
/// The call of [`Client::update_workflow`](crate::Client::update_workflow) (`PUT /api/aslan/workflow/v4/{name}`) on either client.
pub type UpdateWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateWorkflow,
>;
/// The call of [`Client::get_workflow_definition`](crate::Client::get_workflow_definition) (`GET /api/aslan/workflow/v4/name/{name}`) on either client.
pub type GetWorkflowDefinition<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetWorkflowDefinition,
>;
impl<M> GetWorkflowDefinition<'_, M> {
    /// Key the server encrypts secret values of the definition with; without it they are left as stored (query `encryptedKey`).
    pub fn encrypted_key(mut self, value: impl Into<String>) -> Self {
        self.endpoint.encrypted_key = Some(value.into());
        self
    }
}
/// The call of [`Client::create_custom_workflow`](crate::Client::create_custom_workflow) (`POST /openapi/workflows/custom`) on either client.
pub type CreateCustomWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateCustomWorkflow,
>;
impl<M> CreateCustomWorkflow<'_, M> {
    /// Also add the new workflow to this workflow view of the project (query `viewName`).
    pub fn view_name(mut self, value: impl Into<String>) -> Self {
        self.endpoint.view_name = Some(value.into());
        self
    }
}
/// The call of [`Client::update_custom_workflow`](crate::Client::update_custom_workflow) (`PUT /openapi/workflows/custom/{name}`) on either client.
pub type UpdateCustomWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateCustomWorkflow,
>;
/// The call of [`Client::delete_workflow`](crate::Client::delete_workflow) (`DELETE /openapi/workflows/custom`) on either client.
pub type DeleteWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteWorkflow,
>;
/// The call of [`Client::list_workflow_views`](crate::Client::list_workflow_views) (`GET /openapi/workflows/view`) on either client.
pub type ListWorkflowViews<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListWorkflowViews,
>;
/// The call of [`Client::create_workflow_view`](crate::Client::create_workflow_view) (`POST /openapi/workflows/view`) on either client.
pub type CreateWorkflowView<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateWorkflowView,
>;
/// The call of [`Client::update_workflow_view`](crate::Client::update_workflow_view) (`PUT /openapi/workflows/view/{viewName}`) on either client.
pub type UpdateWorkflowView<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::UpdateWorkflowView,
>;
/// The call of [`Client::delete_workflow_view`](crate::Client::delete_workflow_view) (`DELETE /openapi/workflows/view/{viewName}`) on either client.
pub type DeleteWorkflowView<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteWorkflowView,
>;
/// The call of [`Client::create_approval_ticket`](crate::Client::create_approval_ticket) (`POST /openapi/ticket/approval`) on either client.
pub type CreateApprovalTicket<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::CreateApprovalTicket,
>;
/// The call of [`Client::stream_workflow_job_logs`](crate::Client::stream_workflow_job_logs) (`GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}`) on either client.
pub type StreamWorkflowJobLogs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::StreamWorkflowJobLogs,
>;
/// The call of [`Client::get_workflow_job_logs`](crate::Client::get_workflow_job_logs) (`GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}`) on either client.
pub type GetWorkflowJobLogs<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetWorkflowJobLogs,
>;
/// The call of [`Client::execute_product_workflow`](crate::Client::execute_product_workflow) (`POST /openapi/workflows/product/task`) on either client.
pub type ExecuteProductWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ExecuteProductWorkflow,
>;
/// The call of [`Client::list_product_workflow_tasks`](crate::Client::list_product_workflow_tasks) (`GET /openapi/workflows/product/{name}/tasks`) on either client.
pub type ListProductWorkflowTasks<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::ListProductWorkflowTasks,
>;
impl<M> ListProductWorkflowTasks<'_, M> {
    /// 1-based page number (query `pageNum`). Server default: `1`.
    pub fn page_num(mut self, value: i64) -> Self {
        self.endpoint.page_num = Some(value);
        self
    }
    /// Runs per page (query `pageSize`). Server default: `10`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.endpoint.page_size = Some(value);
        self
    }
}
/// The call of [`Client::get_product_workflow_task`](crate::Client::get_product_workflow_task) (`GET /openapi/workflows/product/{name}/task/{taskID}`) on either client.
pub type GetProductWorkflowTask<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::GetProductWorkflowTask,
>;
/// The call of [`Client::delete_product_workflow`](crate::Client::delete_product_workflow) (`DELETE /openapi/workflows/product`) on either client.
pub type DeleteProductWorkflow<'a, M = crate::Async> = crate::Call<
    'a,
    M,
    crate::endpoints::DeleteProductWorkflow,
>;
