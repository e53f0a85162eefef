//! `cargo xtask bench`: runs the benchmarks with short settings and prints one table of figures,
//! each with the baseline measured in the same run, the ratio and whether the target is met.
//!
//! Parts (all by default, or those given to `--only`):
//!
//! - `codegen`, `decode`: the criterion benches `codegen/benches/codegen.rs` and
//!   `zadig-api/benches/decode.rs`.
//! - `requests`, `stream`: `zadig-api/benches/{requests,log_stream}.rs`, each with its own
//!   harness (rounds that alternate the variants), read back from the JSON they write.
//! - `compile`: `cargo build -p zadig-api` after touching `src/lib.rs`, with the dependencies
//!   (the runtime crate among them) already built, on its real cargo features: all modules
//!   (the default), no module, and each module alone; the full build against building the
//!   `reqwest` crate itself (its dependencies built, the same features, in a target directory
//!   of its own so that cleaning it leaves zadig-api's untouched); the same with the runtime
//!   crate rebuilt too (touching its `src/lib.rs`), what a user's first build of the two
//!   costs, against reqwest as well; ratios of the modules to the full build, the typical
//!   (median) and largest module against their targets, and the build cost per endpoint.
//! - `mock`: `zadig-mock/benches/mock_throughput.rs`, requests per second through the mock
//!   server and bare wiremock against a plain loopback server, read back from its JSON.
//! - `cli`: one `zadig` call from a shell (`sh -c`) against a loopback server, against `curl`
//!   doing the same request in the same run (rounds alternate them; the ratio is the median
//!   of the rounds' ratios), with the release binary `cargo install` would build; and the
//!   CLI's build time after a change to it, against `zadig-api`'s in the same run.
//!
//! Criterion figures are the median estimates from `target/criterion/<group>/<bench>/new/
//! estimates.json`. The machine is shared and noisy, so every figure is a ratio against a
//! baseline run in the same invocation; the absolute figures are for orientation.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use crate::workspace_root;

pub const HELP: &str = "\
usage: cargo xtask bench [options]

Runs the benchmarks with short settings and prints a table of figures, each against a baseline
measured in the same run, with the ratio and whether the target is met.

options:
  --only PART[,PART...]      codegen, requests, decode, stream, compile, mock, cli
                             (default: all)
  --warm-up-time SECS        criterion warm-up per benchmark (default 1)
  --measurement-time SECS    criterion measurement per benchmark (default 3)
  --request-rounds N         request-overhead rounds, each one batch per variant (default 10);
                             also the rounds of the mock-server throughput bench and of the
                             CLI-against-curl bench (20 calls of each per round)
  --stream-rounds N          log-stream passes of each variant (default 3)
  --stream-mib N             MiB per log-stream pass (default 256)
  --compile-runs N           timed builds of each feature set and profile; the median is kept
                             (default 1)
  --compile-profiles LIST    debug, release or both, comma-separated (default debug)
";

const PARTS: [&str; 7] = [
    "codegen", "requests", "decode", "stream", "compile", "mock", "cli",
];

struct Options {
    parts: Vec<String>,
    warm_up: String,
    measurement: String,
    request_rounds: usize,
    stream_rounds: usize,
    stream_mib: usize,
    compile_runs: usize,
    compile_profiles: Vec<String>,
}

fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut options = Options {
        parts: PARTS.iter().map(|part| part.to_string()).collect(),
        warm_up: "1".into(),
        measurement: "3".into(),
        request_rounds: 10,
        stream_rounds: 3,
        stream_mib: 256,
        compile_runs: 1,
        compile_profiles: vec!["debug".into()],
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        let count = |name: &str, text: String| match text.parse::<usize>() {
            Ok(n) if n > 0 => Ok(n),
            _ => Err(format!(
                "{name} takes a whole number of at least 1, not `{text}`"
            )),
        };
        let seconds = |name: &str, text: String| match text.parse::<f64>() {
            Ok(s) if s > 0.0 => Ok(text),
            _ => Err(format!("{name} takes a number of seconds, not `{text}`")),
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--only" => {
                let list = value("--only")?;
                let parts: Vec<String> = list.split(',').map(|p| p.trim().to_owned()).collect();
                if let Some(bad) = parts.iter().find(|p| !PARTS.contains(&p.as_str())) {
                    return Err(format!(
                        "unknown part `{bad}`; the parts are {}",
                        PARTS.join(", ")
                    ));
                }
                options.parts = parts;
            }
            "--warm-up-time" => options.warm_up = seconds(arg, value(arg)?)?,
            "--measurement-time" => options.measurement = seconds(arg, value(arg)?)?,
            "--request-rounds" => options.request_rounds = count(arg, value(arg)?)?,
            "--stream-rounds" => options.stream_rounds = count(arg, value(arg)?)?,
            "--stream-mib" => options.stream_mib = count(arg, value(arg)?)?,
            "--compile-runs" => options.compile_runs = count(arg, value(arg)?)?,
            "--compile-profiles" => {
                let list = value(arg)?;
                let profiles: Vec<String> = list.split(',').map(|p| p.trim().to_owned()).collect();
                if let Some(bad) = profiles
                    .iter()
                    .find(|p| !matches!(p.as_str(), "debug" | "release"))
                {
                    return Err(format!(
                        "unknown profile `{bad}`; the profiles are debug, release"
                    ));
                }
                options.compile_profiles = profiles;
            }
            other => return Err(format!("unknown option `{other}`\n\n{HELP}")),
        }
    }
    Ok(Some(options))
}

