//! End to end on the mock Zadig server (`zadig-mock`): the Release Plan API
//! (`spec/release_plan.yaml`) through the async and the blocking client. Every endpoint with a
//! documented example is covered: answers are the spec's response examples
//! (`respond_example`), and request bodies are the spec's request examples, decoded through the
//! body types, that the mock must receive. One Zadig error closes the file.

mod support;

use support::{on_both, on_both_err, request_example};
use zadig_api::ErrorKind;
use zadig_api::types::{
    ApprovalType, CreateReleasePlanRequest, ReleasePlanJobType, ReleasePlanStatus,
    UpdateReleasePlanRequest,
};
use zadig_mock::MockZadig;

#[test]
fn list_release_plans() {
    let mock = MockZadig::start_blocking();
    mock.list_release_plans()
        .page_num(2)
        .page_size(5)
        .respond_example("success")
        .times(2);

    let page = on_both(
        &mock,
        async |c| c.list_release_plans(2, 5).send().await,
        |c| c.list_release_plans(2, 5).send(),
    );
    assert_eq!(page.total, Some(26));
    assert_eq!(page.list.len(), 1);
    let plan = &page.list[0];
    assert_eq!(plan.id.as_deref(), Some("64f58a7ac573f7325c2744b6"));
    assert_eq!(plan.index, 31);
    assert_eq!(plan.name, "test-workflow-0904");
    assert_eq!(plan.manager, "admin");
    mock.verify().expect("every expectation met");
}

#[test]
fn get_release_plan() {
    let mock = MockZadig::start_blocking();
    mock.get_release_plan()
        .id("64f1a7cd1b7bd46ec353b50c")
        .respond_example("success")
        .times(2);

    let plan = on_both(
        &mock,
        async |c| c.get_release_plan("64f1a7cd1b7bd46ec353b50c").send().await,
        |c| c.get_release_plan("64f1a7cd1b7bd46ec353b50c").send(),
    );
    assert_eq!(plan.id.as_deref(), Some("64f1a7cd1b7bd46ec353b50c"));
    assert_eq!(plan.index, 21);
    assert_eq!(plan.name, "plan-A");
    assert_eq!(plan.manager_id, "c565c7eb-e273-11ed-bef9-a659ed9f1ed1");
    assert_eq!(plan.schedule_execute_time, 1694016000);
    assert_eq!(plan.status, ReleasePlanStatus::Planning);
    let approval = plan.approval.as_ref().expect("approval");
    assert!(approval.enabled);
    assert_eq!(approval.r#type, ApprovalType::Native);
    let native = approval.native_approval.as_ref().expect("native approval");
    assert_eq!(native.timeout, 5);
    assert_eq!(native.needed_approvers, 1);
    assert_eq!(native.approve_users.len(), 1);
    assert_eq!(plan.jobs.len(), 1);
    assert_eq!(plan.jobs[0].name, "中间件变更");
    assert_eq!(plan.jobs[0].r#type, ReleasePlanJobType::Text);
    assert_eq!(plan.jobs[0].updated, Some(true));
    mock.verify().expect("every expectation met");
}

#[test]
fn create_release_plan() {
    let body: CreateReleasePlanRequest =
        request_example("release_plan", "create_release_plan", "request");
    assert_eq!(body.name, "plan-example");
    let mock = MockZadig::start_blocking();
    mock.create_release_plan()
        .body(body.clone())
        .respond_example("success")
        .times(2);

    let created = on_both(
        &mock,
        async |c| c.create_release_plan(body.clone()).send().await,
        |c| c.create_release_plan(body.clone()).send(),
    );
    assert_eq!(created.id, "6895627bd3a843cb7423728a");
    mock.verify().expect("every expectation met");
}

/// The spec documents a request for `update_release_plan` but no answer: Zadig answers a
/// message, which the mock's `respond_success` stands for.
#[test]
fn update_release_plan() {
    let body: UpdateReleasePlanRequest =
        request_example("release_plan", "update_release_plan", "request");
    assert_eq!(body.jobs.len(), 2);
    let mock = MockZadig::start_blocking();
    mock.update_release_plan()
        .id("64f1a7cd1b7bd46ec353b50c")
        .body(body.clone())
        .respond_success()
        .times(2);

    on_both(
        &mock,
        async |c| {
            c.update_release_plan("64f1a7cd1b7bd46ec353b50c", body.clone())
                .send()
                .await
        },
        |c| {
            c.update_release_plan("64f1a7cd1b7bd46ec353b50c", body.clone())
                .send()
        },
    );
    mock.verify().expect("every expectation met");
}

#[test]
fn get_release_plan_not_found_is_an_api_error() {
    let mock = MockZadig::start_blocking();
    mock.get_release_plan()
        .id("missing")
        .respond_error(404, 6940, "release plan not found")
        .times(2);

    let errors = on_both_err(
        &mock,
        async |c| c.get_release_plan("missing").send().await,
        |c| c.get_release_plan("missing").send(),
    );
    for err in [errors.0, errors.1] {
        assert_eq!(err.kind(), ErrorKind::Api, "{err:?}");
        assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
        assert_eq!(err.api_code(), Some(6940));
        assert!(
            err.to_string().contains("release plan not found"),
            "display: {err}"
        );
    }
    mock.verify().expect("every expectation met");
}
