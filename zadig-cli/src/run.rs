//! `zadig workflow run`: start a run of a workflow and, with `--wait`, follow it to its end:
//! a progress line of its stages and jobs on a terminal (none when stderr is not one), each
//! job's log with `--logs`, and an exit status that says how the run ended.
//!
//! Built on the client's calls: `execute_workflow`, then `get_workflow_task` polled until
//! `zadig_api::wait::is_final` says the run ended (the library's rule), and for the logs
//! `stream_workflow_job_logs` (a running job, line by line as it is written) or
//! `get_workflow_job_logs` (a job that had already ended when it was seen).

use std::collections::BTreeSet;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{Map, Value};
use tokio::time::Instant;

use crate::args::{self, BodyField};
use crate::runtime::{Ctx, Exit, Failure, Table};
use crate::types::{ExecuteWorkflowRequest, WorkflowTaskStatus};

/// How many past lines a log stream is asked to send first: all of them, in practice.
const LOG_LINES: i64 = 100_000;

/// The run's stages as a table (`--output table` of a waited run).
const STAGES: Table = Table {
    rows: Some("stages"),
    columns: &["name", "status", "start_time", "end_time"],
};

pub(crate) fn command() -> Command {
    Command::new("run")
        .about("Start a run of a workflow; with --wait, follow it to its end and exit with how it ended")
        .long_about(
            "Start a run of a workflow (POST /openapi/workflows/custom/task); with --wait, follow it \
             to its end.\n\n\
             Without --wait it prints the new run (its task_id). With --wait it polls the run, shows \
             its stages and jobs changing on a terminal (nothing when stderr is not one), and prints \
             the ended run; with --logs it prints each job's log to stdout instead, as the job \
             writes it, and a summary line on stderr.\n\n\
             Exit status with --wait: 0 the run passed; 1 it ended otherwise (failed, rejected); \
             5 it timed out on the server, or --timeout passed first; 6 it was cancelled.\n\n\
             The body (an ExecuteWorkflowRequest: parameters, job inputs, notifications) is read \
             from --body; --project-key and --workflow-key set its keys, and it runs with no job \
             inputs when it names none.",
        )
        .args([
            args::flag::<String>("project-key", "Identifier of the project [body: project_key]"),
            args::flag::<String>("workflow-key", "Identifier of the workflow [body: workflow_key]"),
            args::body("ExecuteWorkflowRequest", false),
            Arg::new("wait")
                .long("wait")
                .action(ArgAction::SetTrue)
                .help("Follow the run until it ends; the exit status says how it ended"),
            Arg::new("logs")
                .long("logs")
                .action(ArgAction::SetTrue)
                .help("Print each job's log as it is written (implies --wait)"),
            Arg::new("timeout")
                .long("timeout")
                .value_name("DURATION")
                .default_value("1h")
                .value_parser(parse_duration)
                .help("Give up waiting after this long (90s, 20m, 1h); exit status 5"),
            Arg::new("poll-interval")
                .long("poll-interval")
                .value_name("DURATION")
                .default_value("2s")
                .value_parser(parse_duration)
                .help("How often to ask for the run's state while waiting"),
        ])
}

/// `90s`, `20m`, `1h`, `500ms`, or plain seconds.
fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| format!("`{text}` is not a duration such as 90s, 20m or 1h"))?;
    let millis = match unit {
        "ms" => 1,
        "" | "s" => 1_000,
        "m" => 60_000,
        "h" => 3_600_000,
        _ => return Err(format!("`{text}` is not a duration such as 90s, 20m or 1h")),
    };
    Ok(Duration::from_millis(number.saturating_mul(millis)))
}

pub(crate) async fn run(ctx: &Ctx, matches: &ArgMatches) -> Result<(), Failure> {
    let logs = args::flag_set(matches, "logs");
    let wait = logs || args::flag_set(matches, "wait");
    let timeout = matches
        .try_get_one::<Duration>("timeout")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(Duration::from_secs(3600));
    let poll = matches
        .try_get_one::<Duration>("poll-interval")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(Duration::from_secs(2));

    let body = request(matches)?;
    let workflow_key = body.workflow_key.clone();
    let client = ctx.client()?;
    let started = client.execute_workflow(body).send().await?;
    if !wait {
        return ctx.print(&started, None);
    }
    // --timeout bounds the wait, from the moment the run exists.
    let deadline = Instant::now() + timeout;
    let task_id = started.task_id;
    let name = format!("workflow {workflow_key} run #{task_id}");

    let progress = Progress::new();
    let mut logged: BTreeSet<String> = BTreeSet::new();
    let timed_out = |last: &str| {
        Failure::new(
            Exit::Timeout,
            format!(
                "{name} did not end within {}; last status: {last}",
                show(timeout)
            ),
        )
    };
    let mut last_status = "none yet".to_owned();
    let task = loop {
        let answer = tokio::time::timeout_at(
            deadline,
            client.get_workflow_task(&workflow_key, task_id).send(),
        )
        .await
        .map_err(|_| timed_out(&last_status))??;
        let view = serde_json::to_value(&answer).unwrap_or(Value::Null);
        last_status = text(&view, "status").unwrap_or("none").to_owned();
        progress.show(&name, &view);
        if logs {
            for job in jobs(&view) {
                if logged.contains(&job.name) || !job.started {
                    continue;
                }
                logged.insert(job.name.clone());
                progress.say(&format!("==> {} ({})", job.name, job.status));
                let follow = async {
                    if job.ended {
                        let text = client
                            .get_workflow_job_logs(&workflow_key, task_id, &job.name)
                            .send()
                            .await?;
                        progress.print(&text, ctx)
                    } else {
                        let mut stream = client
                            .stream_workflow_job_logs(&workflow_key, task_id, &job.name, LOG_LINES)
                            .send()
                            .await?;
                        while let Some(line) = stream.next_line().await {
                            progress.print(&(line? + "\n"), ctx)?;
                        }
                        Ok(())
                    }
                };
                tokio::time::timeout_at(deadline, follow)
                    .await
                    .map_err(|_| timed_out(&last_status))??;
            }
        }
        if zadig_api::wait::is_final(&answer) {
            break answer;
        }
        let now = Instant::now();
        if now >= deadline {
            return Err(timed_out(&last_status));
        }
        tokio::time::sleep_until((now + poll).min(deadline)).await;
    };
    progress.finish();

    let status = task.status.clone();
    let status_text = status
        .as_ref()
        .map_or("none", |status| status.as_str())
        .to_owned();
    if !logs {
        ctx.print(&task, Some(&STAGES))?;
    }
    match status {
        Some(WorkflowTaskStatus::Passed) => {
            if logs {
                eprintln!("{name} passed");
            }
            Ok(())
        }
        Some(WorkflowTaskStatus::Cancelled) => Err(Failure::new(
            Exit::Cancelled,
            format!("{name} was cancelled"),
        )),
        Some(WorkflowTaskStatus::Timeout) => Err(Failure::new(
            Exit::Timeout,
            format!("{name} timed out on the server"),
        )),
        _ => Err(Failure::new(
            Exit::RunFailed,
            format!("{name} ended {status_text}"),
        )),
    }
}

