//! End to end: every endpoint of the Workflow API (spec/workflow.yaml) through the async and the
//! blocking client against a local mock server.
//!
//! Each mock pins the method, the raw path (written out here, not taken from the generator), the
//! exact query, the exact JSON body (or its absence) and the bearer token, and answers with the
//! example the spec documents for the endpoint. Each test makes the call through both clients
//! (the mock expects exactly two requests), checks both decoded values are equal, and checks
//! specific fields of the value.

#[macro_use]
mod support;

use std::fmt::Debug;

use futures_util::StreamExt;
use serde_json::{Value, json};
use support::{
    Harness, NoBody, endpoint, exact_query, ok_json, raw, request_example, spec_example,
    spec_example_json,
};
use wiremock::ResponseTemplate;
use wiremock::matchers::{body_json, header};
use zadig_api::types::*;
use zadig_api::{Error, ErrorKind};

// ------------------------------------------------------------------------------------ helpers

/// Both calls succeeded with the same value; returns it.
fn both_ok<T: PartialEq + Debug>(results: (zadig_api::Result<T>, zadig_api::Result<T>)) -> T {
    let (from_async, from_blocking) = results;
    let from_async = from_async.unwrap_or_else(|err| panic!("async client: {err} ({err:?})"));
    let from_blocking =
        from_blocking.unwrap_or_else(|err| panic!("blocking client: {err} ({err:?})"));
    assert_eq!(
        from_async, from_blocking,
        "the async and the blocking client decoded different values"
    );
    from_async
}

/// Both calls failed; returns the two errors (async first). The success types may differ (a log
/// stream is a `LogStream` on one side and `LogLines` on the other).
fn both_err<A: Debug, B: Debug>(
    results: (zadig_api::Result<A>, zadig_api::Result<B>),
) -> [Error; 2] {
    let (from_async, from_blocking) = results;
    [
        from_async.expect_err("async client: expected an error"),
        from_blocking.expect_err("blocking client: expected an error"),
    ]
}

/// The JSON of `spec/workflow.yaml`'s example `name` of `endpoint`.
fn example(endpoint: &str, name: &str) -> Value {
    spec_example_json("workflow", endpoint, name)
}

/// The spec's documented answer `name` of `endpoint`: its status (200 unless the example says
/// otherwise) and its JSON.
fn documented_answer(endpoint: &str, name: &str) -> ResponseTemplate {
    let example = spec_example("workflow", endpoint, name);
    let body = example
        .json
        .unwrap_or_else(|| panic!("`{endpoint}` example `{name}` has no JSON"));
    ResponseTemplate::new(example.status.unwrap_or(200)).set_body_json(body)
}

/// The text of the spec's text example `name` of `endpoint`.
fn documented_text(endpoint: &str, name: &str) -> String {
    spec_example("workflow", endpoint, name)
        .text
        .unwrap_or_else(|| panic!("`{endpoint}` example `{name}` has no text"))
}

fn success() -> ResponseTemplate {
    ok_json(json!({"message": "success"}))
}

/// A mock for a JSON request body: pins the body exactly and its content type.
/// `base` with the keys of `zeros` added, through nested objects and arrays (by index): the
/// documented request body plus the zero values of the fields Go always reads, which the client
/// writes because the Go server treats them as always sent.
fn with_zero_values(mut base: Value, zeros: Value) -> Value {
    fn merge(base: &mut Value, zeros: Value) {
        match (base, zeros) {
            (Value::Object(base), Value::Object(zeros)) => {
                for (key, zero) in zeros {
                    match base.get_mut(&key) {
                        Some(existing) => merge(existing, zero),
                        None => {
                            base.insert(key, zero);
                        }
                    }
                }
            }
            (Value::Array(base), Value::Array(zeros)) => {
                for (item, zero) in base.iter_mut().zip(zeros) {
                    merge(item, zero);
                }
            }
            _ => {}
        }
    }
    merge(&mut base, zeros);
    base
}

fn with_body(mock: wiremock::MockBuilder, body: &Value) -> wiremock::MockBuilder {
    mock.and(header("content-type", "application/json"))
        .and(body_json(body))
}

// ---------------------------------------------------------------------------------- endpoints

#[test]
fn list_workflow_tasks_one_page() {
    let h = Harness::start();
    h.mount(
        endpoint("GET", "/openapi/workflows/custom/build-deploy/tasks")
            .and(exact_query(&[
                ("projectKey", "lilian-test"),
                ("pageNum", "1"),
                ("pageSize", "20"),
            ]))
            .and(NoBody)
            // The docs' one-page answer.
            .respond_with(documented_answer("list_workflow_tasks", "success"))
            .expect(2),
    );

    let page = both_ok(both!(h, c => c
        .list_workflow_tasks("build-deploy").project_key("lilian-test")
        .page_num(1)
        .page_size(20)));
    assert_eq!(page.total, Some(15));
    let tasks = page.workflow_tasks;
    assert_eq!(tasks.len(), 1);
    let task = &tasks[0];
    assert_eq!(task.task_id, 15);
    assert_eq!(task.status, WorkflowTaskStatus::Passed);
    assert_eq!(task.task_creator, "webhook");
    assert_eq!(task.project_key, "lilian-test");
    assert_eq!(task.create_time, 1688543613);
    assert_eq!(task.start_time, 1688543615);
    assert_eq!(task.end_time, 1688543636);
    h.verify();
}

