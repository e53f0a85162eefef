//! `cargo xtask bench`: runs the benchmarks with short settings and prints one table of figures,
//! each with the baseline measured in the same run, the ratio and whether the target is met.
//!
//! Parts (all by default, or those given to `--only`):
//!
//! - `codegen`, `decode`: the criterion benches `codegen/benches/codegen.rs` and
//!   `zadig-api/benches/decode.rs`.
//! - `requests`, `stream`: `zadig-api/benches/{requests,log_stream}.rs`, each with its own
//!   harness (rounds that alternate the variants), read back from the JSON they write.
//! - `compile`: `cargo build -p zadig-api` (debug and release) after touching `src/lib.rs`,
//!   with the dependencies already built; and the same crate with the generated code of one
//!   module only (see [`subset_crate`]), which is what per-module features would give, and the
//!   crate with `spec/common.yaml` alone (the floor: the runtime and the shared types).
//!
//! Criterion figures are the median estimates from `target/criterion/<group>/<bench>/new/
//! estimates.json`. The machine is shared and noisy, so every figure is a ratio against a
//! baseline run in the same invocation; the absolute figures are for orientation.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use zadig_codegen::output;

use crate::workspace_root;

pub const HELP: &str = "\
usage: cargo xtask bench [options]

Runs the benchmarks with short settings and prints a table of figures, each against a baseline
measured in the same run, with the ratio and whether the target is met.

options:
  --only PART[,PART...]      codegen, requests, decode, stream, compile (default: all)
  --warm-up-time SECS        criterion warm-up per benchmark (default 1)
  --measurement-time SECS    criterion measurement per benchmark (default 3)
  --request-rounds N         request-overhead rounds, each one batch per variant (default 10)
  --stream-rounds N          log-stream passes of each variant (default 3)
  --stream-mib N             MiB per log-stream pass (default 256)
  --compile-runs N           timed builds of each crate and profile; the median is kept (default 1)
  --module NAME              the module of the one-module compile (default workflow)
";

const PARTS: [&str; 5] = ["codegen", "requests", "decode", "stream", "compile"];

