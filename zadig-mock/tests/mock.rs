//! The mock server against the real clients: expectations, verification, the spec checks,
//! event streams, the stateful workflow run and paged lists.

use std::time::Duration;

use futures_util::StreamExt;
use serde_json::json;
use zadig_api::ErrorKind;
use zadig_api::types::{ProjectBrief, WorkflowList, WorkflowTaskStatus};
use zadig_mock::MockZadig;

const TOKEN: &str = "mock-token";

fn client(mock: &MockZadig) -> zadig_api::Client {
    zadig_api::Client::builder()
        .base_url(mock.url())
        .token(TOKEN)
        .max_attempts(1)
        .build()
        .expect("client")
}

fn workflow_list() -> WorkflowList {
    serde_json::from_value(json!({
        "workflows": [{"workflow_key": "build-deploy", "name": "build-deploy", "type": "custom"}]
    }))
    .expect("a workflow list")
}

#[tokio::test]
async fn a_matching_expectation_answers_with_the_typed_value() {
    let mock = MockZadig::start().await;
    let answered = workflow_list();
    let expectation = mock
        .list_workflows()
        .project_key("demo")
        .view_name("release")
        .respond(answered.clone())
        .times(1);

    let list = client(&mock)
        .list_workflows("demo")
        .view_name("release")
        .send()
        .await
        .expect("the call succeeds");

    assert_eq!(list.workflows.len(), 1);
    assert_eq!(list.workflows[0].workflow_key, "build-deploy");
    assert_eq!(expectation.calls(), 1);
    mock.verify().expect("every expectation met");
}

#[tokio::test]
async fn a_mismatching_request_is_answered_404_and_reported() {
    let mock = MockZadig::start().await;
    mock.list_workflows()
        .project_key("demo")
        .respond_example("success");

    let err = client(&mock)
        .list_workflows("other")
        .send()
        .await
        .expect_err("no expectation matches");
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(err.status().map(|status| status.as_u16()), Some(404));

    let report = mock.verify().expect_err("the expectation was not met");
    let text = report.to_string();
    assert!(
        text.contains("`list_workflows` (GET /openapi/workflows, projectKey = demo) expected at least 1 call, received 0"),
        "{text}"
    );
    assert!(
        text.contains("unexpected request: GET /openapi/workflows?projectKey=other: no expectation of `list_workflows` matches"),
        "{text}"
    );
}

#[tokio::test]
async fn a_body_matcher_tells_bodies_apart() {
    let mock = MockZadig::start().await;
    mock.create_workflow_view()
        .body_matches(|view: &zadig_api::types::CreateWorkflowViewRequest| view.name == "release")
        .respond_success()
        .times(1);

    let view: zadig_api::types::CreateWorkflowViewRequest = serde_json::from_value(json!({
        "name": "release",
        "project_key": "demo",
        "workflow_list": []
    }))
    .expect("a view");
    client(&mock)
        .create_workflow_view(view.clone())
        .send()
        .await
        .expect("the matching body is answered");

    let mut other = view;
    other.name = "nightly".to_owned();
    client(&mock)
        .create_workflow_view(other)
        .send()
        .await
        .expect_err("another body matches nothing");

    let report = mock.verify().expect_err("one request was unexpected");
    assert_eq!(report.problems().len(), 1, "{report}");
    assert!(report.problems()[0].contains("\"nightly\""), "{report}");
}

#[tokio::test]
async fn verification_names_the_missing_call() {
    let mock = MockZadig::start().await;
    mock.get_workflow_task()
        .workflow_key("build-deploy")
        .task_id(42)
        .respond_example("success")
        .times(2);
    client(&mock)
        .get_workflow_task("build-deploy", 42)
        .send()
        .await
        .expect("one call of two");

    let report = mock.verify().expect_err("one call is missing");
    assert_eq!(
        report.problems(),
        [
            "`get_workflow_task` (GET /openapi/workflows/custom/task, workflowKey = build-deploy, taskId = 42) expected exactly 2 calls, received 1"
        ]
    );
}

#[tokio::test]
async fn an_unknown_example_name_fails_verification_with_the_known_ones() {
    let mock = MockZadig::start().await;
    mock.list_workflows().respond_example("no-such-example");
    let report = mock.verify().expect_err("a setup mistake");
    assert!(
        report.problems()[0].contains(
            "`list_workflows` has no documented example named `no-such-example`; it has: success"
        ),
        "{report}"
    );
}

