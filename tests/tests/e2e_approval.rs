//! Reading a workflow run as the server sends it: the first approver's name of a run's
//! approval job is one expression, no `and_then` chain. Go always writes its non-pointer,
//! non-`omitempty` fields, so the stages, jobs and approvers are plain `Vec`s; the approval job's
//! spec comes through an untyped field and `spec_as` reads it as the typed approval spec.
//! Served by `zadig-mock`.

#![recursion_limit = "256"]

mod support;

use serde_json::json;
use support::on_both;
use zadig_api::types::{ApprovalJobTaskSpec, ApprovalType, WorkflowTaskDetail, WorkflowTaskStatus};
use zadig_mock::MockZadig;

/// A run waiting for approval, in the shape of the server's `WorkflowTaskPreview`
/// (`JobTaskPreview.spec` holding a `JobTaskApprovalSpec` for the approval job).
fn run_waiting_for_approval() -> serde_json::Value {
    json!({
        "task_id": 42,
        "workflow_key": "build-deploy",
        "workflow_name": "Build and deploy",
        "project_key": "demo",
        "params": [],
        "status": "wait_for_approval",
        "reverted": false,
        "remark": "",
        "task_creator": "ops",
        "create_time": 1_700_000_000,
        "start_time": 1_700_000_001,
        "stages": [
            {"name": "build", "status": "passed", "parallel": false, "error": "",
             "jobs": [{"name": "build-app", "key": "build-app", "display_name": "build",
                       "origin_name": "build-app", "type": "zadig-build", "status": "passed",
                       "reverted": false, "cost_seconds": 12, "error": "",
                       "breakpoint_before": false, "breakpoint_after": false,
                       "spec": {"image": "app:42"}, "error_policy": null,
                       "error_handler_user_id": "", "error_handler_username": "",
                       "retry_count": 0, "job_info": null}]},
            {"name": "release-gate", "status": "wait_for_approval", "parallel": false, "error": "",
             "jobs": [{"name": "gate", "key": "gate", "display_name": "gate",
                       "origin_name": "gate", "type": "approval",
                       "status": "wait_for_approval", "reverted": false, "cost_seconds": 0,
                       "error": "", "breakpoint_before": false, "breakpoint_after": false,
                       "spec": {
                           "timeout": 60,
                           "type": "native",
                           "description": "ship it?",
                           "native_approval": {
                               "timeout": 60,
                               "approve_users": [
                                   {"type": "user", "user_id": "u1", "user_name": "alice"},
                                   {"type": "user", "user_id": "u2", "user_name": "bob"}
                               ],
                               "flat_approve_users": null,
                               "needed_approvers": 1,
                               "reject_or_approve": "",
                               "instance_code": ""
                           }
                       },
                       "error_policy": null, "error_handler_user_id": "",
                       "error_handler_username": "", "retry_count": 0, "job_info": null}]}
        ]
    })
}

#[test]
fn the_first_approver_of_a_run_is_one_expression() {
    let mock = MockZadig::start_blocking();
    let served: WorkflowTaskDetail =
        serde_json::from_value(run_waiting_for_approval()).expect("the server's shape decodes");
    mock.get_workflow_task()
        .workflow_key("build-deploy")
        .task_id(42)
        .respond(served)
        .times(2);
    let read = |task: WorkflowTaskDetail| -> zadig_api::Result<Option<String>> {
        // The expression the issue asks for: stage, job, typed spec, approver.
        Ok(task.stages[1].jobs[0]
            .spec_as::<ApprovalJobTaskSpec>()?
            .native_approval
            .unwrap_or_default()
            .approve_users[0]
            .user_name
            .clone())
    };

    let task = on_both(
        &mock,
        async |c| c.get_workflow_task("build-deploy", 42).send().await,
        |c| c.get_workflow_task("build-deploy", 42).send(),
    );
    assert_eq!(task.status, Some(WorkflowTaskStatus::WaitForApproval));
    assert_eq!(task.stages[1].jobs[0].r#type, "approval");
    assert_eq!(read(task.clone()).unwrap().as_deref(), Some("alice"));
    let spec = task.stages[1].jobs[0]
        .spec_as::<ApprovalJobTaskSpec>()
        .unwrap();
    assert_eq!(spec.r#type, ApprovalType::from("native"));
    assert_eq!(spec.timeout, 60);
    mock.verify().expect("both clients made the call");
}

#[test]
fn a_spec_of_another_shape_is_a_decode_error_naming_the_type() {
    let task: zadig_api::types::WorkflowTaskDetail =
        serde_json::from_value(run_waiting_for_approval()).unwrap();
    let mut job = task.stages[0].jobs[0].clone();
    job.spec = Some(json!({"timeout": "soon"}));
    let err = job.spec_as::<ApprovalJobTaskSpec>().unwrap_err();
    assert!(err.is_decode(), "{err}");
    assert!(err.to_string().contains("ApprovalJobTaskSpec"), "{err}");
}
