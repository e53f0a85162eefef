//! The `zadig` binary against `zadig-mock`: what a shell script or a CI step sees (stdout,
//! stderr, the exit status) for a list as a table, an object as JSON, a workflow run followed
//! to its failure, the raw escape hatch, Zadig's error answers, and the token kept out of
//! everything printed.

use std::process::{Command, Output};

use serde_json::{Value, json};
use zadig_api::reqwest::Method;
use zadig_mock::MockZadig;

const TOKEN: &str = "s3cr3t-token-e2e";

/// `zadig` talking to `mock`, with no config file and nothing from the caller's environment.
fn zadig(mock: &MockZadig, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_zadig"))
        .args(args)
        .env_clear()
        .env("ZADIG_URL", mock.url())
        .env("ZADIG_TOKEN", TOKEN)
        .env("ZADIG_CONFIG", "/nonexistent/zadig-config.yaml")
        .output()
        .expect("the zadig binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The example `name` of `endpoint` as the spec documents it.
fn example(endpoint: &str, name: &str) -> Value {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec");
    for entry in std::fs::read_dir(root).expect("spec/ lists") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|ext| ext != "yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("a spec file reads");
        let spec: serde_yaml::Value = serde_yaml::from_str(&text).expect("a spec file parses");
        let Some(endpoints) = spec.get("endpoints").and_then(|e| e.as_sequence()) else {
            continue;
        };
        for item in endpoints {
            if item.get("id").and_then(|id| id.as_str()) != Some(endpoint) {
                continue;
            }
            for example in item
                .get("examples")
                .and_then(|e| e.as_sequence())
                .into_iter()
                .flatten()
            {
                if example.get("name").and_then(|n| n.as_str()) == Some(name) {
                    let json = example.get("json").expect("a JSON example");
                    return serde_json::to_value(json).expect("YAML is JSON here");
                }
            }
        }
    }
    panic!("no example {name} of {endpoint}");
}

/// Whether `outer` holds every key and value of `inner`, recursively (a `null` of `inner` may
/// be left out: the typed answer does not tell `null` from absent).
fn holds(outer: &Value, inner: &Value) -> bool {
    match (outer, inner) {
        (Value::Object(outer), Value::Object(inner)) => inner.iter().all(|(key, value)| {
            outer
                .get(key)
                .map_or(value.is_null(), |found| holds(found, value))
        }),
        (Value::Array(outer), Value::Array(inner)) => {
            outer.len() == inner.len() && outer.iter().zip(inner).all(|(a, b)| holds(a, b))
        }
        (outer, inner) => outer == inner,
    }
}

#[test]
fn a_list_prints_as_a_table_with_the_generated_columns() {
    let mock = MockZadig::start_blocking();
    mock.list_workflows()
        .project_key("demo")
        .respond_example("success")
        .times(1);
    let output = zadig(
        &mock,
        &[
            "workflow",
            "list-workflows",
            "--project-key",
            "demo",
            "-o",
            "table",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let mut lines = text.lines();
    let header = lines.next().expect("a header line");
    let columns: Vec<&str> = header.split_whitespace().collect();
    assert_eq!(columns[..2], ["WORKFLOW_KEY", "WORKFLOW_NAME"], "{text}");
    let documented = example("list_workflows", "success");
    let workflows = documented["workflows"].as_array().expect("a list");
    assert_eq!(lines.clone().count(), workflows.len(), "{text}");
    for (line, workflow) in lines.zip(workflows) {
        let key = workflow["workflow_key"].as_str().expect("a key");
        assert!(line.starts_with(key), "{line} does not start with {key}");
    }
    mock.verify().expect("one call, as expected");
}

#[test]
fn an_object_prints_as_one_line_of_json_when_piped_and_filters_with_jq() {
    let mock = MockZadig::start_blocking();
    mock.get_workflow()
        .project_key("demo")
        .workflow_key("build-deploy")
        .respond_example("success")
        .times(2);
    let args = [
        "workflow",
        "get-workflow",
        "--project-key",
        "demo",
        "--workflow-key",
        "build-deploy",
    ];
    let output = zadig(&mock, &args);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 1, "piped JSON is one line: {text}");
    let printed: Value = serde_json::from_str(&text).expect("stdout is JSON");
    let documented = example("get_workflow", "success");
    // Everything the server sent is printed (the typed answer adds the zero values of the
    // fields Zadig always sends, and loses nothing).
    assert!(
        holds(&printed, &documented),
        "printed: {printed}\ndocumented: {documented}"
    );

    let mut filtered = args.to_vec();
    filtered.extend(["--jq", ".workflow_name"]);
    let output = zadig(&mock, &filtered);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!(
            "{}\n",
            documented["workflow_name"].as_str().expect("a name")
        ),
        "a string prints raw"
    );
    mock.verify().expect("two calls");
}

#[test]
fn a_run_followed_with_wait_and_logs_to_its_failure_exits_1() {
    let mock = MockZadig::start_blocking();
    let started = serde_json::from_value(json!({
        "project_name": "demo", "workflow_name": "build-deploy", "task_id": 42
    }))
    .expect("an ExecuteWorkflowResponse");
    mock.execute_workflow()
        .body_matches(|body| body.project_key == "demo" && body.workflow_key == "build-deploy")
        .respond(started)
        .times(1);
    mock.workflow_run("build-deploy", 42, 2, "failed");
    // The last stage's jobs run during the first polls: their logs are followed as they are
    // written; the jobs of the stages before it had ended, their logs are read whole.
    mock.stream_workflow_job_logs()
        .workflow_key("build-deploy")
        .task_id(42)
        .respond_lines(vec!["step 1: ok", "step 2: exit status 1"]);
    mock.get_workflow_job_logs()
        .workflow_key("build-deploy")
        .task_id(42)
        .respond_text("step 1: ok\nstep 2: exit status 1\n");
    let output = zadig(
        &mock,
        &[
            "workflow",
            "run",
            "--project-key",
            "demo",
            "--workflow-key",
            "build-deploy",
            "--wait",
            "--logs",
            "--poll-interval",
            "5ms",
        ],
    );
    let (out, err) = (stdout(&output), stderr(&output));
    assert_eq!(
        output.status.code(),
        Some(1),
        "stdout: {out}\nstderr: {err}"
    );
    assert!(
        out.contains("step 2: exit status 1"),
        "the job logs are on stdout: {out}"
    );
    assert!(
        err.contains("==> a-myapp-1-build-myapps (passed)"),
        "each job's log is announced: {err}"
    );
    assert!(
        err.contains("==> say-hi (running)"),
        "a running job's log is followed: {err}"
    );
    assert!(
        err.trim_end()
            .ends_with("error: workflow build-deploy run #42 ended failed"),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}'),
        "no progress display when stderr is not a terminal: {err:?}"
    );
    mock.verify()
        .expect("the run was started, polled and its logs read");
}