#[tokio::test]
async fn a_missing_required_query_parameter_gets_400_with_zadigs_error_body() {
    let mock = MockZadig::start().await;
    let response = zadig_api::reqwest::get(format!(
        "{}/openapi/workflows/custom/task?workflowKey=build-deploy",
        mock.url()
    ))
    .await
    .expect("the server answers");
    assert_eq!(response.status().as_u16(), 400);
    let body: serde_json::Value = response.json().await.expect("a JSON body");
    // As Zadig answers a request it cannot bind: its generic message, the detail in the
    // description.
    assert_eq!(body["code"], 400);
    assert_eq!(body["message"], "Bad Request");
    assert_eq!(
        body["description"],
        "missing required query parameter `taskId`"
    );

    let unexpected = mock.unexpected_requests();
    assert_eq!(unexpected.len(), 1);
    assert_eq!(unexpected[0].method, "GET");
    assert_eq!(unexpected[0].path, "/openapi/workflows/custom/task");
    assert_eq!(unexpected[0].query, "workflowKey=build-deploy");
    assert!(mock.verify().is_err());
}

#[tokio::test]
async fn an_undecodable_body_gets_400_with_zadigs_error_body() {
    let mock = MockZadig::start().await;
    mock.approve_workflow_task().respond_success().times(0);
    let client = client(&mock);
    // `task_id` is a number in `ApproveWorkflowTaskRequest`.
    let err = client
        .request(
            zadig_api::reqwest::Method::POST,
            "/openapi/workflows/custom/task/approve",
        )
        .json(&json!({"task_id": "two", "workflow_key": "w", "stage_name": "s"}))
        .send::<serde_json::Value>()
        .await
        .expect_err("the body does not decode");
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(err.status().map(|status| status.as_u16()), Some(400));
    let body = err.api_error().expect("Zadig's error body");
    assert_eq!(body.message.as_deref(), Some("Bad Request"));
    let description = body.description.as_deref().unwrap_or_default();
    assert!(
        description.starts_with("the body does not decode as `ApproveWorkflowTaskRequest`: "),
        "{description}"
    );

    let report = mock.verify().expect_err("the request was unexpected");
    assert_eq!(report.problems().len(), 1, "{report}");
    let problem = &report.problems()[0];
    assert!(
        problem.starts_with("unexpected request: POST /openapi/workflows/custom/task/approve body {\"task_id\":\"two\""),
        "{problem}"
    );
    assert!(problem.contains("answered 400"), "{problem}");
}

#[tokio::test]
async fn an_unknown_route_gets_404_with_zadigs_error_body() {
    let mock = MockZadig::start().await;
    let client = client(&mock);
    let err = client
        .request(zadig_api::reqwest::Method::POST, "/openapi/no/such/route")
        .send::<serde_json::Value>()
        .await
        .expect_err("no such route");
    assert_eq!(err.kind(), ErrorKind::Api);
    let body = err.api_error().expect("Zadig's error body");
    assert_eq!(body.message.as_deref(), Some("not found"));

    let report = mock.verify().expect_err("the request was unexpected");
    assert!(
        report.to_string().contains(
            "unexpected request: POST /openapi/no/such/route: no endpoint of the spec is POST /openapi/no/such/route; answered 404"
        ),
        "{report}"
    );
}

#[tokio::test]
async fn respond_error_gives_the_client_an_api_error() {
    let mock = MockZadig::start().await;
    mock.get_workflow()
        .workflow_key("missing")
        .respond_error(404, 6540, "workflow not found")
        .times(1);
    let err = client(&mock)
        .get_workflow("demo", "missing")
        .send()
        .await
        .expect_err("an error answer");
    let body = err.api_error().expect("Zadig's error body");
    assert_eq!(body.code, Some(6540));
    assert_eq!(body.message.as_deref(), Some("workflow not found"));
    mock.verify().expect("met");
}

#[tokio::test]
async fn the_event_stream_mock_feeds_log_stream() {
    let mock = MockZadig::start().await;
    mock.stream_workflow_job_logs()
        .workflow_key("build-deploy")
        .task_id(15)
        .job_name("build-myapps")
        .respond_lines(vec!["line 1", "line 2"])
        .times(1);
    let stream = client(&mock)
        .stream_workflow_job_logs("build-deploy", 15, "build-myapps", 100)
        .send()
        .await
        .expect("the stream opens");
    let lines: Vec<String> = stream.map(|line| line.expect("a line")).collect().await;
    assert_eq!(lines, ["line 1", "line 2"]);
    mock.verify().expect("met");
}