/// One line of the result table.
struct Row {
    what: String,
    figure: String,
    baseline: String,
    ratio: Option<f64>,
    /// The same ratio of CPU times, for the compile figures.
    cpu_ratio: Option<f64>,
    target: String,
    /// `None`: no target for this figure.
    met: Option<bool>,
}

impl Row {
    fn new(what: impl Into<String>, figure: impl Into<String>) -> Row {
        Row {
            what: what.into(),
            figure: figure.into(),
            baseline: "-".into(),
            ratio: None,
            cpu_ratio: None,
            target: "-".into(),
            met: None,
        }
    }

    fn against(mut self, baseline: impl Into<String>, ratio: f64) -> Row {
        self.baseline = baseline.into();
        self.ratio = Some(ratio);
        self
    }

    fn target(mut self, target: impl Into<String>, met: bool) -> Row {
        self.target = target.into();
        self.met = Some(met);
        self
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let Some(options) = parse(args)? else {
        print!("{HELP}");
        return Ok(());
    };
    let root = workspace_root();
    let target = target_dir(&root);
    let started = Instant::now();
    let wants = |part: &str| options.parts.iter().any(|p| p == part);

    let mut rows = Vec::new();
    let criterion_benches: Vec<&str> = ["codegen", "decode"]
        .into_iter()
        .filter(|part| wants(part))
        .collect();
    if !criterion_benches.is_empty() {
        run_criterion(&root, &target, &criterion_benches, &options)?;
        let criterion = target.join("criterion");
        if wants("codegen") {
            rows.extend(codegen_rows(&criterion)?);
        }
        if wants("decode") {
            rows.extend(decode_rows(&criterion)?);
        }
    }
    if wants("requests") {
        rows.extend(request_rows(&root, &target, &options)?);
    }
    if wants("stream") {
        rows.extend(stream_rows(&root, &target, &options)?);
    }
    if wants("compile") {
        rows.extend(compile_rows(&root, &target, &options)?);
    }
    if wants("mock") {
        rows.extend(mock_rows(&root, &target, &options)?);
    }
    if wants("cli") {
        rows.extend(cli_rows(&root, &target, &options)?);
    }

    println!();
    println!("{}", machine_summary());
    println!();
    print!("{}", render(&rows));
    let met = rows.iter().filter(|row| row.met == Some(true)).count();
    let missed = rows.iter().filter(|row| row.met == Some(false)).count();
    println!();
    println!(
        "targets: {met} met, {missed} missed; benchmarks took {:.0?}",
        started.elapsed()
    );
    Ok(())
}

fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|dir| {
            if dir.is_absolute() {
                dir
            } else {
                root.join(dir)
            }
        })
        .unwrap_or_else(|| root.join("target"))
}

/// Runs `command`, failing with its command line when it cannot start or does not succeed.
fn run_command(command: &mut Command) -> Result<(), String> {
    let line = format!("{command:?}");
    eprintln!("==> {line}");
    let status = command
        .status()
        .map_err(|err| format!("cannot run {line}: {err}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("bench: {line} failed ({status})"))
    }
}

// ---------------------------------------------------------------------------------- criterion

/// The criterion groups each bench writes, removed before a run so that no stale figure is read.
fn criterion_groups(bench: &str) -> &'static [&'static str] {
    match bench {
        "codegen" => &["codegen"],
        "decode" => &[
            "decode_get_workflow",
            "decode_get_workflow_task",
            "decode_get_environment_service",
        ],
        _ => &[],
    }
}

