// @generated from spec/workflow.yaml by `cargo xtask codegen`. Do not edit by hand.

//! The `zadig workflow` commands: the Workflow API.
#![allow(clippy::too_many_lines)]
use clap::{ArgMatches, Command};
use crate::args;
use crate::runtime::{Ctx, Failure};
/// The `zadig workflow` group and its commands.
pub(super) fn command() -> Command {
    Command::new("workflow")
        .about("The Workflow API (28 endpoints)")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommands([
            list_workflows_command(),
            get_workflow_command(),
            list_workflow_tasks_command(),
            get_workflow_task_command(),
            execute_workflow_command(),
            cancel_workflow_task_command(),
            retry_workflow_task_command(),
            approve_workflow_task_command(),
            update_workflow_task_remark_command(),
            get_workflow_task_manual_exec_command(),
            manual_exec_workflow_task_command(),
            create_workflow_command(),
            update_workflow_command(),
            get_workflow_definition_command(),
            create_custom_workflow_command(),
            update_custom_workflow_command(),
            delete_workflow_command(),
            list_workflow_views_command(),
            create_workflow_view_command(),
            update_workflow_view_command(),
            delete_workflow_view_command(),
            create_approval_ticket_command(),
            stream_workflow_job_logs_command(),
            get_workflow_job_logs_command(),
            execute_product_workflow_command(),
            list_product_workflow_tasks_command(),
            get_product_workflow_task_command(),
            delete_product_workflow_command(),
        ])
}
/// Runs `command` of this group with its parsed flags.
pub(super) async fn dispatch(
    ctx: &Ctx,
    command: &str,
    matches: &ArgMatches,
) -> Result<(), Failure> {
    match command {
        "list-workflows" => {
            let mut call = ctx
                .client()?
                .list_workflows(args::one::<String>(matches, "project-key")?);
            if let Some(value) = args::opt::<String>(matches, "view-name") {
                call = call.view_name(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("workflows"),
                        columns: &[
                            "workflow_key",
                            "workflow_name",
                            "update_by",
                            "update_time",
                            "type",
                        ],
                    },
                ),
            )
        }
        "get-workflow" => {
            let call = ctx
                .client()?
                .get_workflow(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "workflow-key")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "workflow_key",
                            "workflow_name",
                            "project_key",
                            "description",
                            "created_by",
                            "create_time",
                        ],
                    },
                ),
            )
        }
        "list-workflow-tasks" => {
            let mut call = ctx
                .client()?
                .list_workflow_tasks(args::one::<String>(matches, "workflow-key")?);
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            if args::flag_set(matches, "all") {
                ctx.print(
                    &call.items().collect_all().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: None,
                            columns: &[
                                "workflow_key",
                                "workflow_name",
                                "project_key",
                                "task_id",
                                "task_creator",
                                "create_time",
                            ],
                        },
                    ),
                )
            } else {
                ctx.print(
                    &call.send().await?,
                    Some(
                        &crate::runtime::Table {
                            rows: Some("workflow_tasks"),
                            columns: &[
                                "workflow_key",
                                "workflow_name",
                                "project_key",
                                "task_id",
                                "task_creator",
                                "create_time",
                            ],
                        },
                    ),
                )
            }
        }
        "get-workflow-task" => {
            let call = ctx
                .client()?
                .get_workflow_task(
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "task_id",
                            "workflow_key",
                            "workflow_name",
                            "project_key",
                            "status",
                            "reverted",
                        ],
                    },
                ),
            )
        }
        "execute-workflow" => {
            let body: crate::types::ExecuteWorkflowRequest = ctx.body(matches, &[])?;
            let call = ctx.client()?.execute_workflow(body);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["project_name", "workflow_name", "task_id"],
                    },
                ),
            )
        }
        "cancel-workflow-task" => {
            let call = ctx
                .client()?
                .cancel_workflow_task(
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "retry-workflow-task" => {
            let mut call = ctx
                .client()?
                .retry_workflow_task(
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                );
            if let Some(value) = args::opt::<String>(matches, "project-key") {
                call = call.project_key(value);
            }
            ctx.print(&call.send().await?, None)
        }
        "approve-workflow-task" => {
            let body: crate::types::ApproveWorkflowTaskRequest = ctx
                .body(
                    matches,
                    &[
                        ("task-id", "task_id", args::field_value::<i64>),
                        ("workflow-key", "workflow_key", args::field_value::<String>),
                        ("stage-name", "stage_name", args::field_value::<String>),
                        ("approve", "approve", args::field_value::<bool>),
                        ("comment", "comment", args::field_value::<String>),
                    ],
                )?;
            let call = ctx.client()?.approve_workflow_task(body);
            ctx.print(&call.send().await?, None)
        }
        "update-workflow-task-remark" => {
            let body: crate::types::UpdateWorkflowTaskRemarkRequest = ctx
                .body(matches, &[("remark", "remark", args::field_value::<String>)])?;
            let call = ctx
                .client()?
                .update_workflow_task_remark(
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "get-workflow-task-manual-exec" => {
            let call = ctx
                .client()?
                .get_workflow_task_manual_exec(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: Some("executors"),
                        columns: &[
                            "type",
                            "user_id",
                            "user_name",
                            "group_id",
                            "group_name",
                        ],
                    },
                ),
            )
        }
        "manual-exec-workflow-task" => {
            let body: crate::types::ManualExecWorkflowTaskRequest = ctx
                .body(
                    matches,
                    &[("stage-name", "stage_name", args::field_value::<String>)],
                )?;
            let call = ctx
                .client()?
                .manual_exec_workflow_task(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-workflow" => {
            let body: crate::types::WorkflowDefinition = ctx.body(matches, &[])?;
            let mut call = ctx.client()?.create_workflow(body);
            if let Some(value) = args::opt::<String>(matches, "view-name") {
                call = call.view_name(value);
            }
            ctx.print(&call.send().await?, None)
        }
        "update-workflow" => {
            let body: crate::types::WorkflowDefinition = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_workflow(args::one::<String>(matches, "workflow-key")?, body);
            ctx.print(&call.send().await?, None)
        }
        "get-workflow-definition" => {
            let mut call = ctx
                .client()?
                .get_workflow_definition(args::one::<String>(matches, "workflow-key")?);
            if let Some(value) = args::opt::<String>(matches, "encrypted-key") {
                call = call.encrypted_key(value);
            }
            ctx.print_text(&call.send().await?)
        }
        "create-custom-workflow" => {
            let body: crate::types::WorkflowDefinition = ctx.body(matches, &[])?;
            let mut call = ctx.client()?.create_custom_workflow(body);
            if let Some(value) = args::opt::<String>(matches, "view-name") {
                call = call.view_name(value);
            }
            ctx.print(&call.send().await?, None)
        }
        "update-custom-workflow" => {
            let body: crate::types::WorkflowDefinition = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_custom_workflow(
                    args::one::<String>(matches, "workflow-key")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-workflow" => {
            let call = ctx
                .client()?
                .delete_workflow(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "workflow-key")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "list-workflow-views" => {
            let call = ctx
                .client()?
                .list_workflow_views(args::one::<String>(matches, "project-key")?);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["name", "project_key", "update_time", "update_by"],
                    },
                ),
            )
        }
        "create-workflow-view" => {
            let body: crate::types::CreateWorkflowViewRequest = ctx.body(matches, &[])?;
            let call = ctx.client()?.create_workflow_view(body);
            ctx.print(&call.send().await?, None)
        }
        "update-workflow-view" => {
            let body: crate::types::UpdateWorkflowViewRequest = ctx.body(matches, &[])?;
            let call = ctx
                .client()?
                .update_workflow_view(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "view-name")?,
                    body,
                );
            ctx.print(&call.send().await?, None)
        }
        "delete-workflow-view" => {
            let call = ctx
                .client()?
                .delete_workflow_view(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "view-name")?,
                );
            ctx.print(&call.send().await?, None)
        }
        "create-approval-ticket" => {
            let body: crate::types::CreateApprovalTicketRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.create_approval_ticket(body);
            ctx.print(&call.send().await?, None)
        }
        "stream-workflow-job-logs" => {
            let call = ctx
                .client()?
                .stream_workflow_job_logs(
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                    args::one::<String>(matches, "job-name")?,
                    args::one::<i64>(matches, "lines")?,
                );
            ctx.print_lines(call.send().await?).await
        }
        "get-workflow-job-logs" => {
            let call = ctx
                .client()?
                .get_workflow_job_logs(
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                    args::one::<String>(matches, "job-name")?,
                );
            ctx.print_text(&call.send().await?)
        }
        "execute-product-workflow" => {
            let body: crate::types::ExecuteProductWorkflowRequest = ctx
                .body(matches, &[])?;
            let call = ctx.client()?.execute_product_workflow(body);
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &["project_name", "pipeline_name", "task_id"],
                    },
                ),
            )
        }
        "list-product-workflow-tasks" => {
            let mut call = ctx
                .client()?
                .list_product_workflow_tasks(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "workflow-key")?,
                );
            if let Some(value) = args::opt::<i64>(matches, "page-num") {
                call = call.page_num(value);
            }
            if let Some(value) = args::opt::<i64>(matches, "page-size") {
                call = call.page_size(value);
            }
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "workflow_key",
                            "project_key",
                            "task_id",
                            "create_time",
                            "task_creator",
                            "start_time",
                        ],
                    },
                ),
            )
        }
        "get-product-workflow-task" => {
            let call = ctx
                .client()?
                .get_product_workflow_task(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "workflow-key")?,
                    args::one::<i64>(matches, "task-id")?,
                );
            ctx.print(
                &call.send().await?,
                Some(
                    &crate::runtime::Table {
                        rows: None,
                        columns: &[
                            "workflow_key",
                            "workflow_name",
                            "project_key",
                            "task_id",
                            "create_time",
                            "task_creator",
                        ],
                    },
                ),
            )
        }
        "delete-product-workflow" => {
            let call = ctx
                .client()?
                .delete_product_workflow(
                    args::one::<String>(matches, "project-key")?,
                    args::one::<String>(matches, "workflow-key")?,
                );
            ctx.print(&call.send().await?, None)
        }
        _ => Err(Failure::unknown_command("workflow", command)),
    }
}
/// `zadig workflow list-workflows`: `GET /openapi/workflows`.
fn list_workflows_command() -> Command {
    Command::new("list-workflows")
        .about("Lists the workflows of a project, optionally only those of one view")
        .long_about(
            "Lists the workflows of a project, optionally only those of one view.\n\nGET /openapi/workflows\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `workflows`, columns WORKFLOW_KEY, WORKFLOW_NAME, UPDATE_BY, UPDATE_TIME, TYPE.\n\nClient method: list_workflows",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier of the project [query: projectKey]")
                .required(true),
            args::flag::<
                String,
            >(
                "view-name",
                "Only list the workflows that belong to this view [query: viewName]",
            ),
        ])
}
/// `zadig workflow get-workflow`: `GET /openapi/workflows/custom/{workflowKey}/detail`.
fn get_workflow_command() -> Command {
    Command::new("get-workflow")
        .about(
            "Fetches the definition of one workflow as the OpenAPI shows it (parameters, stages, jobs, notifications)",
        )
        .long_about(
            "Fetches the definition of one workflow as the OpenAPI shows it (parameters, stages, jobs, notifications).\n\nGET /openapi/workflows/custom/{workflowKey}/detail\n\nA view of the definition, not the definition itself: its names differ from the ones `update_workflow` takes (`workflow_key` for `name`, `workflow_name` for `display_name`, `project_key` for `project`), and it leaves out what a stage's approval and manual run settings, switches such as `disabled`, and the template binding hold. Sending it back would clear those; to change a workflow, read it with `get_workflow_definition`.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns WORKFLOW_KEY, WORKFLOW_NAME, PROJECT_KEY, DESCRIPTION, CREATED_BY, CREATE_TIME.\n\nClient method: get_workflow",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [path: workflowKey]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig workflow list-workflow-tasks`: `GET /openapi/workflows/custom/{workflowKey}/tasks`.
fn list_workflow_tasks_command() -> Command {
    Command::new("list-workflow-tasks")
        .about("Lists the runs (tasks) of one workflow, page by page")
        .long_about(
            "Lists the runs (tasks) of one workflow, page by page.\n\nGET /openapi/workflows/custom/{workflowKey}/tasks\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item of `workflow_tasks`, columns WORKFLOW_KEY, WORKFLOW_NAME, PROJECT_KEY, TASK_ID, TASK_CREATOR, CREATE_TIME.\n\nClient method: list_workflow_tasks",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [path: workflowKey]")
                .required(true),
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of the project; when given, only runs of the workflow in this project are listed [query: projectKey]",
            ),
            args::flag::<
                i64,
            >("page-num", "1-based page number [query: pageNum] [server default: 1]"),
            args::flag::<
                i64,
            >(
                "page-size",
                "Number of tasks per page [query: pageSize] [server default: 10]",
            ),
            args::all_pages(),
        ])
}
/// `zadig workflow get-workflow-task`: `GET /openapi/workflows/custom/task`.
fn get_workflow_task_command() -> Command {
    Command::new("get-workflow-task")
        .about("Fetches one run of a workflow with its stages, jobs and approvals")
        .long_about(
            "Fetches one run of a workflow with its stages, jobs and approvals.\n\nGET /openapi/workflows/custom/task\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: one row, columns TASK_ID, WORKFLOW_KEY, WORKFLOW_NAME, PROJECT_KEY, STATUS, REVERTED.\n\nClient method: get_workflow_task",
        )
        .args([
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [query: taskId]")
                .required(true),
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [query: workflowKey]")
                .required(true),
        ])
}
/// `zadig workflow execute-workflow`: `POST /openapi/workflows/custom/task`.
fn execute_workflow_command() -> Command {
    Command::new("execute-workflow")
        .about(
            "Starts a new run of a workflow with the given variables, job inputs and notifications",
        )
        .long_about(
            "Starts a new run of a workflow with the given variables, job inputs and notifications.\n\nPOST /openapi/workflows/custom/task\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ExecuteWorkflowRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: one row, columns PROJECT_NAME, WORKFLOW_NAME, TASK_ID.\n\nClient method: execute_workflow",
        )
        .args([args::body("ExecuteWorkflowRequest", true)])
}
/// `zadig workflow cancel-workflow-task`: `DELETE /openapi/workflows/custom/task`.
fn cancel_workflow_task_command() -> Command {
    Command::new("cancel-workflow-task")
        .about("Stops a running workflow task")
        .long_about(
            "Stops a running workflow task.\n\nDELETE /openapi/workflows/custom/task\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: cancel_workflow_task",
        )
        .args([
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [query: taskId]")
                .required(true),
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [query: workflowKey]")
                .required(true),
        ])
}
/// `zadig workflow retry-workflow-task`: `POST /openapi/workflows/custom/{workflowKey}/task/{taskID}`.
fn retry_workflow_task_command() -> Command {
    Command::new("retry-workflow-task")
        .about("Runs a finished (failed or cancelled) workflow task again")
        .long_about(
            "Runs a finished (failed or cancelled) workflow task again.\n\nPOST /openapi/workflows/custom/{workflowKey}/task/{taskID}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: retry_workflow_task",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [path: workflowKey]")
                .required(true),
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >(
                "project-key",
                "Identifier of the project; the server only records it in the operation log [query: projectKey]",
            ),
        ])
}
/// `zadig workflow approve-workflow-task`: `POST /openapi/workflows/custom/task/approve`.
fn approve_workflow_task_command() -> Command {
    Command::new("approve-workflow-task")
        .about(
            "Approves or rejects a stage of a workflow task that waits for a Zadig (native) approval",
        )
        .long_about(
            "Approves or rejects a stage of a workflow task that waits for a Zadig (native) approval.\n\nPOST /openapi/workflows/custom/task/approve\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (ApproveWorkflowTaskRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: approve_workflow_task",
        )
        .args([
            args::body("ApproveWorkflowTaskRequest", false),
            args::flag::<
                i64,
            >(
                    "task-id",
                    "Number of the run within its workflow (required) [body: task_id]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >(
                    "workflow-key",
                    "Identifier of the workflow (required) [body: workflow_key]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("stage-name", "Stage waiting for approval (required) [body: stage_name]")
                .help_heading("Body fields"),
            args::flag::<
                bool,
            >(
                    "approve",
                    "True to approve, false (the default) to reject [body: approve]",
                )
                .help_heading("Body fields"),
            args::flag::<
                String,
            >("comment", "Comment recorded with the decision [body: comment]")
                .help_heading("Body fields"),
        ])
}
/// `zadig workflow update-workflow-task-remark`: `PUT /openapi/workflows/custom/{name}/task/{taskID}`.
fn update_workflow_task_remark_command() -> Command {
    Command::new("update-workflow-task-remark")
        .about("Sets the remark (free-text note) of one run of a workflow")
        .long_about(
            "Sets the remark (free-text note) of one run of a workflow.\n\nPUT /openapi/workflows/custom/{name}/task/{taskID}\n\nReplaces the run's remark with the given text.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateWorkflowTaskRemarkRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: update_workflow_task_remark",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier (key) of the workflow [path: name]")
                .required(true),
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [path: taskID]")
                .required(true),
            args::body("UpdateWorkflowTaskRemarkRequest", false),
            args::flag::<
                String,
            >(
                    "remark",
                    "Free-text note to store on the run; an empty string clears it [body: remark]",
                )
                .help_heading("Body fields"),
        ])
}
/// `zadig workflow get-workflow-task-manual-exec`: `GET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`.
fn get_workflow_task_manual_exec_command() -> Command {
    Command::new("get-workflow-task-manual-exec")
        .about(
            "Tells whether a run waits for a stage to be started by hand, and who may start it",
        )
        .long_about(
            "Tells whether a run waits for a stage to be started by hand, and who may start it.\n\nGET /openapi/workflows/custom/{name}/task/{taskID}/manual-exec\n\nFor a run paused before a stage that is set to start manually, reports that stage, the users and groups allowed to start it and whether the caller is one of them.\n\nServed by: v5.0.0 and later\n\nWith --output table: a row per item of `executors`, columns TYPE, USER_ID, USER_NAME, GROUP_ID, GROUP_NAME.\n\nClient method: get_workflow_task_manual_exec",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier (key) of the workflow [path: name]")
                .required(true),
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig workflow manual-exec-workflow-task`: `POST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec`.
fn manual_exec_workflow_task_command() -> Command {
    Command::new("manual-exec-workflow-task")
        .about("Starts a stage of a run that waits to be started by hand")
        .long_about(
            "Starts a stage of a run that waits to be started by hand.\n\nPOST /openapi/workflows/custom/{name}/task/{taskID}/manual-exec\n\nThe caller must be one of the stage's allowed executors (see `get_workflow_task_manual_exec`).\n\nServed by: v5.0.0 and later\n\nThe body (ManualExecWorkflowTaskRequest, JSON or YAML) is given with --body FILE (- for standard input), the field flags below, or both (the flags win).\n\nClient method: manual_exec_workflow_task",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier (key) of the workflow [path: name]")
                .required(true),
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier of the project [query: projectKey]")
                .required(true),
            args::body("ManualExecWorkflowTaskRequest", false),
            args::flag::<
                String,
            >(
                    "stage-name",
                    "Name of the stage to start; the server rejects an empty name (required) [body: stage_name]",
                )
                .help_heading("Body fields"),
        ])
}
/// `zadig workflow create-workflow`: `POST /api/aslan/workflow/v4`.
fn create_workflow_command() -> Command {
    Command::new("create-workflow")
        .about("Creates a custom workflow from a full definition")
        .long_about(
            "Creates a custom workflow from a full definition.\n\nPOST /api/aslan/workflow/v4\n\nThe definition is easiest to obtain by building the workflow in the UI and copying its YAML (converted to JSON); the server reads the body as YAML, of which JSON is a subset. The server answers with the plain success acknowledgement. The same handler is also served at `POST /openapi/workflows/custom` (`create_custom_workflow`).\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (WorkflowDefinition, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_workflow",
        )
        .args([
            args::flag::<
                String,
            >(
                "view-name",
                "Also add the new workflow to this workflow view of the project [query: viewName]",
            ),
            args::body("WorkflowDefinition", true),
        ])
}
/// `zadig workflow update-workflow`: `PUT /api/aslan/workflow/v4/{name}`.
fn update_workflow_command() -> Command {
    Command::new("update-workflow")
        .about("Replaces the definition of an existing custom workflow")
        .long_about(
            "Replaces the definition of an existing custom workflow.\n\nPUT /api/aslan/workflow/v4/{name}\n\nThe body has the same shape as for creating a workflow; the project is taken from its `project` field. The server reads the body as YAML and replaces the whole definition, so start from the definition `get_workflow_definition` returns (parsed into `WorkflowDefinition`, which keeps the keys it does not declare) and change it. The server answers with the plain success acknowledgement. The same handler is also served at `PUT /openapi/workflows/custom/:name` (`update_custom_workflow`).\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (WorkflowDefinition, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_workflow",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [path: name]")
                .required(true),
            args::body("WorkflowDefinition", true),
        ])
}
/// `zadig workflow get-workflow-definition`: `GET /api/aslan/workflow/v4/name/{name}`.
fn get_workflow_definition_command() -> Command {
    Command::new("get-workflow-definition")
        .about("Reads the stored definition of a custom workflow, as YAML")
        .long_about(
            "Reads the stored definition of a custom workflow, as YAML.\n\nGET /api/aslan/workflow/v4/name/{name}\n\nThe whole definition `update_workflow` replaces, as the YAML document the server writes (its keys are the definition's YAML names). Parse it into `WorkflowDefinition` with a YAML decoder, change it and send it with `update_workflow`: the keys the type does not declare are kept and sent back, so nothing is lost. A caller who is not a system administrator needs permission to view or edit workflows of its project.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: get_workflow_definition",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [path: name]")
                .required(true),
            args::flag::<
                String,
            >(
                "encrypted-key",
                "Key the server encrypts secret values of the definition with; without it they are left as stored [query: encryptedKey]",
            ),
        ])
}
/// `zadig workflow create-custom-workflow`: `POST /openapi/workflows/custom`.
fn create_custom_workflow_command() -> Command {
    Command::new("create-custom-workflow")
        .about(
            "Creates a custom workflow from a full definition, on the public API path",
        )
        .long_about(
            "Creates a custom workflow from a full definition, on the public API path.\n\nPOST /openapi/workflows/custom\n\nSame handler and body as `create_workflow`, served under `/openapi`.\n\nServed by: v5.0.0 and later\n\nThe body (WorkflowDefinition, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_custom_workflow",
        )
        .args([
            args::flag::<
                String,
            >(
                "view-name",
                "Also add the new workflow to this workflow view of the project [query: viewName]",
            ),
            args::body("WorkflowDefinition", true),
        ])
}
/// `zadig workflow update-custom-workflow`: `PUT /openapi/workflows/custom/{name}`.
fn update_custom_workflow_command() -> Command {
    Command::new("update-custom-workflow")
        .about(
            "Replaces the definition of an existing custom workflow, on the public API path",
        )
        .long_about(
            "Replaces the definition of an existing custom workflow, on the public API path.\n\nPUT /openapi/workflows/custom/{name}\n\nSame handler and body as `update_workflow`, served under `/openapi`; the project is taken from the body's `project` field.\n\nServed by: v5.0.0 and later\n\nThe body (WorkflowDefinition, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_custom_workflow",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [path: name]")
                .required(true),
            args::body("WorkflowDefinition", true),
        ])
}
/// `zadig workflow delete-workflow`: `DELETE /openapi/workflows/custom`.
fn delete_workflow_command() -> Command {
    Command::new("delete-workflow")
        .about("Deletes a custom workflow")
        .long_about(
            "Deletes a custom workflow.\n\nDELETE /openapi/workflows/custom\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_workflow",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier of the workflow [query: workflowKey]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier of the project. Permissions are checked against it: the server refuses a caller who is not a system administrator without it [query: projectKey]",
                )
                .required(true),
        ])
}
/// `zadig workflow list-workflow-views`: `GET /openapi/workflows/view`.
fn list_workflow_views_command() -> Command {
    Command::new("list-workflow-views")
        .about("Lists the workflow views of a project and the workflows each one groups")
        .long_about(
            "Lists the workflow views of a project and the workflows each one groups.\n\nGET /openapi/workflows/view\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nWith --output table: a row per item, columns NAME, PROJECT_KEY, UPDATE_TIME, UPDATE_BY.\n\nClient method: list_workflow_views",
        )
        .args([
            args::flag::<
                String,
            >("project-key", "Identifier of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig workflow create-workflow-view`: `POST /openapi/workflows/view`.
fn create_workflow_view_command() -> Command {
    Command::new("create-workflow-view")
        .about("Creates a named view that groups some workflows of a project")
        .long_about(
            "Creates a named view that groups some workflows of a project.\n\nPOST /openapi/workflows/view\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateWorkflowViewRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_workflow_view",
        )
        .args([args::body("CreateWorkflowViewRequest", true)])
}
/// `zadig workflow update-workflow-view`: `PUT /openapi/workflows/view/{viewName}`.
fn update_workflow_view_command() -> Command {
    Command::new("update-workflow-view")
        .about("Adds workflows to, or removes them from, a workflow view")
        .long_about(
            "Adds workflows to, or removes them from, a workflow view.\n\nPUT /openapi/workflows/view/{viewName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (UpdateWorkflowViewRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: update_workflow_view",
        )
        .args([
            args::flag::<String>("view-name", "Name of the view [path: viewName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier of the project [query: projectKey]")
                .required(true),
            args::body("UpdateWorkflowViewRequest", true),
        ])
}
/// `zadig workflow delete-workflow-view`: `DELETE /openapi/workflows/view/{viewName}`.
fn delete_workflow_view_command() -> Command {
    Command::new("delete-workflow-view")
        .about("Deletes a workflow view (the workflows themselves stay)")
        .long_about(
            "Deletes a workflow view (the workflows themselves stay).\n\nDELETE /openapi/workflows/view/{viewName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: delete_workflow_view",
        )
        .args([
            args::flag::<String>("view-name", "Name of the view [path: viewName]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig workflow create-approval-ticket`: `POST /openapi/ticket/approval`.
fn create_approval_ticket_command() -> Command {
    Command::new("create-approval-ticket")
        .about(
            "Registers an approval form from an external system that authorises later workflow runs",
        )
        .long_about(
            "Registers an approval form from an external system that authorises later workflow runs.\n\nPOST /openapi/ticket/approval\n\nThe ticket can restrict who may run workflows, in which environments, for which services and within which time window; empty restrictions mean no limit.\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nThe body (CreateApprovalTicketRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nClient method: create_approval_ticket",
        )
        .args([args::body("CreateApprovalTicketRequest", true)])
}
/// `zadig workflow stream-workflow-job-logs`: `GET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}`.
fn stream_workflow_job_logs_command() -> Command {
    Command::new("stream-workflow-job-logs")
        .about("Follows the log of a running workflow job as a server-sent event stream")
        .long_about(
            "Follows the log of a running workflow job as a server-sent event stream.\n\nGET /openapi/logs/sse/v4/workflow/{workflowName}/{taskID}/{jobName}/{lines}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: stream_workflow_job_logs",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier (key) of the workflow [path: workflowName]")
                .required(true),
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >(
                    "job-name",
                    "Name of the job whose container log is followed [path: jobName]",
                )
                .required(true),
            args::flag::<
                i64,
            >(
                    "lines",
                    "How many of the latest lines to send first (the server uses 10 if this is not a number) [path: lines]",
                )
                .required(true),
        ])
}
/// `zadig workflow get-workflow-job-logs`: `GET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}`.
fn get_workflow_job_logs_command() -> Command {
    Command::new("get-workflow-job-logs")
        .about("Fetches the complete log of a finished workflow job as plain text")
        .long_about(
            "Fetches the complete log of a finished workflow job as plain text.\n\nGET /openapi/logs/log/v4/workflow/{workflowName}/{taskID}/{jobName}\n\nServed by: every release the spec knows (v3.4.0 and later)\n\nClient method: get_workflow_job_logs",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier (key) of the workflow [path: workflowName]")
                .required(true),
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >("job-name", "Name of the job whose log is fetched [path: jobName]")
                .required(true),
        ])
}
/// `zadig workflow execute-product-workflow`: `POST /openapi/workflows/product/task`.
fn execute_product_workflow_command() -> Command {
    Command::new("execute-product-workflow")
        .about(
            "Runs a product workflow (the kind that predates custom workflows) with given builds or images",
        )
        .long_about(
            "Runs a product workflow (the kind that predates custom workflows) with given builds or images.\n\nPOST /openapi/workflows/product/task\n\nThe run starts from the workflow's own settings for the target environment; the body says which services to build (and from which branches), or which images to deploy. When both building and deploying, the deploy source must be `zadig`. Only v3.4.0 serves this route; v3.4.1 removed the product workflow routes. Zadig's public API docs do not list it.\n\nServed by: v3.4.0 only\n\nThe body (ExecuteProductWorkflowRequest, JSON or YAML) is given with --body FILE (- for standard input).\n\nWith --output table: one row, columns PROJECT_NAME, PIPELINE_NAME, TASK_ID.\n\nClient method: execute_product_workflow",
        )
        .args([args::body("ExecuteProductWorkflowRequest", true)])
}
/// `zadig workflow list-product-workflow-tasks`: `GET /openapi/workflows/product/{name}/tasks`.
fn list_product_workflow_tasks_command() -> Command {
    Command::new("list-product-workflow-tasks")
        .about("Lists the runs of a product workflow, newest first, one page at a time")
        .long_about(
            "Lists the runs of a product workflow, newest first, one page at a time.\n\nGET /openapi/workflows/product/{name}/tasks\n\nThe answer is a bare list with no total. Only v3.4.0 serves this route; Zadig's public API docs do not list it.\n\nServed by: v3.4.0 only\n\nWith --output table: a row per item, columns WORKFLOW_KEY, PROJECT_KEY, TASK_ID, CREATE_TIME, TASK_CREATOR, START_TIME.\n\nClient method: list_product_workflow_tasks",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier (key) of the product workflow [path: name]")
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier (key) of the project; the server requires it but lists by workflow alone [query: projectKey]",
                )
                .required(true),
            args::flag::<
                i64,
            >("page-num", "1-based page number [query: pageNum] [server default: 1]"),
            args::flag::<
                i64,
            >("page-size", "Runs per page [query: pageSize] [server default: 10]"),
        ])
}
/// `zadig workflow get-product-workflow-task`: `GET /openapi/workflows/product/{name}/task/{taskID}`.
fn get_product_workflow_task_command() -> Command {
    Command::new("get-product-workflow-task")
        .about("Reads the state of one run of a product workflow")
        .long_about(
            "Reads the state of one run of a product workflow.\n\nGET /openapi/workflows/product/{name}/task/{taskID}\n\nOnly v3.4.0 serves this route; Zadig's public API docs do not list it.\n\nServed by: v3.4.0 only\n\nWith --output table: one row, columns WORKFLOW_KEY, WORKFLOW_NAME, PROJECT_KEY, TASK_ID, CREATE_TIME, TASK_CREATOR.\n\nClient method: get_product_workflow_task",
        )
        .args([
            args::flag::<
                String,
            >("workflow-key", "Identifier (key) of the product workflow [path: name]")
                .required(true),
            args::flag::<
                i64,
            >("task-id", "Number of the run within its workflow [path: taskID]")
                .required(true),
            args::flag::<
                String,
            >("project-key", "Identifier (key) of the project [query: projectKey]")
                .required(true),
        ])
}
/// `zadig workflow delete-product-workflow`: `DELETE /openapi/workflows/product`.
fn delete_product_workflow_command() -> Command {
    Command::new("delete-product-workflow")
        .about("Deletes a product workflow")
        .long_about(
            "Deletes a product workflow.\n\nDELETE /openapi/workflows/product\n\nThe project is only used to check the caller's permission. Only v3.4.0 serves this route; Zadig's public API docs do not list it.\n\nServed by: v3.4.0 only\n\nClient method: delete_product_workflow",
        )
        .args([
            args::flag::<
                String,
            >(
                    "workflow-key",
                    "Identifier (key) of the product workflow [query: workflowKey]",
                )
                .required(true),
            args::flag::<
                String,
            >(
                    "project-key",
                    "Identifier (key) of the project the workflow belongs to. Permissions are checked against it: the server refuses a caller who is not a system administrator without it [query: projectKey]",
                )
                .required(true),
        ])
}