/// Lines sent apart in time reach the reader one by one; a gap longer than the client's idle
/// timeout ends the stream with a timeout after the lines that came.
#[tokio::test]
async fn spaced_lines_arrive_one_by_one_and_a_long_gap_times_out() {
    let mock = MockZadig::start().await;
    mock.stream_workflow_job_logs()
        .workflow_key("build-deploy")
        .task_id(15)
        .job_name("build")
        .respond_lines_with_delays(vec![
            (Duration::ZERO, "first"),
            (Duration::from_millis(150), "second"),
            (Duration::from_secs(5), "never read"),
        ])
        .times(1);
    let client = zadig_api::Client::builder()
        .base_url(mock.url())
        .token(TOKEN)
        .stream_idle_timeout(Duration::from_millis(600))
        .build()
        .expect("client");
    let started = std::time::Instant::now();
    let mut stream = client
        .stream_workflow_job_logs("build-deploy", 15, "build", 10)
        .send()
        .await
        .expect("the stream opens");
    let first = stream.next().await.expect("an item").expect("a line");
    let first_at = started.elapsed();
    let second = stream.next().await.expect("an item").expect("a line");
    let second_at = started.elapsed();
    assert_eq!((first.as_str(), second.as_str()), ("first", "second"));
    // The second line came after its delay, not with the first.
    assert!(
        second_at >= first_at + Duration::from_millis(100),
        "{first_at:?} then {second_at:?}"
    );
    let err = stream
        .next()
        .await
        .expect("an item")
        .expect_err("the gap is longer than the idle timeout");
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(err.to_string().contains("sent nothing for"), "{err}");
    assert!(
        stream.next().await.is_none(),
        "the stream ends after its error"
    );
    mock.verify().expect("met");
}

#[tokio::test]
async fn respond_error_described_shows_the_description() {
    let mock = MockZadig::start().await;
    mock.delete_workflow_view()
        .project_key("demo")
        .view_name("gone")
        .respond_error_described(
            400,
            6894,
            "delete workflow view error",
            "find workflow view error: mongo: no documents in result",
        )
        .times(1);
    let err = client(&mock)
        .delete_workflow_view("demo", "gone")
        .send()
        .await
        .expect_err("an error answer");
    assert_eq!(err.kind(), ErrorKind::Api);
    assert_eq!(err.api_code(), Some(6894));
    let body = err.api_error().expect("Zadig's error body");
    assert_eq!(
        body.description.as_deref(),
        Some("find workflow view error: mongo: no documents in result")
    );
    assert!(
        err.to_string().contains("mongo: no documents in result"),
        "{err}"
    );
    mock.verify().expect("met");
}

#[tokio::test]
async fn the_stateful_run_drives_wait_for_workflow_task() {
    let mock = MockZadig::start().await;
    let run = mock.workflow_run("build-deploy", 42, 3, "passed");
    let mut seen = Vec::new();
    let task = client(&mock)
        .wait_for_workflow_task("build-deploy", 42)
        .poll_interval(Duration::from_millis(1))
        .max_poll_interval(Duration::from_millis(2))
        .on_status(|task| seen.push(task.status.clone()))
        .send()
        .await
        .expect("the run finishes");
    assert_eq!(task.status, Some(WorkflowTaskStatus::from("passed")));
    assert_eq!(run.calls(), 4);
    // `on_status` hears each change of status.
    assert_eq!(
        seen,
        [
            Some(WorkflowTaskStatus::from("running")),
            Some(WorkflowTaskStatus::from("passed"))
        ]
    );
    mock.verify().expect("met");
}

#[tokio::test]
async fn a_paged_list_is_served_through_items() {
    let mock = MockZadig::start().await;
    let projects: Vec<ProjectBrief> = (1..=7)
        .map(|n| {
            serde_json::from_value(json!({
                "project_name": format!("Project {n}"),
                "project_key": format!("p{n}"),
                "description": "",
                "deploy_type": "k8s"
            }))
            .expect("a project")
        })
        .collect();
    let pages = mock.list_projects().page_size(3).respond_pages(projects);
    let keys: Vec<String> = client(&mock)
        .list_projects()
        .page_size(3)
        .items()
        .map(|project| project.expect("a project").project_key)
        .collect()
        .await;
    assert_eq!(keys, ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]);
    assert_eq!(pages.calls(), 3);
    mock.verify().expect("met");
}