fn run_criterion(
    root: &Path,
    target: &Path,
    benches: &[&str],
    options: &Options,
) -> Result<(), String> {
    let criterion = target.join("criterion");
    for bench in benches {
        for group in criterion_groups(bench) {
            let dir = criterion.join(group);
            if dir.exists() {
                fs::remove_dir_all(&dir)
                    .map_err(|err| format!("cannot remove {}: {err}", dir.display()))?;
            }
        }
    }
    let mut command = Command::new("cargo");
    command.args(["bench", "--workspace", "--locked"]);
    for bench in benches {
        command.args(["--bench", bench]);
    }
    command
        .args(["--", "--warm-up-time", &options.warm_up])
        .args(["--measurement-time", &options.measurement])
        .env("CRITERION_HOME", &criterion)
        .current_dir(root);
    run_command(&mut command)
}

/// The median estimate of one criterion benchmark, in nanoseconds.
fn median_ns(criterion: &Path, group: &str, bench: &str) -> Result<f64, String> {
    let path = criterion.join(group).join(bench).join("new/estimates.json");
    let text = fs::read_to_string(&path)
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let estimates: serde_json::Value = serde_json::from_str(&text)
        .map_err(|err| format!("{} is not JSON: {err}", path.display()))?;
    estimates["median"]["point_estimate"]
        .as_f64()
        .ok_or_else(|| format!("{} has no median estimate", path.display()))
}

/// `7.51 ms`, `22.0 µs`, `1.23 s`.
fn show_ns(ns: f64) -> String {
    let (value, unit) = if ns >= 1e9 {
        (ns / 1e9, "s")
    } else if ns >= 1e6 {
        (ns / 1e6, "ms")
    } else if ns >= 1e3 {
        (ns / 1e3, "µs")
    } else {
        (ns, "ns")
    };
    let digits = if value >= 100.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    format!("{value:.digits$} {unit}")
}

fn codegen_rows(criterion: &Path) -> Result<Vec<Row>, String> {
    let parse = median_ns(criterion, "codegen", "parse_yaml")?;
    let baseline = format!("parse YAML alone {}", show_ns(parse));
    let mut rows = Vec::new();
    for (bench, what) in [
        ("load", "codegen: load (parse into the spec model)"),
        ("load_validate_lower", "codegen: load + validate + lower"),
    ] {
        let ns = median_ns(criterion, "codegen", bench)?;
        rows.push(Row::new(what, show_ns(ns)).against(&baseline, ns / parse));
    }
    let ns = median_ns(criterion, "codegen", "generate")?;
    rows.push(
        Row::new("codegen: full spec, load to generated files", show_ns(ns))
            .against(&baseline, ns / parse)
            .target("whole run < 200 ms", ns < 200e6),
    );
    Ok(rows)
}

fn request_rows(root: &Path, target: &Path, options: &Options) -> Result<Vec<Row>, String> {
    let rounds = options.request_rounds.to_string();
    let summary = run_json_bench(root, target, "requests", &["--rounds", &rounds])?;
    let requests = summary["requests"].as_f64().unwrap_or(f64::NAN);
    let number = |group: &str, key: &str| {
        summary[group][key]
            .as_f64()
            .ok_or_else(|| format!("the requests bench's JSON lacks `{group}.{key}`"))
    };
    let mut rows = Vec::new();
    for (group, what, baseline) in [
        (
            "sequential",
            "5,000 sequential GETs, async client",
            "reqwest + serde_json",
        ),
        (
            "concurrent_64",
            "5,000 GETs from 64 tasks, async client",
            "reqwest + serde_json",
        ),
        (
            "blocking",
            "5,000 sequential GETs, blocking client",
            "async client",
        ),
    ] {
        let ms = number(group, "variant_ms")?;
        let base = number(group, "baseline_ms")?;
        let ratio = number(group, "ratio")?;
        rows.push(
            Row::new(
                what,
                format!(
                    "{} ({}/req)",
                    show_ns(ms * 1e6),
                    show_ns(ms * 1e6 / requests)
                ),
            )
            .against(format!("{baseline} {}", show_ns(base * 1e6)), ratio)
            .target("ratio <= 1.10", ratio <= 1.10),
        );
    }
    Ok(rows)
}

/// `zadig-mock/benches/mock_throughput.rs`: sequential requests per second through
/// `MockZadig` and bare wiremock, each against the plain loopback server of the same round.
/// The ratio is the time per request against the plain server's (higher is slower), the
/// median of the rounds' ratios.
fn mock_rows(root: &Path, target: &Path, options: &Options) -> Result<Vec<Row>, String> {
    let rounds = options.request_rounds.to_string();
    let summary = run_json_bench(root, target, "mock_throughput", &["--rounds", &rounds])?;
    let rate = |variant: &str| {
        summary[variant]["requests_per_second"]
            .as_f64()
            .ok_or_else(|| format!("the mock bench's JSON lacks `{variant}.requests_per_second`"))
    };
    let plain = rate("plain_loopback")?;
    let requests = summary["requests"].as_u64().unwrap_or(0);
    let mut rows = Vec::new();
    for (variant, what) in [
        ("bare_wiremock", "bare wiremock, one catch-all mock"),
        ("zadig_mock", "`MockZadig`, one expectation"),
    ] {
        let variant_rate = rate(variant)?;
        let rate_ratio = summary[variant]["rate_ratio_to_plain"]
            .as_f64()
            .ok_or_else(|| {
                format!("the mock bench's JSON lacks `{variant}.rate_ratio_to_plain`")
            })?;
        rows.push(
            Row::new(
                format!("{requests} sequential GETs through {what}"),
                format!("{variant_rate:.0} req/s"),
            )
            .against(format!("plain loopback {plain:.0} req/s"), 1.0 / rate_ratio),
        );
    }
    Ok(rows)
}

