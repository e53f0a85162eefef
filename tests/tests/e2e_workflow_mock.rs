//! End to end on the mock Zadig server (`zadig-mock`): Workflow API calls through the async and
//! the blocking client, answered with the examples the spec documents (`respond_example`)
//! instead of JSON copies of them.
//!
//! The mock matches on the parameters the spec names and checks the route and the required
//! query parameters; the raw wire format (paths, encoding, the exact query string) is pinned by
//! `e2e_workflow.rs` and the generated conformance tests, not here.

use zadig_api::types::{ApprovalType, NotifyWebHookType, WorkflowJobType, WorkflowTaskStatus};
use zadig_mock::MockZadig;

/// The API token both clients send.
const TOKEN: &str = "e2e-token-0123";

/// The same call through the async client (on a runtime of its own) and the blocking one; both
/// must succeed with the same value, which is returned.
fn both<T: PartialEq + std::fmt::Debug>(
    mock: &MockZadig,
    call_async: impl AsyncFnOnce(zadig_api::Client) -> zadig_api::Result<T>,
    call_blocking: impl FnOnce(zadig_api::blocking::Client) -> zadig_api::Result<T>,
) -> T {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("test runtime");
    let client = zadig_api::Client::new(mock.url(), TOKEN).expect("async client");
    let from_async = runtime
        .block_on(call_async(client))
        .expect("the async call succeeds");
    let blocking = zadig_api::blocking::Client::new(mock.url(), TOKEN).expect("blocking client");
    let from_blocking = call_blocking(blocking).expect("the blocking call succeeds");
    assert_eq!(from_async, from_blocking);
    from_async
}