#[test]
fn the_blocking_client_works_against_the_mock() {
    let mock = MockZadig::start_blocking();
    mock.list_workflows()
        .project_key("demo")
        .respond(workflow_list())
        .times(1);
    let client = zadig_api::blocking::Client::new(mock.url(), TOKEN).expect("client");
    let list = client
        .list_workflows("demo")
        .send()
        .expect("the call succeeds");
    assert_eq!(list.workflows.len(), 1);
    mock.verify().expect("met");
}

#[test]
#[should_panic(
    expected = "`list_workflows` (GET /openapi/workflows) expected at least 1 call, received 0"
)]
fn dropping_an_unverified_mock_verifies() {
    let mock = MockZadig::start_blocking();
    mock.list_workflows().respond_example("success");
}

#[tokio::test]
async fn a_panicking_body_predicate_is_a_mismatch_not_a_dead_server() {
    let mock = MockZadig::start().await;
    mock.create_workflow_view()
        .body_matches(|_: &zadig_api::types::CreateWorkflowViewRequest| {
            panic!("a predicate that panics")
        })
        .respond_success()
        .times(0);
    let view: zadig_api::types::CreateWorkflowViewRequest = serde_json::from_value(json!({
        "name": "release",
        "project_key": "demo",
        "workflow_list": []
    }))
    .expect("a view");
    let err = client(&mock)
        .create_workflow_view(view)
        .send()
        .await
        .expect_err("no expectation matches");
    assert_eq!(err.status().map(|status| status.as_u16()), Some(404));

    // The server still answers.
    mock.list_workflows().respond_example("success").times(1);
    client(&mock)
        .list_workflows("demo")
        .send()
        .await
        .expect("the server survived");
    let report = mock.verify().expect_err("one request was unexpected");
    assert_eq!(report.problems().len(), 1, "{report}");
}

#[tokio::test]
async fn a_status_that_is_not_one_answers_500_and_fails_verification() {
    let mock = MockZadig::start().await;
    mock.get_workflow()
        .respond_error(42, 1, "bad status")
        .times(1);
    let err = client(&mock)
        .get_workflow("demo", "build-deploy")
        .send()
        .await
        .expect_err("an error answer");
    assert_eq!(err.status().map(|status| status.as_u16()), Some(500));
    let report = mock.verify().expect_err("a setup mistake");
    assert_eq!(
        report.problems(),
        ["`get_workflow`: 42 is not an HTTP status (100 to 999); the mock answers 500"]
    );
}

#[tokio::test]
async fn a_delayed_answer_runs_into_the_clients_timeout() {
    let mock = MockZadig::start().await;
    mock.list_workflows()
        .respond_example("success")
        .delay(Duration::from_millis(500));
    let err = client(&mock)
        .list_workflows("demo")
        .timeout(Duration::from_millis(50))
        .send()
        .await
        .expect_err("the answer comes too late");
    assert_eq!(err.kind(), ErrorKind::Timeout);
    // The call arrived, so the expectation is met.
    mock.verify().expect("met");
}

/// Text examples are served as the endpoint answers: a YAML file as one body, a log as a
/// stream of lines, both straight from the spec.
#[tokio::test]
async fn text_examples_are_served_as_text_and_as_log_lines() {
    let mock = MockZadig::start().await;
    mock.get_environment_service_yaml()
        .project_key("demo")
        .env_name("dev")
        .service_name("gateway")
        .respond_example("success")
        .times(1);
    mock.stream_workflow_job_logs()
        .workflow_key("build-deploy")
        .task_id(15)
        .job_name("build")
        .respond_example("log_lines")
        .times(1);
    let client = client(&mock);
    let yaml = client
        .get_environment_service_yaml("demo", "dev", "gateway")
        .send()
        .await
        .expect("the YAML comes back");
    assert!(yaml.starts_with("apiVersion: apps/v1"), "{yaml}");
    let lines: Vec<String> = client
        .stream_workflow_job_logs("build-deploy", 15, "build", 10)
        .send()
        .await
        .expect("the stream opens")
        .map(|line| line.expect("a line"))
        .collect()
        .await;
    assert_eq!(lines, ["\"log message line 1\"", "\"log message line 2\""]);
    mock.verify().expect("met");
}