/// Runs the harness-less bench `bench` with `args` and `--json FILE`; returns the JSON.
fn run_json_bench(
    root: &Path,
    target: &Path,
    bench: &str,
    args: &[&str],
) -> Result<serde_json::Value, String> {
    let json = target.join("bench").join(format!("{bench}.json"));
    let dir = json.parent().unwrap_or(target);
    fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    let _ = fs::remove_file(&json);
    run_command(
        Command::new("cargo")
            .args(["bench", "--workspace", "--locked", "--bench", bench, "--"])
            .args(args)
            .arg("--json")
            .arg(&json)
            .current_dir(root),
    )?;
    let text = fs::read_to_string(&json)
        .map_err(|err| format!("cannot read {}: {err}", json.display()))?;
    serde_json::from_str(&text).map_err(|err| format!("{} is not JSON: {err}", json.display()))
}

fn decode_rows(criterion: &Path) -> Result<Vec<Row>, String> {
    let mut rows = Vec::new();
    for (endpoint, ty) in [
        ("get_workflow", "WorkflowDetail"),
        ("get_workflow_task", "WorkflowTaskDetail"),
        ("get_environment_service", "EnvServiceDetail"),
    ] {
        let group = format!("decode_{endpoint}");
        let value = median_ns(criterion, &group, "value")?;
        let typed = median_ns(criterion, &group, "typed")?;
        let ratio = typed / value;
        rows.push(
            Row::new(format!("decode {endpoint} example as {ty}"), show_ns(typed))
                .against(format!("serde_json::Value {}", show_ns(value)), ratio)
                .target("ratio <= 1.0", ratio <= 1.0),
        );
    }
    Ok(rows)
}

// ------------------------------------------------------------------------------------ stream

fn stream_rows(root: &Path, target: &Path, options: &Options) -> Result<Vec<Row>, String> {
    let rounds = options.stream_rounds.to_string();
    let mib = options.stream_mib.to_string();
    let summary = run_json_bench(
        root,
        target,
        "log_stream",
        &["--rounds", &rounds, "--mib", &mib],
    )?;
    let number = |key: &str| {
        summary[key]
            .as_f64()
            .ok_or_else(|| format!("the log_stream bench's JSON lacks `{key}`"))
    };
    let raw = number("raw_mib_per_s")?;
    let client = number("log_stream_mib_per_s")?;
    let mib = options.stream_mib;
    let mut rows = vec![
        Row::new(
            format!("log stream, {mib} MiB of events through LogStream"),
            format!("{client:.0} MiB/s"),
        )
        .against(format!("raw bytes_stream {raw:.0} MiB/s"), client / raw),
    ];
    let peak = match summary["peak_rss_mib"].as_f64() {
        Some(peak) => Row::new(
            "log stream, process peak memory (VmHWM)",
            format!("{peak:.1} MiB"),
        )
        .target("<= 32 MiB", peak <= 32.0),
        None => Row::new(
            "log stream, process peak memory (VmHWM)",
            "unavailable (no /proc)",
        ),
    };
    rows.push(peak);
    Ok(rows)
}

// ---------------------------------------------------------------------------------------- cli

/// Calls of each variant per round of the CLI bench.
const CLI_CALLS_PER_ROUND: usize = 20;