fn task_summary(id: i64, status: &str) -> Value {
    json!({
        "workflow_key": "build-deploy",
        "workflow_name": "build-deploy",
        "project_key": "lilian-test",
        "task_id": id,
        "create_time": 1688543613 + id,
        "task_creator": "admin",
        "status": status
    })
}

#[test]
fn list_workflow_tasks_items_walk_every_page() {
    let h = Harness::start();
    let pages = [
        (
            "1",
            vec![task_summary(15, "running"), task_summary(14, "passed")],
        ),
        (
            "2",
            vec![task_summary(13, "failed"), task_summary(12, "cancelled")],
        ),
        ("3", vec![task_summary(11, "timeout")]),
    ];
    for (page, tasks) in pages {
        h.mount(
            endpoint("GET", "/openapi/workflows/custom/build-deploy/tasks")
                .and(exact_query(&[
                    ("projectKey", "lilian-test"),
                    ("pageNum", page),
                    ("pageSize", "2"),
                ]))
                .and(NoBody)
                .respond_with(ok_json(json!({"total": 5, "workflow_tasks": tasks})))
                .expect(2),
        );
    }

    let from_async: Vec<WorkflowTaskSummary> = h.run(async {
        let mut items = h
            .client
            .list_workflow_tasks("build-deploy")
            .project_key("lilian-test")
            .page_size(2)
            .items();
        let mut all = Vec::new();
        while let Some(item) = items.next().await {
            all.push(item.expect("async page"));
        }
        all
    });
    let from_blocking: Vec<WorkflowTaskSummary> = h
        .blocking
        .list_workflow_tasks("build-deploy")
        .project_key("lilian-test")
        .page_size(2)
        .items()
        .map(|item| item.expect("blocking page"))
        .collect();

    assert_eq!(from_async, from_blocking);
    let ids: Vec<i64> = from_async.iter().map(|t| t.task_id).collect();
    assert_eq!(ids, [15, 14, 13, 12, 11]);
    let statuses: Vec<WorkflowTaskStatus> = from_async.iter().map(|t| t.status.clone()).collect();
    assert_eq!(
        statuses,
        [
            WorkflowTaskStatus::Running,
            WorkflowTaskStatus::Passed,
            WorkflowTaskStatus::Failed,
            WorkflowTaskStatus::Cancelled,
            WorkflowTaskStatus::Timeout,
        ]
    );

    // Pages are fetched in order, and not past the total (3 pages per client, no 4th).
    let page_numbers: Vec<String> = h
        .received()
        .iter()
        .map(|request| {
            request
                .url
                .query_pairs()
                .find(|(name, _)| name == "pageNum")
                .map(|(_, value)| value.into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(page_numbers, ["1", "2", "3", "1", "2", "3"]);
    h.verify();
}

#[test]
fn list_workflow_tasks_items_default_paging_and_errors() {
    let h = Harness::start();
    // No page size given: page 1 is asked for without `pageSize` (the server's default, 50,
    // applies), and a total reached on the first page ends the walk.
    h.mount(
        endpoint("GET", "/openapi/workflows/custom/build-deploy/tasks")
            .and(exact_query(&[
                ("projectKey", "lilian-test"),
                ("pageNum", "1"),
            ]))
            .respond_with(ok_json(json!({
                "total": 2,
                "workflow_tasks": [task_summary(2, "passed"), task_summary(1, "failed")]
            })))
            .expect(2),
    );
    // A failing page ends the walk with that error.
    h.mount(
        endpoint("GET", "/openapi/workflows/custom/missing/tasks")
            .respond_with(ResponseTemplate::new(400).set_body_json(json!({
                "code": 400,
                "description": "workflow name is required",
                "extra": {},
                "message": "Bad Request",
                "type": "error"
            })))
            .expect(2),
    );

    let from_async = h.run(async {
        let items = h
            .client
            .list_workflow_tasks("build-deploy")
            .project_key("lilian-test");
        items.items().collect::<Vec<_>>().await
    });
    let from_blocking: Vec<_> = h
        .blocking
        .list_workflow_tasks("build-deploy")
        .project_key("lilian-test")
        .items()
        .collect();
    for items in [from_async, from_blocking] {
        let ids: Vec<i64> = items
            .into_iter()
            .map(|item| item.expect("page").task_id)
            .collect();
        assert_eq!(ids, [2, 1]);
    }

    let from_async = h.run(async {
        let items = h
            .client
            .list_workflow_tasks("missing")
            .project_key("lilian-test");
        items.items().collect::<Vec<_>>().await
    });
    let from_blocking: Vec<_> = h
        .blocking
        .list_workflow_tasks("missing")
        .project_key("lilian-test")
        .items()
        .collect();
    for items in [from_async, from_blocking] {
        assert_eq!(items.len(), 1, "one error item, then the end");
        let err = items
            .into_iter()
            .next()
            .and_then(Result::err)
            .expect("error");
        assert_eq!(err.kind(), ErrorKind::Api);
        assert_eq!(err.api_code(), Some(400));
        assert_eq!(
            err.api_error().and_then(|e| e.description.as_deref()),
            Some("workflow name is required")
        );
    }
    h.verify();
}

/// The docs' full execute request, built with the generated constructors.
fn execute_request() -> ExecuteWorkflowRequest {
    let build = ZadigBuildJobInput::new(
        "build-myapps",
        ZadigBuildJobParameters::new()
            .with_registry("https://koderover.******.com/test")
            .with_service_list(vec![
                WorkflowServiceInput::new()
                    .with_service_module("aslan")
                    .with_service_name("zadig")
                    .with_repo_info(vec![WorkflowRepoInput::new(
                        "koderover",
                        "koderover",
                        "zadig",
                        "main",
                    )])
                    .with_inputs(vec![
                        KeyValue::new("username").with_value("admin"),
                        KeyValue::new("password").with_value("Zadig"),
                    ]),
            ]),
    );
    let deploy = ZadigDeployJobInput::new(
        "deploy-myapps",
        ZadigDeployJobParameters::new()
            .with_env_name("dev")
            .with_service_list(vec![
                ZadigDeployServiceInput::new()
                    .with_service_name("zadig")
                    .with_service_module("aslan")
                    .with_image_name("koderover.******.com/test/aslan:main")
                    .with_value_merge_strategy(ValueMergeStrategy::Override),
                ZadigDeployServiceInput::new()
                    .with_service_name("zadig")
                    .with_service_module("zadig-portal")
                    .with_image_name("koderover.******.com/test/zadig-portal:main")
                    .with_value_merge_strategy(ValueMergeStrategy::ReuseValues),
            ]),
    );
    let freestyle = FreestyleJobInput::new(
        "jira-issue-update",
        FreestyleJobParameters::new().with_kv(vec![
            KeyValue::new("IssueID").with_value("ZAD-10126"),
            KeyValue::new("FromStatus").with_value("Testing"),
            KeyValue::new("TargetStatus").with_value("ToBeReleased"),
        ]),
    );
    let custom_deploy = CustomDeployJobInput::new(
        "deploy-my-app",
        CustomDeployJobParameters::new().with_target_list(vec![
            CustomDeployTargetInput::new()
                .with_workload_type("Deployment")
                .with_workload_name("service2")
                .with_container_name("service2")
                .with_image_name("koderover.***.com/test/service2:0505"),
        ]),
    );
    let sql = SqlJobInput::new(
        "sql",
        SqlJobParameters::new()
            .with_database_name("mysql")
            .with_sql("show databases;"),
    );
    ExecuteWorkflowRequest::new(
        "helm",
        "test-openapi",
        vec![
            build.into(),
            deploy.into(),
            freestyle.into(),
            custom_deploy.into(),
            sql.into(),
        ],
    )
    .with_parameters(vec![
        WorkflowParameterInput::new("test", WorkflowParamType::String).with_value("zadig"),
        WorkflowParameterInput::new("abc", WorkflowParamType::Choice).with_value("123"),
        WorkflowParameterInput::new("repo1", WorkflowParamType::Repo).with_repo(
            WorkflowRepoInput::new("gitlab", "kr-poc", "num_test", "master").with_prs(vec![]),
        ),
    ])
    .with_notify_inputs(vec![
        NotifyInput::new(1, NotifyWebHookType::FeishuPerson).with_lark_person_notification_config(
            LarkPersonNotificationConfig::new()
                .with_users(vec![LarkUserRef::new("35g99291").with_id_type("user_id")]),
        ),
    ])
}

#[test]
fn execute_workflow() {
    let h = Harness::start();
    let expected_body = with_zero_values(
        example("execute_workflow", "full_request"),
        json!({
            "inputs": [{"parameters": {"service_list": [{"repo_info": [{"prs": []}]}]}}],
            "notify_inputs": [{"lark_person_notification_config": {"dynamic_recipients": []}}],
            "parameters": [{}, {}, {"value": ""}]
        }),
    );
    h.mount(
        with_body(
            endpoint("POST", "/openapi/workflows/custom/task").and(exact_query(&[])),
            &expected_body,
        )
        .respond_with(documented_answer("execute_workflow", "success"))
        .expect(2),
    );

    let body = execute_request();
    let started = both_ok(both!(h, c => c.execute_workflow(body.clone())));
    assert_eq!(started.project_name, "simple-service-demo");
    assert_eq!(started.workflow_name, "openapi-test");
    assert_eq!(started.task_id, 20);

    // What the server received decodes back into the same request, union variants included.
    for request in h.received() {
        let sent: ExecuteWorkflowRequest = request.body_json().expect("request body");
        assert_eq!(sent, body);
        let tags: Vec<&str> = sent.inputs.iter().map(WorkflowJobInput::tag).collect();
        assert_eq!(
            tags,
            [
                "zadig-build",
                "zadig-deploy",
                "freestyle",
                "custom-deploy",
                "sql"
            ]
        );
        match &sent.inputs[0] {
            WorkflowJobInput::ZadigBuild(build) => {
                assert_eq!(build.job_name, "build-myapps");
                let services = build.parameters.service_list.as_deref().expect("services");
                assert_eq!(services[0].service_module.as_deref(), Some("aslan"));
                assert_eq!(
                    services[0]
                        .repo_info
                        .as_deref()
                        .map(|r| r[0].branch.as_str()),
                    Some("main")
                );
            }
            other => panic!("expected a zadig-build input, got {other:?}"),
        }
        match &sent.inputs[1] {
            WorkflowJobInput::ZadigDeploy(deploy) => {
                let services = deploy.parameters.service_list.as_deref().expect("services");
                assert_eq!(
                    services[1].value_merge_strategy,
                    Some(ValueMergeStrategy::ReuseValues)
                );
            }
            other => panic!("expected a zadig-deploy input, got {other:?}"),
        }
        match sent.notify_inputs.as_slice() {
            [notify] if notify.r#type == NotifyWebHookType::FeishuPerson => {
                assert_eq!(notify.id, 1);
                let users = notify
                    .lark_person_notification_config
                    .as_ref()
                    .map(|config| config.users.as_slice());
                assert_eq!(users.map(|u| u[0].id.as_str()), Some("35g99291"));
            }
            other => panic!("expected one feishu_person notify input, got {other:?}"),
        }
    }
    h.verify();
}

#[test]
fn cancel_workflow_task() {
    let h = Harness::start();
    h.mount(
        endpoint("DELETE", "/openapi/workflows/custom/task")
            .and(exact_query(&[
                ("taskId", "20"),
                ("workflowKey", "build-images"),
            ]))
            .and(NoBody)
            .respond_with(success())
            .expect(2),
    );
    let ack = both_ok(both!(h, c => c.cancel_workflow_task("build-images", 20)));
    assert_eq!(ack.message, "success");
    assert_eq!(ack.code, None);
    h.verify();
}

#[test]
fn retry_workflow_task() {
    let h = Harness::start();
    h.mount(
        endpoint("POST", "/openapi/workflows/custom/build-images/task/20")
            .and(exact_query(&[("projectKey", "simple-service-demo")]))
            .and(NoBody)
            .respond_with(success())
            .expect(2),
    );
    let ack = both_ok(
        both!(h, c => c.retry_workflow_task("build-images", 20).project_key("simple-service-demo")),
    );
    assert_eq!(ack.message, "success");
    h.verify();
}

#[test]
fn approve_workflow_task() {
    let h = Harness::start();
    let expected_body = example("approve_workflow_task", "request");
    h.mount(
        with_body(
            endpoint("POST", "/openapi/workflows/custom/task/approve").and(exact_query(&[])),
            &expected_body,
        )
        .respond_with(success())
        .expect(2),
    );
    let body = ApproveWorkflowTaskRequest::new(2, "infra-dev-workflow", "deploy")
        .with_approve(true)
        .with_comment("LGTM");
    let ack = both_ok(both!(h, c => c.approve_workflow_task(body.clone())));
    assert_eq!(ack.message, "success");
    h.verify();
}

/// The docs' create request, decoded from the spec's example. The generated constructors build
/// the same definition around the example's job specs (free-form JSON, taken as decoded), so
/// they are checked against the docs without a copy of the example here.
fn workflow_definition() -> WorkflowDefinition {
    let decoded: WorkflowDefinition = request_example("workflow", "create_workflow", "request");
    let spec_of = |stage: usize| -> Value {
        decoded.stages[stage]
            .jobs
            .as_deref()
            .expect("the stage has jobs")[0]
            .spec
            .clone()
            .expect("the job has a spec")
    };
    let build = WorkflowJob::new("build", WorkflowJobType::ZadigBuild)
        .with_run_policy(JobRunPolicy::DefaultRun)
        .with_spec(spec_of(0));
    let deploy = WorkflowJob::new("deploy", WorkflowJobType::ZadigDeploy).with_spec(spec_of(1));
    let approval = Approval::new()
        .with_enabled(true)
        .with_type(ApprovalType::Native)
        .with_native_approval(
            NativeApproval::new()
                .with_approve_users(vec![
                    ApprovalUser::new()
                        .with_user_name("admin")
                        .with_user_id("9792310b-**********"),
                    ApprovalUser::new()
                        .with_user_name("sre-admin")
                        .with_user_id("9837370s-**********"),
                ])
                .with_timeout(5)
                .with_needed_approvers(1),
        );
    let test = WorkflowJob::new("test", WorkflowJobType::ZadigTest).with_spec(spec_of(2));
    let common = WorkflowJob::new("common", WorkflowJobType::Freestyle)
        .with_run_policy(JobRunPolicy::DefaultRun)
        .with_spec(spec_of(3));
    let image_release = WorkflowJob::new("image-release", WorkflowJobType::ZadigDistributeImage)
        .with_run_policy(JobRunPolicy::DefaultRun)
        .with_is_create(true)
        .with_spec(spec_of(4));
    let built = WorkflowDefinition::new("workflow-demo", "workflow-demo", "demo", 5)
        .with_description("workflow-demo description")
        .with_stages(vec![
            WorkflowStage::new("Build", true, Some(vec![build])),
            WorkflowStage::new("Deploy", true, Some(vec![deploy])).with_approval(approval),
            WorkflowStage::new("Test", true, Some(vec![test])),
            WorkflowStage::new("Distribute", true, Some(vec![common])),
            WorkflowStage::new("Image Distribution", true, Some(vec![image_release])),
        ]);
    assert_eq!(
        built, decoded,
        "the constructors build the docs' definition"
    );
    built
}

#[test]
fn create_workflow() {
    let h = Harness::start();
    // The docs give no response for this endpoint (`any`); the server's usual acknowledgement.
    h.mount(
        with_body(
            endpoint("POST", "/api/aslan/workflow/v4").and(exact_query(&[])),
            &with_zero_values(
                example("create_workflow", "request"),
                json!({
                    // The definition's zero values; what the server's YAML reader skips
                    // (`debug`, the hooks, ...) is not part of it and is not sent.
                    "approval_ticket_id": "", "category": "", "create_time": 0,
                    "created_by": "", "disabled": false, "enable_approval_ticket": false,
                    "hash": "", "notify_ctls": [], "params": [],
                    "remark_required": false, "share_storages": [], "update_time": 0,
                    "updated_by": "",
                    "stages": [
                        {"jobs": [{"service_modules": [], "skipped": false}]},
                        {
                            "approval": {
                                "description": "",
                                "status": "",
                                "native_approval": {
                                    "approve_users": [{"type": ""}, {"type": ""}],
                                    "flat_approve_users": [],
                                    "instance_code": "",
                                    "reject_or_approve": ""
                                }
                            },
                            "jobs": [{"run_policy": "", "service_modules": [], "skipped": false}]
                        },
                        {"jobs": [{"run_policy": "", "service_modules": [], "skipped": false}]},
                        {"jobs": [{"service_modules": [], "skipped": false}]},
                        {"jobs": [{"service_modules": [], "skipped": false}]}
                    ]
                }),
            ),
        )
        .respond_with(success())
        .expect(2),
    );
    let body = workflow_definition();
    let answer = both_ok(both!(h, c => c.create_workflow(body.clone())));
    assert_eq!(answer.message, "success");
    h.verify();
}

#[test]
fn update_workflow() {
    let h = Harness::start();
    let expected_body = json!({
        "name": "workflow-demo",
        "display_name": "Workflow demo",
        "project": "demo",
        "concurrency_limit": -1,
        "stages": [
            {
                "name": "Build",
                "parallel": false,
                "jobs": [
                    {
                        "name": "build",
                        "type": "zadig-build",
                        "skipped": true,
                        "spec": {"docker_registry_id": "62c1"}
                    }
                ]
            },
            {"name": "Empty", "parallel": true, "jobs": null}
        ]
    });
    let expected_body = with_zero_values(
        expected_body,
        json!({
            // No `debug`, hooks or other fields the server's YAML reader skips.
            "approval_ticket_id": "", "category": "", "create_time": 0,
            "created_by": "", "disabled": false, "enable_approval_ticket": false,
            "hash": "", "notify_ctls": [], "params": [],
            "remark_required": false, "share_storages": [], "update_time": 0,
            "updated_by": "",
            "description": "",
            "stages": [{"jobs": [{"run_policy": "", "service_modules": []}]}]
        }),
    );
    h.mount(
        with_body(
            // The server reads no `projectName` (the docs show one): the project is in the body.
            endpoint("PUT", "/api/aslan/workflow/v4/workflow-demo").and(exact_query(&[])),
            &expected_body,
        )
        .respond_with(success())
        .expect(2),
    );
    let body =
        WorkflowDefinition::new("workflow-demo", "Workflow demo", "demo", -1).with_stages(vec![
            WorkflowStage::new(
                "Build",
                false,
                Some(vec![
                    WorkflowJob::new("build", WorkflowJobType::ZadigBuild)
                        .with_skipped(true)
                        .with_spec(json!({"docker_registry_id": "62c1"})),
                ]),
            ),
            // `jobs` is required and nullable: `None` is sent as `null`.
            WorkflowStage::new("Empty", true, None),
        ]);
    let answer = both_ok(both!(h, c => c.update_workflow("workflow-demo", body.clone())));
    assert_eq!(answer.message, "success");
    h.verify();
}

#[test]
fn delete_workflow() {
    let h = Harness::start();
    h.mount(
        endpoint("DELETE", "/openapi/workflows/custom")
            .and(exact_query(&[
                ("workflowKey", "workflow-demo"),
                ("projectKey", "demo"),
            ]))
            .and(NoBody)
            .respond_with(success())
            .expect(2),
    );
    let ack = both_ok(both!(h, c => c.delete_workflow("demo", "workflow-demo")));
    assert_eq!(ack.message, "success");
    h.verify();
}

#[test]
fn list_workflow_views() {
    let h = Harness::start();
    h.mount(
        endpoint("GET", "/openapi/workflows/view")
            .and(exact_query(&[("projectKey", "lilian-test")]))
            .and(NoBody)
            .respond_with(documented_answer("list_workflow_views", "success"))
            .expect(2),
    );
    let views = both_ok(both!(h, c => c.list_workflow_views("lilian-test")));
    assert_eq!(views.len(), 1);
    assert_eq!(views[0].name, "test-view");
    assert_eq!(views[0].project_key, "lilian-test");
    assert_eq!(views[0].update_time, 1689329334);
    assert_eq!(views[0].update_by, "admin");
    let workflows = &views[0].workflows;
    assert_eq!(workflows.len(), 1);
    assert_eq!(workflows[0].workflow_key, "xiaxianfuwu");
    assert_eq!(workflows[0].workflow_type, "custom");
    h.verify();
}

#[test]
fn create_workflow_view() {
    let h = Harness::start();
    let expected_body = example("create_workflow_view", "request");
    let expected_body = with_zero_values(
        expected_body,
        json!({"workflow_list": [
            {"workflow_name": "", "enabled": false},
            {"workflow_name": "", "enabled": false}
        ]}),
    );
    h.mount(
        with_body(
            endpoint("POST", "/openapi/workflows/view").and(exact_query(&[])),
            &expected_body,
        )
        .respond_with(success())
        .expect(2),
    );
    let body = CreateWorkflowViewRequest::new(
        "demo",
        "view-demo",
        vec![
            WorkflowViewEntry::new("dev", WorkflowViewEntryType::Custom),
            WorkflowViewEntry::new("nacos-config-update", WorkflowViewEntryType::Custom),
        ],
    );
    let ack = both_ok(both!(h, c => c.create_workflow_view(body.clone())));
    assert_eq!(ack.message, "success");
    h.verify();
}

#[test]
fn update_workflow_view() {
    let h = Harness::start();
    let expected_body = json!({
        "workflow_list": [
            {"workflow_key": "build-deploy", "workflow_type": "custom", "enabled": true},
            {"workflow_key": "xiaxianfuwu", "workflow_type": "custom", "enabled": false}
        ]
    });
    let expected_body = with_zero_values(
        expected_body,
        json!({
            "name": "",
            "project_key": "",
            "workflow_list": [{"workflow_name": ""}, {"workflow_name": ""}]
        }),
    );
    h.mount(
        with_body(
            endpoint("PUT", "/openapi/workflows/view/test-view")
                .and(exact_query(&[("projectKey", "lilian-test")])),
            &expected_body,
        )
        .respond_with(success())
        .expect(2),
    );
    let body = UpdateWorkflowViewRequest::new(vec![
        WorkflowViewUpdateEntry::new("build-deploy", WorkflowViewEntryType::Custom, true),
        WorkflowViewUpdateEntry::new("xiaxianfuwu", WorkflowViewEntryType::Custom, false),
    ]);
    let ack =
        both_ok(both!(h, c => c.update_workflow_view("lilian-test", "test-view", body.clone())));
    assert_eq!(ack.message, "success");
    h.verify();
}

#[test]
fn delete_workflow_view() {
    let h = Harness::start();
    h.mount(
        endpoint("DELETE", "/openapi/workflows/view/test-view")
            .and(exact_query(&[("projectKey", "lilian-test")]))
            .and(NoBody)
            .respond_with(success())
            .expect(2),
    );
    let ack = both_ok(both!(h, c => c.delete_workflow_view("lilian-test", "test-view")));
    assert_eq!(ack.message, "success");
    h.verify();
}

#[test]
fn create_approval_ticket() {
    let h = Harness::start();
    let expected_body = json!({
        "project_key": "demo",
        "approval_id": "OA-2024-0042",
        "status": 1,
        "envs": ["dev", "staging"],
        "services": [{"service_name": "service1", "service_module": "service1"}],
        "users": [{"name": "Zhang San", "email": "zhangsan@example.com"}],
        "execution_window_start": 1717200000,
        "execution_window_end": 1717286400
    });
    let expected_body = with_zero_values(expected_body, json!({"create_time": 0}));
    h.mount(
        with_body(
            endpoint("POST", "/openapi/ticket/approval").and(exact_query(&[])),
            &expected_body,
        )
        .respond_with(documented_answer("create_approval_ticket", "success"))
        .expect(2),
    );
    let body = CreateApprovalTicketRequest::new("demo", "OA-2024-0042", 1)
        .with_envs(vec!["dev".into(), "staging".into()])
        .with_services(vec![ApprovalTicketService::new("service1", "service1")])
        .with_users(vec![ApprovalTicketUser::new(
            "Zhang San",
            "zhangsan@example.com",
        )])
        .with_execution_window_start(1717200000)
        .with_execution_window_end(1717286400);
    let ack = both_ok(both!(h, c => c.create_approval_ticket(body.clone())));
    assert_eq!(ack.message, "success");
    assert_eq!(ack.code, Some(1));
    h.verify();
}

#[test]
fn stream_workflow_job_logs_as_events() {
    let h = Harness::start();
    h.mount(
        endpoint(
            "GET",
            "/openapi/logs/sse/v4/workflow/build-deploy/15/build-myapps/100",
        )
        .and(exact_query(&[]))
        .and(NoBody)
        .and(header("accept", "text/event-stream"))
        .respond_with(raw(
            200,
            "text/event-stream",
            "data: \"log message line 1\"\n\n: keep-alive\n\nevent: message\ndata: \"log message line 2\"\n\n",
        ))
        .expect(2),
    );

    let (from_async, from_blocking) =
        both!(h, c => c.stream_workflow_job_logs("build-deploy", 15, "build-myapps", 100));
    let stream = from_async.expect("async stream");
    let from_async: Vec<String> = h.run(async {
        stream
            .map(|line| line.expect("async line"))
            .collect::<Vec<_>>()
            .await
    });
    let from_blocking: Vec<String> = from_blocking
        .expect("blocking stream")
        .map(|line| line.expect("blocking line"))
        .collect();
    let expected = ["\"log message line 1\"", "\"log message line 2\""];
    assert_eq!(from_async, expected);
    assert_eq!(from_blocking, expected);
    h.verify();
}

#[test]
fn stream_workflow_job_logs_as_plain_lines() {
    let h = Harness::start();
    // The docs' example body, served as plain text: one item per line.
    let text = documented_text("stream_workflow_job_logs", "log_lines");
    h.mount(
        endpoint(
            "GET",
            "/openapi/logs/sse/v4/workflow/build-deploy/15/deploy/0",
        )
        .and(exact_query(&[]))
        .respond_with(raw(200, "text/plain; charset=utf-8", &text))
        .expect(2),
    );
    let (from_async, from_blocking) =
        both!(h, c => c.stream_workflow_job_logs("build-deploy", 15, "deploy", 0));
    let mut stream = from_async.expect("async stream");
    let from_async: Vec<String> = h.run(async {
        let mut lines = Vec::new();
        while let Some(line) = stream.next_line().await {
            lines.push(line.expect("async line"));
        }
        lines
    });
    let from_blocking: Vec<String> = from_blocking
        .expect("blocking stream")
        .collect::<Result<_, _>>()
        .expect("blocking lines");
    let expected = ["\"log message line 1\"", "\"log message line 2\""];
    assert_eq!(from_async, expected);
    assert_eq!(from_blocking, expected);
    h.verify();
}

#[test]
fn get_workflow_job_logs() {
    let h = Harness::start();
    let text = documented_text("get_workflow_job_logs", "log_text");
    h.mount(
        endpoint(
            "GET",
            "/openapi/logs/log/v4/workflow/build-deploy/15/build-myapps",
        )
        .and(exact_query(&[]))
        .and(NoBody)
        .respond_with(raw(200, "text/plain; charset=utf-8", &text))
        .expect(2),
    );
    let log = both_ok(both!(h, c => c.get_workflow_job_logs("build-deploy", 15, "build-myapps")));
    assert_eq!(log, text);
    assert_eq!(log.lines().count(), 2);
    h.verify();
}

// ------------------------------------------------------------------------------------- errors

fn assert_api_error(err: &Error, status: u16, code: i64, message: &str, description: &str) {
    assert_eq!(err.kind(), ErrorKind::Api, "{err:?}");
    assert_eq!(err.status().map(|s| s.as_u16()), Some(status), "{err:?}");
    assert_eq!(err.api_code(), Some(code), "{err:?}");
    let body = err.api_error().expect("Zadig's error body");
    assert_eq!(body.message.as_deref(), Some(message));
    assert_eq!(body.description.as_deref(), Some(description));
    assert!(
        err.to_string().contains(&format!("(code {code})")),
        "display: {err}"
    );
}

#[test]
fn zadig_error_body_becomes_an_api_error() {
    let h = Harness::start();
    h.mount(
        endpoint("DELETE", "/openapi/workflows/view/gone-view")
            .and(exact_query(&[("projectKey", "lilian-test")]))
            .respond_with(documented_answer("delete_workflow_view", "view_not_found"))
            .expect(2),
    );
    for err in both_err(both!(h, c => c.delete_workflow_view("lilian-test", "gone-view"))) {
        assert_api_error(
            &err,
            400,
            6894,
            "delete workflow view error: mongo: no documents in result",
            "find workflow view error: mongo: no documents in result",
        );
        let body = err.api_error().expect("body");
        assert_eq!(body.error_type.as_deref(), Some("error"));
        assert_eq!(body.extra, Some(json!({})));
        assert_eq!(err.endpoint(), Some("delete_workflow_view"));
        assert!(!err.to_string().contains(support::TOKEN));
    }
    h.verify();
}

#[test]
fn documented_error_examples_become_api_errors() {
    let h = Harness::start();
    h.mount(
        endpoint("DELETE", "/openapi/workflows/custom/task")
            .respond_with(documented_answer(
                "cancel_workflow_task",
                "already_finished",
            ))
            .expect(2),
    );
    h.mount(
        endpoint("POST", "/openapi/workflows/custom/build-images/task/99")
            .respond_with(documented_answer("retry_workflow_task", "task_not_found"))
            .expect(2),
    );
    h.mount(
        endpoint("POST", "/openapi/workflows/custom/task/approve")
            .respond_with(documented_answer(
                "approve_workflow_task",
                "stage_needs_no_approval",
            ))
            .expect(2),
    );
    // 500 is not retried: exactly one request per client.
    h.mount(
        endpoint("GET", "/openapi/workflows/custom/task")
            .respond_with(documented_answer("get_workflow_task", "task_not_found"))
            .expect(2),
    );
    h.mount(
        endpoint("POST", "/openapi/ticket/approval")
            .respond_with(documented_answer(
                "create_approval_ticket",
                "internal_error",
            ))
            .expect(2),
    );

    for err in both_err(both!(h, c => c.cancel_workflow_task("build-images", 20))) {
        assert_api_error(
            &err,
            400,
            6163,
            "Cancel workflow task failed",
            "task: build-images:20 is passed, cannot cancel",
        );
    }
    for err in
        both_err(both!(h, c => c.retry_workflow_task("build-images", 99).project_key("demo")))
    {
        assert_api_error(
            &err,
            400,
            6161,
            "Get workflow task failed",
            "mongo: no documents in result",
        );
    }
    let approve = ApproveWorkflowTaskRequest::new(23, "build-images", "deploy-myapps");
    for err in both_err(both!(h, c => c.approve_workflow_task(approve.clone()))) {
        assert_api_error(
            &err,
            400,
            6169,
            "Approve workflow task failed",
            "workflow build-images ID 23 stage deploy-myapps do not need approve",
        );
    }
    for err in both_err(both!(h, c => c.get_workflow_task("build-images", 7))) {
        assert_api_error(
            &err,
            500,
            500,
            "Internal Error: ",
            "mongo: no documents in result",
        );
        assert_eq!(err.api_error().and_then(|b| b.extra.clone()), None);
    }
    let ticket = CreateApprovalTicketRequest::new("demo", "OA-1", 0);
    for err in both_err(both!(h, c => c.create_approval_ticket(ticket.clone()))) {
        assert_api_error(&err, 500, 500, "Internal Error", "...");
    }
    h.verify();
}

#[test]
fn html_from_a_proxy_is_an_http_error() {
    let h = Harness::start();
    let html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    h.mount(
        endpoint("GET", "/openapi/workflows")
            .and(exact_query(&[("projectKey", "demo")]))
            .respond_with(raw(502, "text/html", html))
            .expect(2),
    );
    for err in both_err(both!(h, c => c.list_workflows("demo").retry(false))) {
        assert_eq!(err.kind(), ErrorKind::Http, "{err:?}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(502));
        assert_eq!(err.api_error(), None);
        assert_eq!(err.api_code(), None);
        let snippet = err.body_snippet().expect("body snippet");
        assert!(
            snippet.starts_with("<html> <head><title>502 Bad Gateway</title></head>"),
            "snippet: {snippet}"
        );
        let message = err.to_string();
        assert!(message.starts_with("list_workflows: "), "{message}");
        assert!(message.contains("502"), "{message}");
        assert!(
            message.contains("<title>502 Bad Gateway</title>"),
            "{message}"
        );
        assert!(!message.contains('\n'), "one line: {message}");
    }
    h.verify();
}

// ------------------------------------------------------------------------- path parameters

#[test]
fn path_parameters_are_encoded_as_one_segment() {
    let h = Harness::start();
    h.mount(
        endpoint(
            "GET",
            "/openapi/workflows/custom/a%2Fb%3Fc%23d%25e%20f/detail",
        )
        .and(exact_query(&[("projectKey", "p/q r")]))
        .respond_with(ok_json(json!({"workflow_key": "a/b?c#d%e f"})))
        .expect(2),
    );
    h.mount(
        endpoint("POST", "/openapi/workflows/custom/my%20flow%2Fv2/task/7")
            .and(exact_query(&[("projectKey", "demo")]))
            .respond_with(success())
            .expect(2),
    );
    h.mount(
        endpoint(
            "GET",
            "/openapi/logs/log/v4/workflow/wf%3F1/3/build%20%231%2F..%25",
        )
        .respond_with(raw(200, "text/plain", "ok\n"))
        .expect(2),
    );

    let detail = both_ok(both!(h, c => c.get_workflow("p/q r", "a/b?c#d%e f")));
    assert_eq!(detail.workflow_key, "a/b?c#d%e f");
    let ack = both_ok(both!(h, c => c.retry_workflow_task("my flow/v2", 7).project_key("demo")));
    assert_eq!(ack.message, "success");
    let log = both_ok(both!(h, c => c.get_workflow_job_logs("wf?1", 3, "build #1/..%")));
    assert_eq!(log, "ok\n");

    let paths: Vec<String> = h
        .received()
        .iter()
        .map(|r| r.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/openapi/workflows/custom/a%2Fb%3Fc%23d%25e%20f/detail",
            "/openapi/workflows/custom/a%2Fb%3Fc%23d%25e%20f/detail",
            "/openapi/workflows/custom/my%20flow%2Fv2/task/7",
            "/openapi/workflows/custom/my%20flow%2Fv2/task/7",
            "/openapi/logs/log/v4/workflow/wf%3F1/3/build%20%231%2F..%25",
            "/openapi/logs/log/v4/workflow/wf%3F1/3/build%20%231%2F..%25",
        ]
    );
    // The `?` and `#` inside the key did not start a query or a fragment.
    let first = &h.received()[0];
    assert_eq!(first.url.query(), Some("projectKey=p%2Fq+r"));
    assert_eq!(first.url.fragment(), None);
    h.verify();
}

#[test]
fn route_changing_path_parameters_are_rejected_before_sending() {
    let h = Harness::start();
    let view = UpdateWorkflowViewRequest::new(vec![]);

    let mut errors = Vec::new();
    errors.extend(both_err(both!(h, c => c.get_workflow("demo", ".."))));
    errors.extend(both_err(both!(h, c => c.get_workflow("demo", "."))));
    errors.extend(both_err(
        both!(h, c => c.list_workflow_tasks("").project_key("demo")),
    ));
    errors.extend(both_err(
        both!(h, c => c.update_workflow_view("demo", "..", view.clone())),
    ));
    errors.extend(both_err(
        both!(h, c => c.stream_workflow_job_logs("wf", 1, "..", 10)),
    ));
    errors.extend(both_err(
        both!(h, c => c.get_workflow_job_logs("..", 1, "build")),
    ));
    assert_eq!(errors.len(), 12);
    for err in &errors {
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err:?}");
        assert_eq!(err.status(), None);
        assert!(err.to_string().contains("path parameter `"), "{err}");
    }
    assert!(errors[0].to_string().contains("`workflowKey`"));
    assert!(errors[4].to_string().contains("must not be empty"));
    assert!(errors[6].to_string().contains("`viewName`"));
    assert!(errors[8].to_string().contains("`jobName`"));
    assert!(errors[10].to_string().contains("`workflowName`"));

    // A stream call with a bad parameter fails in `send`, before any item: nothing was sent.
    assert!(h.received().is_empty(), "no request may reach the server");
}