/// `without_<parameter>` is met by a call that leaves the optional parameter out, and not by
/// one that sends it; verification says which parameter was sent, and with what.
#[tokio::test]
async fn an_absent_query_parameter_is_met_by_a_call_that_leaves_it_out() {
    let mock = MockZadig::start().await;
    let expectation = mock
        .list_workflows()
        .project_key("demo")
        .without_view_name()
        .respond(workflow_list())
        .times(1);

    client(&mock)
        .list_workflows("demo")
        .send()
        .await
        .expect("a call without viewName meets it");
    assert_eq!(expectation.calls(), 1);
    mock.verify().expect("met");
}

#[tokio::test]
async fn an_absent_query_parameter_that_is_sent_fails_verification_naming_it() {
    let mock = MockZadig::start().await;
    mock.list_workflows()
        .project_key("demo")
        .without_view_name()
        .respond(workflow_list())
        .times(1);

    let err = client(&mock)
        .list_workflows("demo")
        .view_name("release")
        .send()
        .await
        .expect_err("a call with viewName meets nothing");
    assert_eq!(err.status().map(|status| status.as_u16()), Some(404));

    let report = mock.verify().expect_err("the call sent viewName");
    assert_eq!(
        report.problems(),
        [
            "`list_workflows` (GET /openapi/workflows, projectKey = demo, viewName absent) expected exactly 1 call, received 0",
            "unexpected request: GET /openapi/workflows?projectKey=demo&viewName=release: no expectation of `list_workflows` matches: query parameter `viewName` is sent (`release`); answered 404",
        ]
    );
}

/// A parameter the spec does not declare, added with the client's `query_param`, is matched
/// (and asserted absent) with the expectation's `query_param` and `without_query_param`.
#[tokio::test]
async fn extra_query_parameters_are_matched_and_asserted_absent() {
    let mock = MockZadig::start().await;
    mock.list_workflows()
        .project_key("demo")
        .query_param("archived", true)
        .respond(workflow_list())
        .times(1);
    mock.list_workflows()
        .project_key("other")
        .without_query_param("archived")
        .respond(workflow_list())
        .times(1);
    let client = client(&mock);
    client
        .list_workflows("demo")
        .query_param("archived", true)
        .send()
        .await
        .expect("the extra parameter matches");
    client
        .list_workflows("other")
        .send()
        .await
        .expect("no extra parameter, as expected");
    client
        .list_workflows("other")
        .query_param("archived", false)
        .send()
        .await
        .expect_err("the parameter was to be absent");
    let report = mock.verify().expect_err("one call too many");
    assert_eq!(report.problems().len(), 1, "{report}");
    assert!(
        report.problems()[0].ends_with(
            "no expectation of `list_workflows` matches: query parameter `projectKey` is `other`, not `demo`; query parameter `archived` is sent (`false`); answered 404"
        ),
        "{report}"
    );
}

fn workflow_view(extra: serde_json::Value) -> zadig_api::types::CreateWorkflowViewRequest {
    let mut view = json!({
        "name": "release",
        "project_key": "demo",
        "workflow_list": [{"workflow_key": "build", "workflow_name": "build", "workflow_type": "custom", "enabled": true}]
    });
    if let (Some(view), Some(extra)) = (view.as_object_mut(), extra.as_object()) {
        view.extend(extra.clone());
    }
    serde_json::from_value(view).expect("a view")
}

/// `without_body_field` takes a top-level key or a JSON Pointer; a field sent, even as `null`,
/// fails it and the report names the field and its value.
#[tokio::test]
async fn an_absent_body_field_is_met_by_a_body_without_it_and_reported_when_sent() {
    let mock = MockZadig::start().await;
    mock.create_workflow_view()
        .without_body_field("owner")
        .without_body_field("/workflow_list/0/settings")
        .respond_success()
        .times(1);
    let client = client(&mock);
    client
        .create_workflow_view(workflow_view(json!({})))
        .send()
        .await
        .expect("neither field is sent");
    // An unknown field the bindings keep from a read is written back, so it is sent.
    client
        .create_workflow_view(workflow_view(json!({"owner": null})))
        .send()
        .await
        .expect_err("`owner` is sent");

    let report = mock.verify().expect_err("one call sent the field");
    assert_eq!(report.problems().len(), 1, "{report}");
    let problem = &report.problems()[0];
    assert!(
        problem.ends_with(
            "no expectation of `create_workflow_view` matches: body field `owner` is sent (`null`); answered 404"
        ),
        "{problem}"
    );
}

