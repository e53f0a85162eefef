//! Request overhead: what `zadig-api` adds on top of `reqwest` and `serde_json`.
//!
//! One batch is 5,000 `GET /openapi/workflows?projectKey=demo` requests to a minimal
//! keep-alive HTTP/1.1 server on loopback (`support`) that answers each with `list_workflows`'
//! documented example. The variants do the same requests:
//!
//! - `reqwest_serde_json` (baseline): hand-written code, one `reqwest::Client` (30 s timeout,
//!   like the crate's default), the same headers (`Authorization`, `Accept`, `User-Agent`),
//!   a status check, the whole body read and decoded by `serde_json::from_slice` into the
//!   same generated type (`WorkflowList`), so only the client code differs.
//! - `zadig_api`: `client.list_workflows("demo").send().await` on the async client (URL
//!   building, tracing span, timeout, retry loop, error mapping).
//! - `zadig_api_blocking`: the same through `blocking::Client`, whose own single-threaded
//!   runtime runs the async client.
//!
//! Groups:
//!
//! - `sequential`: one request at a time; the server runs as tasks of the client's
//!   single-threaded runtime, so no request waits for another thread to be scheduled.
//! - `concurrent_64`: 64 tasks share the 5,000 requests on a 2-thread runtime that also runs
//!   the server.
//! - `blocking`: `zadig_api_blocking` against `zadig_api`, one request at a time, the server in
//!   a thread of its own (the blocking client cannot share a runtime with it).
//!
//! Not a criterion bench, because the machine this runs on is shared: its load changes within
//! seconds, and criterion measures one variant after the other. Here every round runs one
//! batch of each variant of a group back to back (the order alternating from round to round),
//! each ratio is taken within a round, and the median over the rounds is reported.
//!
//! `cargo bench -p zadig-api --bench requests [-- --rounds N --requests N --json FILE]`;
//! `cargo xtask bench` runs it.

mod support;

use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use reqwest::header::{ACCEPT, AUTHORIZATION, HeaderValue, USER_AGENT};
use zadig_api::types::WorkflowList;

/// Tasks of the concurrent batches.
const TASKS: usize = 64;
const TOKEN: &str = "bench-token";
const PROJECT: &str = "demo";

struct Options {
    rounds: usize,
    requests: usize,
    json: Option<String>,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        rounds: 10,
        requests: 5_000,
        json: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        let count = |text: String| text.parse::<usize>().map_err(|e| format!("{text}: {e}"));
        match arg.as_str() {
            "--rounds" => options.rounds = count(value("--rounds")?)?,
            "--requests" => options.requests = count(value("--requests")?)?,
            "--json" => options.json = Some(value("--json")?),
            // What `cargo bench` passes to every bench binary.
            "--bench" => {}
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    if options.rounds == 0 || options.requests == 0 {
        return Err("--rounds and --requests must be at least 1".into());
    }
    Ok(options)
}

/// The hand-written baseline: what a caller would write with `reqwest` and `serde_json`.
#[derive(Clone)]
struct Baseline {
    http: reqwest::Client,
    url: String,
    authorization: HeaderValue,
    user_agent: HeaderValue,
}

impl Baseline {
    fn new(base: &str) -> Baseline {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("reqwest client");
        Baseline {
            http,
            url: format!("{base}/openapi/workflows"),
            authorization: HeaderValue::from_str(&format!("Bearer {TOKEN}")).expect("header"),
            user_agent: HeaderValue::from_static("zadig-api/0.1.0"),
        }
    }