/// `zadig workflow list-workflows` and `curl` of the same request, each started from `sh -c`
/// against a loopback server that answers the spec's documented list; and the CLI's build
/// time after a change to it, against `zadig-api`'s.
fn cli_rows(root: &Path, target: &Path, options: &Options) -> Result<Vec<Row>, String> {
    run_command(
        Command::new("cargo")
            .args(["build", "--release", "--locked", "-p", "zadig-cli"])
            .current_dir(root),
    )?;
    let zadig = target.join("release/zadig");
    let body = documented_list(root)?;
    let server = LoopbackServer::start(body)?;
    let url = server.url();
    let token = "bench-token";
    let zadig_call = format!(
        "{} workflow list-workflows --project-key demo > /dev/null",
        zadig.display()
    );
    let curl_call = format!(
        "curl --silent --fail --header 'Authorization: Bearer {token}' '{url}/openapi/workflows?projectKey=demo' > /dev/null"
    );
    let run_calls = |line: &str| -> Result<f64, String> {
        let started = Instant::now();
        for _ in 0..CLI_CALLS_PER_ROUND {
            let status = Command::new("sh")
                .args(["-c", line])
                .env("ZADIG_URL", &url)
                .env("ZADIG_TOKEN", token)
                .env("ZADIG_CONFIG", "/nonexistent/zadig/config.yaml")
                .status()
                .map_err(|err| format!("cannot run sh: {err}"))?;
            if !status.success() {
                return Err(format!("bench: `{line}` failed ({status})"));
            }
        }
        Ok(started.elapsed().as_secs_f64() / CLI_CALLS_PER_ROUND as f64)
    };
    // One of each first, not timed: the binaries in the page cache.
    run_calls(&zadig_call)?;
    run_calls(&curl_call)?;
    let (mut zadig_times, mut curl_times, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..options.request_rounds {
        let (z, c) = if round % 2 == 0 {
            let z = run_calls(&zadig_call)?;
            (z, run_calls(&curl_call)?)
        } else {
            let c = run_calls(&curl_call)?;
            (run_calls(&zadig_call)?, c)
        };
        zadig_times.push(z);
        curl_times.push(c);
        ratios.push(z / c);
    }
    let ratio = median(&mut ratios);
    let zadig_ms = median(&mut zadig_times) * 1000.0;
    let curl_ms = median(&mut curl_times) * 1000.0;
    let mut rows = vec![
        Row::new(
            "one `zadig workflow list-workflows` from sh, loopback, release build",
            format!("{zadig_ms:.1} ms/call"),
        )
        .against(format!("curl, same request {curl_ms:.1} ms/call"), ratio)
        .target("ratio <= 1.5", ratio <= 1.5),
    ];

    // The build after a change to the CLI (dependencies built), against zadig-api's.
    let cli_manifest = root.join("zadig-cli/Cargo.toml");
    let api_manifest = root.join("zadig-api/Cargo.toml");
    build(root, &cli_manifest, None, None)?;
    let mut cli_times = Vec::new();
    let mut api_times = Vec::new();
    for _ in 0..options.compile_runs {
        touch(&root.join("zadig-api/src/lib.rs"))?;
        api_times.push(timed(|| build(root, &api_manifest, None, None))?);
        // The CLI's own build of zadig-api (its dependencies' features unify differently from
        // zadig-api's alone), not timed: the timed build is the CLI crate's.
        build(root, &cli_manifest, None, None)?;
        touch(&root.join("zadig-cli/src/main.rs"))?;
        cli_times.push(timed(|| build(root, &cli_manifest, None, None))?);
    }
    let medians = |times: Vec<(f64, f64)>| {
        let (mut wall, mut cpu): (Vec<f64>, Vec<f64>) = times.into_iter().unzip();
        (median(&mut wall), median(&mut cpu))
    };
    let (cli, api) = (medians(cli_times), medians(api_times));
    let mut row = Row::new(
        "compile zadig-cli, debug, after a change to it (deps built)",
        format!("{:.1} s (CPU {:.1} s)", cli.0, cli.1),
    )
    .against(
        format!("zadig-api, same {:.1} s (CPU {:.1} s)", api.0, api.1),
        cli.0 / api.0,
    );
    row.cpu_ratio = Some(cli.1 / api.1);
    rows.push(row);
    Ok(rows)
}

/// The documented answer of `list_workflows` (`spec/workflow.yaml`, example `success`), as
/// JSON text.
fn documented_list(root: &Path) -> Result<String, String> {
    let path = root.join("spec/workflow.yaml");
    let text = fs::read_to_string(&path)
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    let spec: serde_yaml::Value =
        serde_yaml::from_str(&text).map_err(|err| format!("{}: {err}", path.display()))?;
    let example = spec["endpoints"]
        .as_sequence()
        .into_iter()
        .flatten()
        .find(|endpoint| endpoint["id"].as_str() == Some("list_workflows"))
        .and_then(|endpoint| endpoint["examples"].as_sequence())
        .into_iter()
        .flatten()
        .find(|example| example["name"].as_str() == Some("success"))
        .map(|example| example["json"].clone())
        .ok_or("spec/workflow.yaml has no `success` example of list_workflows")?;
    serde_json::to_string(&example).map_err(|err| format!("the example is not JSON: {err}"))
}

/// An HTTP/1.1 server on loopback, on a thread, answering every request with `body` and
/// closing the connection: what one call of a process meets. The thread serves until the
/// bench process ends.
struct LoopbackServer {
    port: u16,
}

impl LoopbackServer {
    fn start(body: String) -> Result<LoopbackServer, String> {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0")
            .map_err(|err| format!("cannot listen on loopback: {err}"))?;
        let port = listener
            .local_addr()
            .map_err(|err| format!("no local address: {err}"))?
            .port();
        let answer = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                let mut reader = BufReader::new(match stream.try_clone() {
                    Ok(stream) => stream,
                    Err(_) => continue,
                });
                // The request head; the calls send no body.
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|read| read > 0) {
                    if line == "\r\n" || line == "\n" {
                        break;
                    }
                    line.clear();
                }
                let _ = stream.write_all(answer.as_bytes());
            }
        });
        Ok(LoopbackServer { port })
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