/// Header matchers see what the client really sends: its token, and no header it does not set.
/// Mismatches name the header but never show its value (it may be a credential).
#[tokio::test]
async fn header_matchers_assert_presence_and_absence() {
    let mock = MockZadig::start().await;
    mock.list_workflows()
        .project_key("demo")
        .header("Authorization", format!("Bearer {TOKEN}"))
        .without_header("x-request-id")
        .respond(workflow_list())
        .times(1);
    mock.list_workflows()
        .project_key("other")
        .without_header("authorization")
        .respond(workflow_list())
        .times(1);
    let client = client(&mock);
    client
        .list_workflows("demo")
        .send()
        .await
        .expect("the token is sent, no request id");
    client
        .list_workflows("other")
        .send()
        .await
        .expect_err("the client always sends its token");

    let report = mock.verify().expect_err("the token was sent");
    let text = report.to_string();
    assert!(
        text.contains(
            "`list_workflows` (GET /openapi/workflows, projectKey = other, header authorization absent) expected exactly 1 call, received 0"
        ),
        "{text}"
    );
    assert!(
        text.contains("query parameter `projectKey` is `other`, not `demo`; header `authorization` is sent; answered 404"),
        "{text}"
    );
    assert!(!text.contains(&format!("Bearer {TOKEN}\"")), "{text}");
}

/// A route outside the spec, mounted with `request`, is reached through the client's escape
/// hatch and answered by the same responders; a `{name}` placeholder matches any one segment.
#[tokio::test]
async fn a_route_outside_the_spec_is_mounted_and_hit_through_client_request() {
    use zadig_api::reqwest::Method;

    let mock = MockZadig::start().await;
    let gate = mock
        .request(Method::POST, "/openapi/quality/gates/{gate}/check")
        .path_param("gate", "release 1")
        .query_param("projectKey", "demo")
        .without_query_param("dryRun")
        .body_json(json!({"commit": "abc"}))
        .respond(json!({"passed": true, "score": 97}))
        .times(1);
    mock.request(Method::GET, "/openapi/quality/log")
        .respond_text("line 1\n")
        .times(1);
    mock.request(Method::DELETE, "/openapi/quality/gates/old")
        .respond_error_described(404, 7001, "gate not found", "no gate named old")
        .times(1);

    let client = client(&mock);
    let answer: serde_json::Value = client
        .request(Method::POST, "/openapi/quality/gates/{gate}/check")
        .path_param("gate", "release 1")
        .query("projectKey", "demo")
        .json(&json!({"commit": "abc"}))
        .send()
        .await
        .expect("the mounted route answers");
    assert_eq!(answer, json!({"passed": true, "score": 97}));
    assert_eq!(gate.calls(), 1);
    let log = client
        .request(Method::GET, "/openapi/quality/log")
        .send_text()
        .await
        .expect("a text answer");
    assert_eq!(log, "line 1\n");
    let err = client
        .request(Method::DELETE, "/openapi/quality/gates/old")
        .send_empty()
        .await
        .expect_err("an error answer");
    assert_eq!(err.api_code(), Some(7001));
    mock.verify().expect("every mounted route met");
}

#[tokio::test]
async fn a_mounted_route_that_is_not_met_is_reported_with_what_failed() {
    use zadig_api::reqwest::Method;

    let mock = MockZadig::start().await;
    mock.request(Method::POST, "/openapi/quality/gates/{gate}/check")
        .path_param("gate", "release")
        .body_json(json!({"commit": "abc"}))
        .respond_success()
        .times(1);
    let err = client(&mock)
        .request(Method::POST, "/openapi/quality/gates/{gate}/check")
        .path_param("gate", "nightly")
        .json(&json!({"commit": "abc"}))
        .send_message()
        .await
        .expect_err("another gate");
    assert_eq!(err.status().map(|status| status.as_u16()), Some(404));

    let report = mock.verify().expect_err("the gate differs");
    assert_eq!(
        report.problems(),
        [
            "`POST /openapi/quality/gates/{gate}/check` (outside the spec, gate = release, body is exactly {\"commit\":\"abc\"}) expected exactly 1 call, received 0",
            "unexpected request: POST /openapi/quality/gates/nightly/check body {\"commit\":\"abc\"}: no expectation of `POST /openapi/quality/gates/{gate}/check` matches: path parameter `gate` is `nightly`, not `release`; answered 404",
        ]
    );
}