struct Options {
    parts: Vec<String>,
    warm_up: String,
    measurement: String,
    request_rounds: usize,
    stream_rounds: usize,
    stream_mib: usize,
    compile_runs: usize,
    module: String,
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
        module: "workflow".into(),
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
            "--module" => options.module = value(arg)?,
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

// ----------------------------------------------------------------------------------- compile

fn compile_rows(root: &Path, target: &Path, options: &Options) -> Result<Vec<Row>, String> {
    let module = options.module.as_str();
    if module == "common" || !root.join("spec").join(format!("{module}.yaml")).is_file() {
        return Err(format!("--module: there is no module `{module}` in spec/"));
    }
    let one = subset_crate(root, target, &format!("one-{module}"), &["common", module])?;
    let floor = subset_crate(root, target, "common-only", &["common"])?;
    let crates = [(root.join("zadig-api"), false), (one, true), (floor, true)];
    let mut rows = Vec::new();
    for (profile, flag) in [("debug", None), ("release", Some("--release"))] {
        // Dependencies (and the crates) built first; not timed.
        for (dir, standalone) in &crates {
            build(root, target, dir, flag, *standalone)?;
        }
        let mut times = [Vec::new(), Vec::new(), Vec::new()];
        for _ in 0..options.compile_runs {
            for ((dir, standalone), times) in crates.iter().zip(&mut times) {
                touch(&dir.join("src/lib.rs"))?;
                times.push(timed(|| build(root, target, dir, flag, *standalone))?);
            }
        }
        let [all, single, floor] = times.map(|times| {
            let (mut wall, mut cpu): (Vec<f64>, Vec<f64>) = times.into_iter().unzip();
            (median(&mut wall), median(&mut cpu))
        });
        let show = |(wall, cpu): (f64, f64)| format!("{wall:.1} s (CPU {cpu:.1} s)");
        let baseline = format!("all modules {}", show(all));
        rows.push(Row::new(
            format!("compile zadig-api, {profile}, deps built"),
            show(all),
        ));
        let ratio = single.0 / all.0;
        let mut row = Row::new(
            format!("compile, {profile}, one module ({module}) only*"),
            show(single),
        )
        .against(&baseline, ratio)
        .target("ratio <= 0.40", ratio <= 0.40);
        row.cpu_ratio = Some(single.1 / all.1);
        rows.push(row);
        let mut row = Row::new(
            format!("compile, {profile}, runtime + common types only*"),
            show(floor),
        )
        .against(&baseline, floor.0 / all.0);
        row.cpu_ratio = Some(floor.1 / all.1);
        rows.push(row);
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

/// `cargo build` of the crate in `dir`, without incremental compilation (a dependency is never
/// built incrementally). `standalone` crates are built offline into the workspace's target
/// directory, so that they reuse its dependencies.
fn build(
    root: &Path,
    target: &Path,
    dir: &Path,
    flag: Option<&str>,
    standalone: bool,
) -> Result<(), String> {
    let mut command = Command::new("cargo");
    command
        .args(["build", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .args(flag)
        .env("CARGO_INCREMENTAL", "0")
        .current_dir(root);
    if standalone {
        command.arg("--offline").env("CARGO_TARGET_DIR", target);
    } else {
        command.arg("--locked");
    }
    // The subset crates warn about runtime code their modules do not use; cargo's output is
    // shown only when the build fails.
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

/// Builds `target/bench-compile/<name>/`, a copy of `zadig-api` whose generated code comes from
/// the given spec files only (`common` and one module: the crate a downstream user would
/// compile if `zadig-api` had one cargo feature per module and only that one were enabled).
/// The hand-written runtime, the dependencies, their features and the profiles are those of
/// the real crate (the manifest is derived from it). Returns the crate's directory.
fn subset_crate(
    root: &Path,
    target: &Path,
    name: &str,
    modules: &[&str],
) -> Result<PathBuf, String> {
    let base = target.join("bench-compile");
    let krate = base.join(name);
    let spec = base.join(format!("{name}.spec"));
    let _ = fs::remove_dir_all(&spec);
    for module in modules {
        let file = format!("{module}.yaml");
        copy(&root.join("spec").join(&file), &spec.join(&file))?;
    }
    let files = zadig_codegen::generate(&spec).map_err(|diagnostics| {
        format!(
            "the spec of {} alone does not generate:\n{diagnostics}",
            modules.join(" + ")
        )
    })?;

    // Sources: the real ones, with the generated directory replaced. The crate is built once
    // before the timed builds, so rewriting every file costs no measured time.
    let src = krate.join("src");
    if src.exists() {
        fs::remove_dir_all(&src)
            .map_err(|err| format!("cannot remove {}: {err}", src.display()))?;
    }
    copy_tree(&root.join("zadig-api/src"), &src, &["generated"])?;
    output::apply(&src.join("generated"), &files)?;
    for (helper, module) in MODULE_HELPERS {
        if !modules.contains(module) {
            leave_out_helper(&src, helper)?;
        }
    }
    // `lib.rs` includes `../../README.md`.
    copy(&root.join("README.md"), &base.join("README.md"))?;
    write_if_changed(&krate.join("Cargo.toml"), standalone_manifest(root, name)?)?;
    copy(&root.join("Cargo.lock"), &krate.join("Cargo.lock"))?;
    Ok(krate)
}

/// Hand-written modules of `zadig-api` that build on one generated module: a subset crate
/// without that module leaves them out, as a `#[cfg(feature = ...)]` would.
const MODULE_HELPERS: &[(&str, &str)] = &[("wait", "workflow")];

/// Removes `src/<helper>.rs` and its `mod` line in `lib.rs`; fails if `lib.rs` still names it.
fn leave_out_helper(src: &Path, helper: &str) -> Result<(), String> {
    let file = src.join(format!("{helper}.rs"));
    if file.exists() {
        fs::remove_file(&file).map_err(|err| format!("cannot remove {}: {err}", file.display()))?;
    }
    let lib = src.join("lib.rs");
    let text =
        fs::read_to_string(&lib).map_err(|err| format!("cannot read {}: {err}", lib.display()))?;
    let declarations = [format!("pub mod {helper};"), format!("mod {helper};")];
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| !declarations.iter().any(|d| line.trim() == d))
        .collect();
    let kept = kept.join("\n") + "\n";
    if kept.contains(&format!("{helper}::")) {
        return Err(format!(
            "zadig-api/src/lib.rs uses `{helper}::` beyond its `mod` line; update MODULE_HELPERS \
             handling in xtask/src/bench.rs"
        ));
    }
    write_if_changed(&lib, kept)
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    let bytes = fs::read(from).map_err(|err| format!("cannot read {}: {err}", from.display()))?;
    write_if_changed(to, &bytes)
}

fn write_if_changed(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), String> {
    let contents = contents.as_ref();
    if fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|err| format!("cannot create {}: {err}", dir.display()))?;
    }
    fs::write(path, contents).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

/// Copies the files under `from` to `to`, leaving out the top-level entries named in `skip`.
fn copy_tree(from: &Path, to: &Path, skip: &[&str]) -> Result<(), String> {
    let entries =
        fs::read_dir(from).map_err(|err| format!("cannot list {}: {err}", from.display()))?;
    for entry in entries {
        let entry = entry.map_err(|err| format!("cannot list {}: {err}", from.display()))?;
        let name = entry.file_name();
        if skip.iter().any(|s| name == *s) {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(&name), &[])?;
        } else {
            copy(&path, &to.join(&name))?;
        }
    }
    Ok(())
}

/// A manifest for the subset crate `name`: `zadig-api`'s `[features]` and `[dependencies]` with
/// each `x.workspace = true` replaced by the workspace's `x = ...`, and the workspace's
/// profiles (so that the dependencies' build artifacts are reused). Only the simple TOML forms
/// the manifests use are understood; anything else is an error, not a silent difference.
fn standalone_manifest(root: &Path, name: &str) -> Result<String, String> {
    let read = |path: PathBuf| {
        fs::read_to_string(&path).map_err(|err| format!("cannot read {}: {err}", path.display()))
    };
    let workspace = read(root.join("Cargo.toml"))?;
    let package = read(root.join("zadig-api/Cargo.toml"))?;
    let sections = |text: &str| -> Vec<(String, Vec<String>)> {
        let mut sections: Vec<(String, Vec<String>)> = vec![(String::new(), Vec::new())];
        for line in text.lines() {
            let trimmed = line.trim();
            if trimmed.starts_with('[') {
                sections.push((trimmed.to_owned(), Vec::new()));
            } else if let Some((_, lines)) = sections.last_mut() {
                lines.push(line.to_owned());
            }
        }
        sections
    };
    let key_value = |line: &str| -> Option<(String, String)> {
        let (key, value) = line.split_once('=')?;
        Some((key.trim().to_owned(), value.trim().to_owned()))
    };
    let workspace_sections = sections(&workspace);
    let section = |name: &str| {
        workspace_sections
            .iter()
            .find(|(header, _)| header == name)
            .map(|(_, lines)| lines.as_slice())
            .unwrap_or(&[])
    };
    let package_field = |key: &str| {
        section("[workspace.package]")
            .iter()
            .filter_map(|line| key_value(line))
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .ok_or_else(|| format!("the workspace manifest has no package.{key}"))
    };
    let dependency = |name: &str| {
        section("[workspace.dependencies]")
            .iter()
            .filter_map(|line| key_value(line))
            .find(|(k, _)| k == name)
            .map(|(_, v)| v)
            .ok_or_else(|| format!("the workspace manifest has no dependency `{name}`"))
    };

    // A name of its own: with the same name, two of these crates (each the root of its own
    // workspace, so at the same relative path) would share build artifacts in the target dir.
    let mut manifest = format!(
        "# Written by `cargo xtask bench` (compile part) from zadig-api/Cargo.toml.\n[package]\n\
         name = \"zadig-api-{name}\"\n"
    );
    writeln!(manifest, "version = {}", package_field("version")?).expect("string");
    writeln!(manifest, "edition = {}", package_field("edition")?).expect("string");
    for (header, lines) in sections(&package) {
        match header.as_str() {
            "[features]" => {
                manifest.push_str("\n[features]\n");
                for line in lines {
                    writeln!(manifest, "{line}").expect("string");
                }
            }
            "[dependencies]" => {
                manifest.push_str("\n[dependencies]\n");
                for line in lines {
                    let trimmed = line.trim();
                    if trimmed.is_empty() || trimmed.starts_with('#') {
                        continue;
                    }
                    let (key, value) = key_value(trimmed)
                        .ok_or_else(|| format!("zadig-api/Cargo.toml: cannot read `{line}`"))?;
                    if let Some(name) = key.strip_suffix(".workspace") {
                        if value != "true" {
                            return Err(format!("zadig-api/Cargo.toml: cannot read `{line}`"));
                        }
                        writeln!(manifest, "{name} = {}", dependency(name)?).expect("string");
                    } else if value.contains("workspace")
                        || value.starts_with('{') && !value.ends_with('}')
                    {
                        return Err(format!(
                            "zadig-api/Cargo.toml: `{line}` is a form `cargo xtask bench` does not \
                             handle; extend standalone_manifest"
                        ));
                    } else {
                        writeln!(manifest, "{key} = {value}").expect("string");
                    }
                }
            }
            _ => {}
        }
    }
    for (header, lines) in &workspace_sections {
        if header.starts_with("[profile.") {
            writeln!(manifest, "\n{header}").expect("string");
            for line in lines {
                writeln!(manifest, "{line}").expect("string");
            }
        }
    }
    manifest.push_str("\n[workspace]\n");
    Ok(manifest)
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

    #[test]
    fn the_manifest_of_the_subset_crates_resolves_workspace_keys() {
        let manifest = standalone_manifest(&workspace_root(), "t").expect("manifest");
        assert!(manifest.contains("name = \"zadig-api-t\""), "{manifest}");
        assert!(!manifest.contains("workspace = true"), "{manifest}");
        assert!(!manifest.contains(".workspace"), "{manifest}");
        assert!(manifest.contains("[features]"), "{manifest}");
        assert!(manifest.contains("\nreqwest = "), "{manifest}");
        assert!(manifest.contains("[profile.dev]"), "{manifest}");
        assert!(manifest.ends_with("[workspace]\n"), "{manifest}");
    }
}