/// The body: `--body` (or an empty object), the key flags laid over it, no job inputs unless
/// it names some; decoded as every body is.
fn request(matches: &ArgMatches) -> Result<ExecuteWorkflowRequest, Failure> {
    let file: Option<String> = matches
        .try_get_one::<String>("body")
        .ok()
        .flatten()
        .cloned();
    let mut value = match &file {
        Some(file) => crate::body::read(file)?,
        None => Value::Object(Map::new()),
    };
    let Value::Object(object) = &mut value else {
        return Err(Failure::usage("the body is not an object"));
    };
    object
        .entry("inputs")
        .or_insert_with(|| Value::Array(Vec::new()));
    const FIELDS: &[BodyField] = &[
        ("project-key", "project_key", args::field_value::<String>),
        ("workflow-key", "workflow_key", args::field_value::<String>),
    ];
    for (flag, wire, get) in FIELDS {
        if let Some(given) = get(matches, flag) {
            object.insert((*wire).to_owned(), given);
        }
    }
    crate::body::from_value(value, file.as_deref(), FIELDS)
}

fn text<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

/// A job of a run, as the wait needs it.
struct Job {
    name: String,
    status: String,
    /// It has begun (running or ended): it has a log.
    started: bool,
    ended: bool,
}

/// The run's jobs, stage by stage, from its JSON (read by wire name, so a field the bindings
/// type differently in another release reads the same).
fn jobs(run: &Value) -> Vec<Job> {
    let stages = run
        .get("stages")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    stages
        .iter()
        .flat_map(|stage| {
            stage
                .get("jobs")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default()
        })
        .filter_map(|job| {
            let name = text(&job, "name")?.to_owned();
            let status = text(&job, "status").unwrap_or_default().to_owned();
            let ended = WorkflowTaskStatus::from(status.as_str()).is_final() == Some(true);
            Some(Job {
                started: ended || status == "running",
                ended,
                name,
                status,
            })
        })
        .collect()
}

/// The progress line on stderr, on a terminal only.
struct Progress {
    bar: ProgressBar,
}

impl Progress {
    fn new() -> Self {
        // Hidden unless stderr is a terminal: a pipe or a CI log gets no redraws.
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{spinner} {elapsed} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar }
    }

    /// `workflow build-deploy run #42 running | build: passed | deploy: running (deploy-svc)`.
    fn show(&self, name: &str, run: &Value) {
        let mut line = format!("{name} {}", text(run, "status").unwrap_or("..."));
        for stage in run
            .get("stages")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            line.push_str(&format!(
                " | {}: {}",
                text(stage, "name").unwrap_or("?"),
                text(stage, "status").unwrap_or("?")
            ));
            let running: Vec<&str> = stage
                .get("jobs")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter(|job| text(job, "status") == Some("running"))
                .filter_map(|job| text(job, "name"))
                .collect();
            if !running.is_empty() {
                line.push_str(&format!(" ({})", running.join(", ")));
            }
        }
        self.bar.set_message(line);
    }

    /// A line on stderr that stays (a job's log begins).
    fn say(&self, line: &str) {
        self.bar.suspend(|| eprintln!("{line}"));
    }

    /// Log text on stdout, with the progress line out of its way.
    fn print(&self, text: &str, ctx: &Ctx) -> Result<(), Failure> {
        self.bar.suspend(|| ctx.printer.print_text(text))
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// A duration as it was likely written.
fn show(duration: Duration) -> String {
    let secs = duration.as_secs();
    if duration.subsec_millis() != 0 || secs == 0 {
        format!("{}ms", duration.as_millis())
    } else if secs.is_multiple_of(3600) {
        format!("{}h", secs / 3600)
    } else if secs.is_multiple_of(60) {
        format!("{}m", secs / 60)
    } else {
        format!("{secs}s")
    }
}