/// A literal segment of a mounted route wins over a placeholder, as on the server; a request
/// that fits no mounted route is still the spec's unknown route.
#[tokio::test]
async fn the_most_literal_mounted_route_answers() {
    use zadig_api::reqwest::Method;

    let mock = MockZadig::start().await;
    let any = mock
        .request(Method::GET, "/openapi/things/{name}")
        .respond(json!("any"));
    let special = mock
        .request(Method::GET, "/openapi/things/special")
        .respond(json!("special"));
    let client = client(&mock);
    let get = |path: &'static str| {
        client
            .request(Method::GET, path)
            .send::<serde_json::Value>()
    };
    assert_eq!(
        get("/openapi/things/special").await.expect("answered"),
        "special"
    );
    assert_eq!(get("/openapi/things/other").await.expect("answered"), "any");
    get("/openapi/things/other/more")
        .await
        .expect_err("no route fits");
    assert_eq!((any.calls(), special.calls()), (1, 1));
    let report = mock.verify().expect_err("one unknown route");
    assert_eq!(
        report.problems(),
        [
            "unexpected request: GET /openapi/things/other/more: no endpoint of the spec is GET /openapi/things/other/more; answered 404"
        ]
    );
}

/// A spec endpoint's path cannot be mounted (the spec's route answers first), nor a path
/// that is not one; `path_param` must name a placeholder. Each mistake is reported.
#[tokio::test]
async fn mounting_a_spec_path_or_a_bad_path_is_a_setup_mistake() {
    use zadig_api::reqwest::Method;

    let mock = MockZadig::start().await;
    mock.request(Method::GET, "/openapi/workflows/custom/{key}/detail")
        .respond(json!({}))
        .times(0);
    mock.request(Method::GET, "openapi/things")
        .respond(json!({}))
        .times(0);
    mock.request(Method::GET, "/openapi/things?x=1")
        .respond(json!({}))
        .times(0);
    mock.request(Method::GET, "/openapi/things/{id}")
        .path_param("name", "a")
        .respond(json!({}))
        .times(0);
    let report = mock.verify().expect_err("four mistakes");
    assert_eq!(
        report.problems(),
        [
            "`GET /openapi/workflows/custom/{key}/detail` is the spec endpoint `get_workflow`, which answers it first: expect it with `mock.get_workflow()`",
            "`GET openapi/things`: the path must start with `/`",
            "`GET /openapi/things?x=1`: the path must hold no query (match it with `query_param`)",
            "`GET /openapi/things/{id}`: `path_param(\"name\", ..)` names no `{name}` placeholder of the path",
        ]
    );
}

#[tokio::test]
async fn a_parameter_required_under_a_condition_is_checked_as_the_server_does() {
    use zadig_api::types::OperationLogSearchType;
    let mock = MockZadig::start().await;
    // With `searchType=status` the server needs `status`; the call leaves it out.
    let err = client(&mock)
        .list_operation_logs(1, 20, OperationLogSearchType::Status)
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|status| status.as_u16()), Some(400));
    let description = err
        .api_error()
        .and_then(|body| body.description.clone())
        .unwrap_or_default();
    assert!(description.contains("`status`"), "{description}");
    assert!(description.contains("`searchType`"), "{description}");
    // Another search type does without it: no 400, the request reaches the expectations.
    let unexpected = mock.unexpected_requests();
    assert_eq!(unexpected.len(), 1, "{unexpected:?}");
    let before = unexpected.len();
    let _ = client(&mock)
        .list_operation_logs(1, 20, OperationLogSearchType::All)
        .send()
        .await;
    let after = mock.unexpected_requests();
    assert_eq!(after.len(), before + 1);
    assert!(
        !after[before].reason.contains("requires"),
        "{}",
        after[before].reason
    );
    let _ = mock.verify();
}