#[test]
fn a_cancelled_run_exits_6_and_a_wait_past_its_timeout_exits_5() {
    let mock = MockZadig::start_blocking();
    let started = || {
        serde_json::from_value(json!({"project_name": "demo", "workflow_name": "w", "task_id": 7}))
            .expect("an ExecuteWorkflowResponse")
    };
    mock.execute_workflow().respond(started()).times(1);
    mock.workflow_run("w", 7, 0, "cancelled");
    let run = [
        "workflow",
        "run",
        "--project-key",
        "demo",
        "--workflow-key",
        "w",
        "--wait",
        "--poll-interval",
        "5ms",
    ];
    let output = zadig(&mock, &run);
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
    let printed: Value = serde_json::from_str(&stdout(&output)).expect("the ended run as JSON");
    assert_eq!(printed["status"], "cancelled");
    mock.verify().expect("started and polled");

    let mock = MockZadig::start_blocking();
    mock.execute_workflow().respond(started());
    mock.workflow_run("w", 7, 1000, "passed");
    let mut waiting = run.to_vec();
    waiting.extend(["--timeout", "1s"]);
    let output = zadig(&mock, &waiting);
    assert_eq!(output.status.code(), Some(5), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("did not end within 1s; last status: running"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn zadig_api_sends_any_request_with_the_token_and_prints_the_json() {
    let mock = MockZadig::start_blocking();
    mock.request(Method::POST, "/openapi/quality/gates/{gate}/check")
        .path_param("gate", "release")
        .query_param("dryRun", "true")
        .header("authorization", format!("Bearer {TOKEN}"))
        .body_json(json!({"commit": "abc"}))
        .respond(json!({"passed": true}))
        .times(1);
    let dir = std::env::temp_dir().join(format!("zadig-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let body = dir.join("body.yaml");
    std::fs::write(&body, "commit: abc\n").expect("the body file writes");
    let output = zadig(
        &mock,
        &[
            "api",
            "POST",
            "/openapi/quality/gates/release/check",
            "--query",
            "dryRun=true",
            "--body",
            body.to_str().expect("a UTF-8 path"),
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "{\"passed\":true}\n");
    mock.verify().expect("the raw call arrived as sent");

    // A spec route through the escape hatch meets the endpoint's expectation.
    let mock = MockZadig::start_blocking();
    mock.list_workflows()
        .project_key("demo")
        .respond_example("success")
        .times(1);
    let output = zadig(
        &mock,
        &[
            "api",
            "get",
            "/openapi/workflows?projectKey=demo",
            "-q",
            ".workflows | length",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let count = example("list_workflows", "success")["workflows"]
        .as_array()
        .map_or(0, Vec::len);
    assert_eq!(stdout(&output), format!("{count}\n"));
}

#[test]
fn zadig_s_error_answer_is_one_line_on_stderr_and_exit_3() {
    let mock = MockZadig::start_blocking();
    mock.get_workflow()
        .workflow_key("gone")
        .respond_error_described(400, 6540, "get workflow failed", "workflow gone not found")
        .times(1);
    let output = zadig(
        &mock,
        &[
            "workflow",
            "get-workflow",
            "--project-key",
            "demo",
            "--workflow-key",
            "gone",
        ],
    );
    assert_eq!(output.status.code(), Some(3));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert_eq!(err.lines().count(), 1, "{err}");
    for part in [
        "get_workflow",
        "400",
        "6540",
        "get workflow failed",
        "workflow gone not found",
    ] {
        assert!(err.contains(part), "`{part}` is missing from: {err}");
    }
}

#[test]
fn a_missing_required_query_parameter_is_refused_by_clap_not_the_server() {
    let mock = MockZadig::start_blocking();
    let output = zadig(&mock, &["workflow", "list-workflows"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("--project-key <TEXT>"),
        "{}",
        stderr(&output)
    );
    mock.verify().expect("nothing was sent");
}

#[test]
fn the_token_is_in_no_output_not_even_verbose_traces_or_errors() {
    let mock = MockZadig::start_blocking();
    mock.get_workflow()
        .respond_error(401, 6001, "unauthorized")
        .times(1);
    let output = zadig(
        &mock,
        &[
            "-v",
            "workflow",
            "get-workflow",
            "--project-key",
            "demo",
            "--workflow-key",
            "x",
        ],
    );
    assert_eq!(output.status.code(), Some(3));
    let everything = format!("{}{}", stdout(&output), stderr(&output));
    assert!(!everything.contains(TOKEN), "{everything}");
    assert!(
        everything.contains("> authorization: <redacted>"),
        "{everything}"
    );
    assert!(everything.contains("< 401"), "{everything}");
}

#[test]
fn a_command_the_configured_release_does_not_serve_fails_before_sending() {
    let mock = MockZadig::start_blocking();
    // `get_cli_context` is served from v5.0.0 on.
    let output = zadig(&mock, &["--release", "4.2", "system", "get-cli-context"]);
    assert_eq!(output.status.code(), Some(7), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("not served by Zadig v4.2.0"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("v5.0.0 and later"),
        "{}",
        stderr(&output)
    );
    mock.verify().expect("nothing was sent");
}

#[test]
fn a_paged_list_with_all_walks_every_page() {
    let mock = MockZadig::start_blocking();
    let task = |id: i64| {
        serde_json::from_value(json!({"task_id": id, "workflow_key": "w", "status": "passed"}))
            .expect("a task")
    };
    mock.list_workflow_tasks()
        .workflow_key("w")
        .respond_pages((1..=25).map(task).collect());
    let output = zadig(
        &mock,
        &[
            "workflow",
            "list-workflow-tasks",
            "--workflow-key",
            "w",
            "--all",
            "--page-size",
            "10",
            "-q",
            "map(.task_id) | length",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "25\n");
}

#[test]
fn body_field_flags_build_the_body_and_a_body_file_keeps_unknown_keys() {
    let mock = MockZadig::start_blocking();
    mock.update_workflow_task_remark()
        .workflow_key("w")
        .task_id(3)
        .body_json(json!({"remark": "rolled back"}))
        .respond_success()
        .times(1);
    let output = zadig(
        &mock,
        &[
            "workflow",
            "update-workflow-task-remark",
            "--workflow-key",
            "w",
            "--task-id",
            "3",
            "--remark",
            "rolled back",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    mock.verify().expect("the body the flags give");

    // A key the bindings do not model goes to the server as written.
    let mock = MockZadig::start_blocking();
    let started =
        serde_json::from_value(json!({"project_name": "demo", "workflow_name": "w", "task_id": 1}))
            .expect("an ExecuteWorkflowResponse");
    mock.execute_workflow()
        .body_matches(|body| body.unknown_fields.get("future_option") == Some(&json!({"on": true})))
        .respond(started)
        .times(1);
    let output = Command::new(env!("CARGO_BIN_EXE_zadig"))
        .args(["workflow", "execute-workflow", "--body", "-"])
        .env_clear()
        .env("ZADIG_URL", mock.url())
        .env("ZADIG_TOKEN", TOKEN)
        .env("ZADIG_CONFIG", "/nonexistent/zadig-config.yaml")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child
                .stdin
                .take()
                .expect("a stdin pipe")
                .write_all(b"{\"project_key\": \"demo\", \"workflow_key\": \"w\", \"inputs\": [], \"future_option\": {\"on\": true}}")?;
            child.wait_with_output()
        })
        .expect("the zadig binary runs");
    assert!(output.status.success(), "{}", stderr(&output));
    mock.verify().expect("the unknown key was sent");
}

#[test]
fn an_event_stream_prints_its_lines() {
    let mock = MockZadig::start_blocking();
    mock.stream_workflow_job_logs()
        .workflow_key("w")
        .respond_lines(vec!["first line", "second line"])
        .times(1);
    let output = zadig(
        &mock,
        &[
            "workflow",
            "stream-workflow-job-logs",
            "--workflow-key",
            "w",
            "--task-id",
            "1",
            "--job-name",
            "build",
            "--lines",
            "10",
        ],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output), "first line\nsecond line\n");
}

#[test]
fn a_profile_of_the_config_file_gives_url_token_and_release() {
    let mock = MockZadig::start_blocking();
    mock.list_workflows()
        .project_key("demo")
        .header("authorization", "Bearer from-the-profile")
        .respond_example("success")
        .times(1);
    let dir = std::env::temp_dir().join(format!("zadig-e2e-profile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let config = dir.join("config.yaml");
    std::fs::write(
        &config,
        format!(
            "default_profile: other\nprofiles:\n  other:\n    url: http://127.0.0.1:9\n  staging:\n    url: {}\n    token_env: STAGING_TOKEN\n    release: \"4.2\"\n",
            mock.url()
        ),
    )
    .expect("the config writes");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_zadig"))
            .args(args)
            .env_clear()
            .env("ZADIG_CONFIG", &config)
            .env("STAGING_TOKEN", "from-the-profile")
            .output()
            .expect("the zadig binary runs")
    };
    let output = run(&[
        "--profile",
        "staging",
        "workflow",
        "list-workflows",
        "--project-key",
        "demo",
        "-o",
        "yaml",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("workflows:"),
        "{}",
        stdout(&output)
    );
    mock.verify().expect("the profile's URL and token");

    // The profile's release: a command it does not serve is refused.
    let output = run(&["--profile", "staging", "system", "get-cli-context"]);
    assert_eq!(output.status.code(), Some(7), "{}", stderr(&output));

    let output = run(&[
        "--profile",
        "prod",
        "workflow",
        "list-workflows",
        "--project-key",
        "demo",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no profile `prod`"),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("it has: other, staging"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn completions_name_every_command() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let output = Command::new(env!("CARGO_BIN_EXE_zadig"))
            .args(["completions", shell])
            .output()
            .expect("the zadig binary runs");
        assert!(output.status.success(), "{shell}: {}", stderr(&output));
        let script = stdout(&output);
        for word in ["list-workflow-tasks", "release-plan", "project-key", "yaml"] {
            assert!(script.contains(word), "{shell} completion lacks {word}");
        }
    }
}