#[test]
fn list_workflows() {
    let mock = MockZadig::start_blocking();
    mock.list_workflows()
        .project_key("lilian-test")
        .view_name("test view")
        .respond_example("success")
        .times(2);
    // Without the optional view name the query has the project only: the expectation above
    // matches calls with a view name, this one calls without (a matcher only narrows).
    let empty = mock
        .list_workflows()
        .project_key("lilian-test")
        .respond(zadig_api::types::WorkflowList::default());

    let list = both(
        &mock,
        async |c| {
            c.list_workflows("lilian-test")
                .view_name("test view")
                .send()
                .await
        },
        |c| {
            c.list_workflows("lilian-test")
                .view_name("test view")
                .send()
        },
    );
    let workflows = list.workflows;
    assert_eq!(workflows.len(), 2);
    assert_eq!(workflows[0].workflow_key, "just-deploy");
    assert_eq!(workflows[0].update_time, 1686217885);
    assert_eq!(workflows[1].workflow_key, "xiaxianfuwu");
    assert_eq!(workflows[1].workflow_name, "offline service");
    assert_eq!(workflows[1].update_by, "admin");
    assert_eq!(workflows[1].r#type, "custom");

    let list = both(
        &mock,
        async |c| c.list_workflows("lilian-test").send().await,
        |c| c.list_workflows("lilian-test").send(),
    );
    assert_eq!(list.workflows, vec![]);
    // The first two calls went to the first expectation (it wanted exactly two), the next two
    // to the second.
    assert_eq!(empty.calls(), 2);
    mock.verify().expect("every expectation met");
}

#[test]
fn get_workflow_task() {
    let mock = MockZadig::start_blocking();
    mock.get_workflow_task()
        .workflow_key("build-images")
        .task_id(24)
        .respond_example("success")
        .times(2);

    let task = both(
        &mock,
        async |c| c.get_workflow_task("build-images", 24).send().await,
        |c| c.get_workflow_task("build-images", 24).send(),
    );
    assert_eq!(task.task_id, 24);
    assert_eq!(task.workflow_key, "build-images");
    assert_eq!(task.project_key, "simple-service-demo");
    assert_eq!(task.status, Some(WorkflowTaskStatus::Running));
    assert_eq!(task.task_creator.as_deref(), Some("admin"));
    assert_eq!(task.end_time, Some(1664172997));
    let params = &task.params;
    assert_eq!(params.len(), 1);
    assert_eq!(params[0].name, "USERNAME");
    assert_eq!(params[0].value, "zadig");
    assert!(!params[0].is_credential);

    let stages = &task.stages;
    let names: Vec<&str> = stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["build", "Deploy", "General task", "Custom task"]);
    assert!(
        stages
            .iter()
            .all(|s| s.status == WorkflowTaskStatus::Passed)
    );

    let build = &stages[0].jobs[0];
    assert_eq!(build.name, "a-myapp-1-build-myapps");
    assert_eq!(build.r#type, "zadig-build");
    let build_spec = build.spec.as_ref().expect("build spec");
    assert_eq!(
        build_spec["repos"][0]["commit_id"],
        "a13120997b95d8b63f2b5b29c700f89d38a5de54"
    );
    assert_eq!(build_spec["envs"][1]["is_credential"], true);

    assert_eq!(stages[0].approval, None);
    let approval = stages[1].approval.as_ref().expect("deploy approval");
    assert_eq!(approval.enabled, Some(true));
    assert_eq!(approval.timeout, Some(120));
    assert_eq!(approval.needed_approvers, Some(1));
    assert_eq!(approval.reject_or_approve.as_deref(), Some("approve"));
    let approvers = approval.approve_users.as_deref().expect("approve_users");
    assert_eq!(approvers.len(), 1);
    assert_eq!(approvers[0].user_name.as_deref(), Some("admin"));
    assert_eq!(approvers[0].comment.as_deref(), Some("LGTM"));
    assert_eq!(approvers[0].operation_time, Some(1664172985));
    assert_eq!(stages[1].jobs[0].r#type, "zadig-deploy");
    assert_eq!(stages[2].jobs[0].r#type, "freestyle");
    let plugin = &stages[3].jobs[0];
    assert_eq!(plugin.r#type, "plugin");
    assert_eq!(plugin.error, "");
    assert_eq!(
        plugin.spec.as_ref().expect("plugin spec")["inputs"][1]["choice_否"][2],
        "rainy"
    );
    mock.verify().expect("every expectation met");
}

#[test]
fn get_workflow() {
    let mock = MockZadig::start_blocking();
    mock.get_workflow()
        .project_key("lilian-test")
        .workflow_key("build-deploy")
        .respond_example("success")
        .times(2);

    let detail = both(
        &mock,
        async |c| c.get_workflow("lilian-test", "build-deploy").send().await,
        |c| c.get_workflow("lilian-test", "build-deploy").send(),
    );
    assert_eq!(detail.workflow_key, "build-deploy");
    assert_eq!(detail.project_key, "lilian-test");
    assert_eq!(detail.created_by, "admin");
    assert_eq!(detail.update_time, 1690180684);
    assert_eq!(detail.concurrency_limit, 1);
    assert_eq!(detail.share_storages, vec![]);

    let params = &detail.params;
    assert_eq!(params.len(), 2);
    assert_eq!(params[0].name, "code");
    assert_eq!(params[0].r#type, "repo");
    let repo = params[0].repo.as_ref().expect("repo of the repo variable");
    assert_eq!(repo.source.as_deref(), Some("gitee"));
    assert_eq!(repo.repo_name, "picture");
    assert_eq!(repo.codehost_id, 4);
    assert!(!repo.is_primary);
    assert_eq!(params[1].r#type, "string");
    assert_eq!(params[1].value, "build");
    assert_eq!(params[1].repo, None, "`\"repo\": null` decodes to None");

    let stages = &detail.stages;
    assert_eq!(stages.len(), 2);
    assert_eq!(stages[0].name, "build");
    assert_eq!(stages[0].parallel, Some(true));
    let approval = stages[0].approval.as_ref().expect("approval");
    assert!(!approval.enabled);
    assert_eq!(approval.r#type, ApprovalType::Native);
    let native = approval.native_approval.as_ref().expect("native approval");
    assert_eq!(native.timeout_pascal_case, Some(5));
    assert_eq!(native.needed_approvers_pascal_case, Some(0));
    assert_eq!(native.timeout, 0, "absent: the zero value, as Go reads it");
    assert_eq!(
        approval
            .dingtalk_approval
            .as_ref()
            .and_then(|d| d.timeout_pascal_case),
        Some(5)
    );
    let build_jobs = stages[0].jobs.as_deref().expect("build jobs");
    assert_eq!(build_jobs.len(), 1);
    assert_eq!(build_jobs[0].r#type, WorkflowJobType::ZadigBuild);
    assert!(!build_jobs[0].skipped);
    let build_spec = build_jobs[0].spec.as_ref().expect("build spec");
    assert_eq!(build_spec["docker_registry_id"], "630c7ad700430c131062e245");
    assert_eq!(
        build_spec["service_and_builds"][0]["build_name"],
        "openapi-build"
    );

    let deploy_jobs = stages[1].jobs.as_deref().expect("deploy jobs");
    assert_eq!(deploy_jobs.len(), 2);
    assert_eq!(deploy_jobs[0].name, "deploy");
    assert_eq!(deploy_jobs[0].r#type, WorkflowJobType::ZadigDeploy);
    assert_eq!(
        deploy_jobs[0].spec.as_ref().expect("deploy spec")["services"][1]["variable_configs"]
            .as_array()
            .map(Vec::len),
        Some(3)
    );
    assert_eq!(deploy_jobs[1].r#type, WorkflowJobType::Plugin);
    assert_eq!(
        deploy_jobs[1].spec.as_ref().expect("plugin spec")["plugin"]["image"],
        "alpine/curl:3.14"
    );
    assert_eq!(deploy_jobs[1].service_modules, vec![]);

    let notify = &detail.notify_ctls;
    assert_eq!(notify.len(), 1);
    assert!(notify[0].enabled);
    assert_eq!(notify[0].webhook_type, NotifyWebHookType::Wechat);
    assert_eq!(notify[0].we_chat_web_hook.as_deref(), Some("xxx"));
    assert_eq!(
        notify[0].notify_type,
        vec!["created".to_owned(), "failed".to_owned()]
    );
    mock.verify().expect("every expectation met");
}