// ----------------------------------------------------------------------------------- compile

fn compile_rows(root: &Path, target: &Path, options: &Options) -> Result<Vec<Row>, String> {
    let (_, api) = zadig_codegen::load_api(&root.join("spec"))
        .map_err(|diagnostics| diagnostics.to_string())?;
    // Every build keeps `blocking` and `rustls`, so the dependencies and their features are
    // the same and only zadig-api itself is rebuilt.
    let base = "rustls,blocking";
    let mut builds: Vec<(String, Option<String>, usize)> =
        vec![("all modules (default features)".to_owned(), None, 0)];
    builds.push(("no API module".to_owned(), Some(base.to_owned()), 0));
    for module in &api.modules {
        builds.push((
            format!("module `{}` alone", module.name),
            Some(format!("{base},{}", module.name)),
            module.endpoints.len(),
        ));
    }
    let endpoints: usize = api
        .modules
        .iter()
        .map(|module| module.endpoints.len())
        .sum();
    let manifest = root.join("zadig-api/Cargo.toml");
    let lib = root.join("zadig-api/src/lib.rs");
    let runtime_lib = root.join("zadig-api-runtime/src/lib.rs");
    let reqwest_target = target.join("bench-reqwest");
    let mut rows = Vec::new();
    for profile in &options.compile_profiles {
        let flag = (profile == "release").then_some("--release");
        // Dependencies (and each feature set once) built first; not timed.
        build_reqwest(root, &manifest, &reqwest_target, flag)?;
        for (_, features, _) in &builds {
            build(root, &manifest, flag, features.as_deref())?;
        }
        let mut reqwest_times = Vec::new();
        let mut with_runtime_times = Vec::new();
        let mut times: Vec<Vec<(f64, f64)>> = vec![Vec::new(); builds.len()];
        for _ in 0..options.compile_runs {
            clean_reqwest(root, &manifest, &reqwest_target, flag)?;
            reqwest_times.push(timed(|| {
                build_reqwest(root, &manifest, &reqwest_target, flag)
            })?);
            touch(&runtime_lib)?;
            with_runtime_times.push(timed(|| build(root, &manifest, flag, None))?);
            for ((_, features, _), times) in builds.iter().zip(&mut times) {
                touch(&lib)?;
                times.push(timed(|| build(root, &manifest, flag, features.as_deref()))?);
            }
        }
        let median_of = |times: Vec<(f64, f64)>| {
            let (mut wall, mut cpu): (Vec<f64>, Vec<f64>) = times.into_iter().unzip();
            (median(&mut wall), median(&mut cpu))
        };
        let reqwest = median_of(reqwest_times);
        let medians: Vec<(f64, f64)> = times.into_iter().map(median_of).collect();
        let show = |(wall, cpu): (f64, f64)| format!("{wall:.1} s (CPU {cpu:.1} s)");
        let all = medians[0];
        let baseline = format!("all modules {}", show(all));
        rows.push(Row::new(
            format!("compile reqwest itself, {profile}, deps built (baseline)"),
            show(reqwest),
        ));
        let ratio = all.0 / reqwest.0;
        let mut row = Row::new(
            format!("compile zadig-api, {profile}, all modules, deps built"),
            show(all),
        )
        .against(format!("reqwest {}", show(reqwest)), ratio)
        .target("ratio <= 1.8 (aim 1.0)", ratio <= 1.8);
        row.cpu_ratio = Some(all.1 / reqwest.1);
        rows.push(row);
        // What a user's first build of the bindings costs: the runtime crate and zadig-api,
        // which cargo overlaps (zadig-api is checked while the runtime's code is generated).
        let with_runtime = median_of(with_runtime_times);
        let ratio = with_runtime.0 / reqwest.0;
        let mut row = Row::new(
            format!("compile zadig-api-runtime + zadig-api, {profile}, all modules, deps built"),
            show(with_runtime),
        )
        .against(format!("reqwest {}", show(reqwest)), ratio)
        .target("ratio <= 1.8 (aim 1.0)", ratio <= 1.8);
        row.cpu_ratio = Some(with_runtime.1 / reqwest.1);
        rows.push(row);
        let no_module = medians[1];
        let mut row = Row::new(
            format!("compile, {profile}, no API module"),
            show(no_module),
        )
        .against(&baseline, no_module.0 / all.0);
        row.cpu_ratio = Some(no_module.1 / all.1);
        rows.push(row);
        // The modules with endpoints: the median one is the "typical" module, the slowest
        // the "largest".
        let mut module_ratios: Vec<(f64, &str)> = Vec::new();
        for ((what, _, count), time) in builds.iter().zip(&medians).skip(2) {
            let ratio = time.0 / all.0;
            let mut row = Row::new(
                format!("compile, {profile}, {what} ({count} endpoints)"),
                show(*time),
            )
            .against(&baseline, ratio);
            row.cpu_ratio = Some(time.1 / all.1);
            rows.push(row);
            if *count > 0 {
                module_ratios.push((ratio, what.as_str()));
            }
        }
        module_ratios.sort_by(|a, b| a.0.total_cmp(&b.0));
        if let (Some(largest), false) = (module_ratios.last(), module_ratios.is_empty()) {
            let typical = module_ratios[module_ratios.len() / 2];
            rows.push(
                Row::new(
                    format!("compile, {profile}, typical module: {}", typical.1),
                    format!("{:.2} of all", typical.0),
                )
                .against(&baseline, typical.0)
                .target("ratio <= 0.25", typical.0 <= 0.25),
            );
            rows.push(
                Row::new(
                    format!("compile, {profile}, largest module: {}", largest.1),
                    format!("{:.2} of all", largest.0),
                )
                .against(&baseline, largest.0)
                .target("ratio <= 0.50", largest.0 <= 0.50),
            );
        }
        if endpoints > 0 {
            let per_endpoint_ms = (all.0 - no_module.0).max(0.0) * 1000.0 / endpoints as f64;
            rows.push(Row::new(
                format!("compile, {profile}, cost per endpoint"),
                format!(
                    "{per_endpoint_ms:.0} ms of build per endpoint ({endpoints} endpoints, each one method for both clients)"
                ),
            ));
        }
    }
    Ok(rows)
}