    async fn list_workflows(&self, project: &str) -> WorkflowList {
        let response = self
            .http
            .get(&self.url)
            .query(&[("projectKey", project)])
            .header(AUTHORIZATION, self.authorization.clone())
            .header(ACCEPT, HeaderValue::from_static("application/json"))
            .header(USER_AGENT, self.user_agent.clone())
            .send()
            .await
            .expect("request");
        assert!(response.status().is_success(), "{}", response.status());
        let body = response.bytes().await.expect("body");
        serde_json::from_slice(&body).expect("decodes")
    }
}

fn count(list: WorkflowList) -> usize {
    list.workflows.len()
}

/// One variant: runs one batch and returns its duration.
type Variant<'a> = Box<dyn FnMut() -> Duration + 'a>;

/// Runs `rounds` rounds of one batch per variant, rotating the order, after one untimed
/// warm-up batch each. Returns each variant's batch durations, in round order.
fn measure(rounds: usize, variants: &mut [Variant<'_>]) -> Vec<Vec<Duration>> {
    for run in variants.iter_mut() {
        run();
    }
    let mut times = vec![Vec::with_capacity(rounds); variants.len()];
    for round in 0..rounds {
        for step in 0..variants.len() {
            let index = (round + step) % variants.len();
            times[index].push(variants[index]());
        }
    }
    times
}

/// The median of `a[i] / b[i]` over the rounds, and its range.
fn paired_ratio(a: &[Duration], b: &[Duration]) -> (f64, f64, f64) {
    let mut ratios: Vec<f64> = a
        .iter()
        .zip(b)
        .map(|(a, b)| a.as_secs_f64() / b.as_secs_f64())
        .collect();
    let median = support::median(&mut ratios);
    (median, ratios[0], ratios[ratios.len() - 1])
}

fn median_ms(times: &[Duration]) -> f64 {
    let mut ms: Vec<f64> = times.iter().map(|t| t.as_secs_f64() * 1e3).collect();
    support::median(&mut ms)
}

/// Runs `requests` calls of `call` spread over `TASKS` tasks.
async fn spread<F, Fut>(requests: usize, call: F)
where
    F: Fn() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = usize> + Send,
{
    let next = Arc::new(AtomicUsize::new(0));
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let next = next.clone();
            let call = call.clone();
            tokio::spawn(async move {
                while next.fetch_add(1, Ordering::Relaxed) < requests {
                    black_box(call().await);
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("task");
    }
}

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn timed(work: impl FnOnce()) -> Duration {
    let started = Instant::now();
    work();
    started.elapsed()
}

/// `reqwest_serde_json` and `zadig_api`, sequential, the server on the client's runtime.
fn sequential(body: &[u8], options: &Options) -> Vec<Vec<Duration>> {
    let requests = options.requests;
    let runtime = current_thread();
    let base = support::serve_fixed_on(&runtime, support::http_response("application/json", body));
    let baseline = Baseline::new(&base);
    let client = zadig_api::Client::new(&base, TOKEN).expect("client");
    // Fail before measuring if a variant does not work.
    assert_eq!(count(runtime.block_on(baseline.list_workflows(PROJECT))), 2);
    let answer = runtime.block_on(client.list_workflows(PROJECT).send());
    assert_eq!(count(answer.expect("zadig_api request")), 2);

    let mut variants: [Variant<'_>; 2] = [
        Box::new(|| {
            timed(|| {
                runtime.block_on(async {
                    for _ in 0..requests {
                        black_box(baseline.list_workflows(PROJECT).await);
                    }
                })
            })
        }),
        Box::new(|| {
            timed(|| {
                runtime.block_on(async {
                    for _ in 0..requests {
                        black_box(client.list_workflows(PROJECT).send().await.expect("ok"));
                    }
                })
            })
        }),
    ];
    measure(options.rounds, &mut variants)
}

/// `reqwest_serde_json` and `zadig_api` from 64 tasks, the server on the same runtime.
fn concurrent(body: &[u8], options: &Options) -> Vec<Vec<Duration>> {
    let requests = options.requests;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let base = support::serve_fixed_on(&runtime, support::http_response("application/json", body));
    let baseline = Baseline::new(&base);
    let client = zadig_api::Client::new(&base, TOKEN).expect("client");
    let mut variants: [Variant<'_>; 2] = [
        Box::new(|| {
            let baseline = baseline.clone();
            timed(|| {
                runtime.block_on(spread(requests, move || {
                    let baseline = baseline.clone();
                    async move { count(baseline.list_workflows(PROJECT).await) }
                }))
            })
        }),
        Box::new(|| {
            let client = client.clone();
            timed(|| {
                runtime.block_on(spread(requests, move || {
                    let client = client.clone();
                    async move { count(client.list_workflows(PROJECT).send().await.expect("ok")) }
                }))
            })
        }),
    ];
    measure(options.rounds, &mut variants)
}

/// `zadig_api` and `zadig_api_blocking`, sequential, the server in a thread of its own.
fn blocking(body: &[u8], options: &Options) -> Vec<Vec<Duration>> {
    let requests = options.requests;
    let base = support::serve_fixed(support::http_response("application/json", body));
    let runtime = current_thread();
    let client = zadig_api::Client::new(&base, TOKEN).expect("client");
    let blocking = zadig_api::blocking::Client::new(&base, TOKEN).expect("blocking client");
    let answer = runtime.block_on(client.list_workflows(PROJECT).send());
    assert_eq!(count(answer.expect("zadig_api request")), 2);
    assert_eq!(
        count(blocking.list_workflows(PROJECT).send().expect("blocking")),
        2
    );

    let mut variants: [Variant<'_>; 2] = [
        Box::new(|| {
            timed(|| {
                runtime.block_on(async {
                    for _ in 0..requests {
                        black_box(client.list_workflows(PROJECT).send().await.expect("ok"));
                    }
                })
            })
        }),
        Box::new(|| {
            timed(|| {
                for _ in 0..requests {
                    black_box(blocking.list_workflows(PROJECT).send().expect("ok"));
                }
            })
        }),
    ];
    measure(options.rounds, &mut variants)
}

/// One group's figures: medians of both variants, the paired ratio (second / first).
struct Group {
    name: &'static str,
    variants: [&'static str; 2],
    median_ms: [f64; 2],
    ratio: (f64, f64, f64),
}

impl Group {
    fn new(name: &'static str, variants: [&'static str; 2], times: &[Vec<Duration>]) -> Group {
        Group {
            name,
            variants,
            median_ms: [median_ms(&times[0]), median_ms(&times[1])],
            ratio: paired_ratio(&times[1], &times[0]),
        }
    }

    fn print(&self, requests: usize) {
        for (index, (variant, ms)) in self.variants.iter().zip(self.median_ms).enumerate() {
            let ratio = if index == 1 {
                let (median, low, high) = self.ratio;
                format!(
                    "  ratio to {} {median:.3} (rounds {low:.3}..{high:.3})",
                    self.variants[0]
                )
            } else {
                String::new()
            };
            println!(
                "  {:<13} {variant:<20} {ms:8.1} ms ({:6.1} µs/req){ratio}",
                self.name,
                ms * 1e3 / requests as f64
            );
        }
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({
            "baseline": self.variants[0],
            "baseline_ms": self.median_ms[0],
            "variant": self.variants[1],
            "variant_ms": self.median_ms[1],
            "ratio": self.ratio.0,
            "ratio_min": self.ratio.1,
            "ratio_max": self.ratio.2,
        })
    }
}

fn main() {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("requests: {message}");
            std::process::exit(2);
        }
    };
    let body = support::spec_example("workflow", "list_workflows", "success");
    let requests = options.requests;
    println!(
        "requests: batches of {requests} GET /openapi/workflows ({} byte answer), {} rounds, \
         medians",
        body.len(),
        options.rounds
    );
    let async_pair = ["reqwest_serde_json", "zadig_api"];
    let groups = [
        Group::new("sequential", async_pair, &sequential(&body, &options)),
        Group::new("concurrent_64", async_pair, &concurrent(&body, &options)),
        Group::new(
            "blocking",
            ["zadig_api", "zadig_api_blocking"],
            &blocking(&body, &options),
        ),
    ];
    for group in &groups {
        group.print(requests);
    }
    if let Some(path) = options.json {
        let mut summary = serde_json::json!({
            "requests": requests,
            "rounds": options.rounds,
        });
        for group in &groups {
            summary[group.name] = group.json();
        }
        std::fs::write(&path, format!("{summary:#}\n"))
            .unwrap_or_else(|err| panic!("cannot write {path}: {err}"));
    }
}