#[tokio::test]
async fn a_mock_answers_as_the_release_it_impersonates() {
    use zadig_api::Release;
    // v4.0.0 has no pod restarts: its router answers 404, and a client for it sends nothing.
    let old = MockZadig::start_as(Release::V4_0_0).await;
    assert_eq!(old.release(), Release::V4_0_0);
    let raw = zadig_api::Client::builder()
        .base_url(old.url())
        .token(TOKEN)
        .release(Release::V4_0_0)
        .build()
        .unwrap();
    let err = raw
        .request(
            zadig_api::reqwest::Method::POST,
            "/openapi/environments/dev/service/web/pod/web-1/restart",
        )
        .query("projectKey", "demo")
        .send::<serde_json::Value>()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|status| status.as_u16()), Some(404));
    let refused = raw
        .restart_environment_service_pod("demo", "dev", "web", "web-1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Unsupported);
    assert_eq!(
        old.unexpected_requests().len(),
        1,
        "only the raw request arrived"
    );
    let _ = old.verify();

    // v5.0.0 serves the restart under the service; main would not.
    let current = MockZadig::start_as(Release::V5_0_0).await;
    current
        .restart_environment_service_pod()
        .env_name("dev")
        .service_name("web")
        .pod_name("web-1")
        .respond(
            serde_json::from_value(json!({"pod_name": "web-1", "status": "restarted"}))
                .expect("a restart result"),
        )
        .times(1);
    let client = zadig_api::Client::builder()
        .base_url(current.url())
        .token(TOKEN)
        .release(Release::V5_0_0)
        .build()
        .unwrap();
    client
        .restart_environment_service_pod("demo", "dev", "web", "web-1")
        .send()
        .await
        .expect("served at v5.0.0's path");
    current
        .verify()
        .expect("the expectation was met at /service/web/pod/web-1/restart");
}

#[tokio::test]
async fn a_client_asks_the_server_which_release_it_runs() {
    use zadig_api::{Release, ServerRelease};
    // v5.0.0 reports its version to an administrator's token, and to no one else.
    let current = MockZadig::start_as(Release::V5_0_0).await;
    current
        .get_cli_context()
        .respond(
            serde_json::from_value(json!({
                "user": {"uid": "1", "account": "admin"},
                "server_version": "v5.0.0",
            }))
            .expect("a CLI context"),
        )
        .times(1);
    current
        .get_cli_context()
        .respond(
            serde_json::from_value(json!({"user": {"uid": "2", "account": "dev"}}))
                .expect("a CLI context"),
        )
        .times(1);
    // Configured for an older release, the client still asks: the question is raw.
    let client = zadig_api::Client::builder()
        .base_url(current.url())
        .token(TOKEN)
        .release(Release::V4_0_0)
        .build()
        .unwrap();
    let answer = client.server_release().await.expect("an answer");
    assert_eq!(
        answer,
        ServerRelease::Reported {
            release: Release::V5_0_0,
            version: "v5.0.0".to_owned()
        }
    );
    assert_eq!(answer.release(), Some(Release::V5_0_0));
    assert_eq!(
        client.server_release().await.expect("an answer"),
        ServerRelease::Withheld
    );
    current.verify().expect("both questions were asked");

    // v4.3.0 does not serve the route: a 404 says the server predates v5.0.0.
    let old = MockZadig::start_as(Release::V4_3_0).await;
    let blocking_old = old.url().to_owned();
    let answer = tokio::task::spawn_blocking(move || {
        zadig_api::blocking::Client::new(blocking_old, TOKEN)
            .unwrap()
            .server_release()
    })
    .await
    .unwrap()
    .expect("a 404 is an answer");
    assert_eq!(answer, ServerRelease::BeforeV5);
    assert_eq!(answer.release(), None);
    let report = old.verify().unwrap_err().to_string();
    assert!(
        report.contains(
            "v4.3.0 does not serve GET /openapi/system/cli/context (`get_cli_context` is served by v5.0.0 and later)"
        ),
        "{report}"
    );

    // A server that fails otherwise is an error, not a guess.
    let broken = MockZadig::start().await;
    broken
        .get_cli_context()
        .respond_error(500, 6000, "licence service down");
    let err = zadig_api::Client::new(broken.url(), TOKEN)
        .unwrap()
        .server_release()
        .await
        .unwrap_err();
    assert_eq!(err.status().map(|status| status.as_u16()), Some(500));
}