/// Runs `work`; returns its wall time and the CPU time (user + system) of the child processes
/// it waited for, in seconds. The CPU time does not grow when other processes load the
/// machine, so it shows whether a slow wall time was noise.
fn timed(work: impl FnOnce() -> Result<(), String>) -> Result<(f64, f64), String> {
    let cpu_before = children_cpu_seconds();
    let started = Instant::now();
    work()?;
    let wall = started.elapsed().as_secs_f64();
    let cpu = match (cpu_before, children_cpu_seconds()) {
        (Some(before), Some(after)) => after - before,
        _ => f64::NAN,
    };
    Ok((wall, cpu))
}

/// `cutime + cstime` of `/proc/self/stat`: CPU seconds of all waited-for descendants (cargo
/// waits for rustc, we wait for cargo). `None` where there is no `/proc`.
fn children_cpu_seconds() -> Option<f64> {
    // USER_HZ, the unit of these fields, is 100 on every Linux architecture Rust supports.
    const TICKS_PER_SECOND: f64 = 100.0;
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (which may hold spaces) start with field 3, `state`.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let cutime: f64 = fields.get(16 - 3)?.parse().ok()?;
    let cstime: f64 = fields.get(17 - 3)?.parse().ok()?;
    Some((cutime + cstime) / TICKS_PER_SECOND)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}

/// `cargo build` of zadig-api with `features` (`None`: its default features), without
/// incremental compilation (a dependency is never built incrementally).
fn build(
    root: &Path,
    manifest: &Path,
    flag: Option<&str>,
    features: Option<&str>,
) -> Result<(), String> {
    let mut command = Command::new("cargo");
    command
        .args(["build", "--quiet", "--locked", "--manifest-path"])
        .arg(manifest)
        .args(flag)
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(root);
    if let Some(features) = features {
        command.args(["--no-default-features", "--features", features]);
    }
    run_quiet(&mut command)
}

/// `cargo build -p reqwest` as zadig-api depends on it (the same features), in `target_dir`.
/// In the dev profile with zadig-api's debug info: the workspace builds dependencies without
/// any (`[profile.dev.package."*"]`) and its own crates with line tables, so without this the
/// baseline would skip work the measured build does.
fn build_reqwest(
    root: &Path,
    manifest: &Path,
    target_dir: &Path,
    flag: Option<&str>,
) -> Result<(), String> {
    let mut command = Command::new("cargo");
    command
        .args([
            "build",
            "--quiet",
            "--locked",
            "-p",
            "reqwest",
            "--manifest-path",
        ])
        .arg(manifest)
        .arg("--target-dir")
        .arg(target_dir)
        .args(flag)
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(root);
    if flag.is_none() {
        command.args([
            "--config",
            "profile.dev.package.reqwest.debug=\"line-tables-only\"",
        ]);
    }
    run_quiet(&mut command)
}

/// `cargo clean -p reqwest` in `target_dir`: the next build compiles reqwest alone.
fn clean_reqwest(
    root: &Path,
    manifest: &Path,
    target_dir: &Path,
    flag: Option<&str>,
) -> Result<(), String> {
    let mut command = Command::new("cargo");
    command
        .args(["clean", "--quiet", "-p", "reqwest", "--manifest-path"])
        .arg(manifest)
        .arg("--target-dir")
        .arg(target_dir)
        .args(flag)
        .current_dir(root);
    run_quiet(&mut command)
}

/// Runs `command`, showing its output only when it fails.
fn run_quiet(command: &mut Command) -> Result<(), String> {
    let line = format!("{command:?}");
    eprintln!("==> {line}");
    let output = command
        .output()
        .map_err(|err| format!("cannot run {line}: {err}"))?;
    if output.status.success() {
        Ok(())
    } else {
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
        Err(format!("bench: {line} failed ({})", output.status))
    }
}

fn touch(path: &Path) -> Result<(), String> {
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now()))
        .map_err(|err| format!("cannot touch {}: {err}", path.display()))
}

// ------------------------------------------------------------------------------------ report

fn render(rows: &[Row]) -> String {
    let header = [
        "what",
        "figure",
        "baseline (same run)",
        "ratio",
        "target",
        "met",
    ];
    let cells: Vec<[String; 6]> = rows
        .iter()
        .map(|row| {
            [
                row.what.clone(),
                row.figure.clone(),
                row.baseline.clone(),
                match (row.ratio, row.cpu_ratio) {
                    (Some(r), Some(cpu)) => format!("{r:.2} (CPU {cpu:.2})"),
                    (Some(r), None) => format!("{r:.2}"),
                    _ => "-".into(),
                },
                row.target.clone(),
                match row.met {
                    Some(true) => "PASS".into(),
                    Some(false) => "MISS".into(),
                    None => "-".into(),
                },
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut out = String::from("|");
        for (cell, width) in cells.iter().zip(widths) {
            let pad = width - cell.chars().count();
            write!(out, " {cell}{} |", " ".repeat(pad)).expect("string");
        }
        out.push('\n');
        out
    };
    let mut out = line(&header.map(String::from));
    out.push_str(&line(&widths.map(|w| "-".repeat(w))));
    for row in &cells {
        out.push_str(&line(row));
    }
    if rows.iter().any(|row| row.what.ends_with('*')) {
        out.push_str(
            "\n* zadig-api has no per-module features: these figures are copies of the crate \
             generated from\n  spec/common.yaml and that module only, or common.yaml alone \
             (target/bench-compile/).\n  Compile ratios are of wall time; CPU is the user + \
             system time of cargo and rustc.\n",
        );
    }
    out
}

/// Date, CPUs, CPU model, memory and toolchain, for the record.
fn machine_summary() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
        .map_or("unknown", |(_, model)| model.trim())
        .to_owned();
    let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|kib| kib.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or("unknown".to_owned(), |kib| {
            format!("{:.1} GiB", kib / 1024.0 / 1024.0)
        });
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .ok()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_owned())
        .unwrap_or_else(|| "rustc unknown".into());
    format!(
        "machine: {} ({cpus} CPUs available), {memory} memory; {rustc}; {} UTC",
        model,
        utc_now()
    )
}

/// The current UTC date and time as `YYYY-MM-DD HH:MM`.
fn utc_now() -> String {
    let secs = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs() as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        rest / 3_600,
        rest % 3_600 / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_well() {
        assert_eq!(show_ns(7_512_345.0), "7.51 ms");
        assert_eq!(show_ns(22_044.0), "22.0 µs");
        assert_eq!(show_ns(115_600.0), "116 µs");
        assert_eq!(show_ns(1_230_000_000.0), "1.23 s");
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn reads_the_cpu_time_of_children() {
        let before = children_cpu_seconds().expect("/proc/self/stat");
        let status = Command::new("true").status().expect("runs `true`");
        assert!(status.success());
        assert!(children_cpu_seconds().expect("/proc/self/stat") >= before);
    }
}
