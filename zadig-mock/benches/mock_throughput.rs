//! Requests per second through the mock server against a plain loopback server.
//!
//! One batch is N sequential `client.list_workflows("demo").send().await` calls on the async
//! client, each answered with `list_workflows`' documented example, by:
//!
//! - `plain_loopback` (baseline): the minimal keep-alive HTTP/1.1 server of `zadig-api`'s
//!   benches, in a thread of its own, answering fixed bytes;
//! - `bare_wiremock`: a wiremock server with one catch-all mock answering the same JSON (what
//!   wiremock itself costs);
//! - `zadig_mock`: `MockZadig` with a `list_workflows` expectation on `projectKey`, answering
//!   with `respond_example("success")` (route lookup, the spec checks, matching, recording).
//!
//! Every server runs on a thread of its own, the client on the bench thread's runtime. Each
//! round runs one batch of each variant back to back; the median over the rounds is reported.
//!
//! `cargo bench -p zadig-mock --bench mock_throughput [-- --rounds N --requests N --json FILE]`;
//! `cargo xtask bench --only mock` runs it.

// zadig-api's bench support (it allows its own dead code).
#[path = "../../zadig-api/benches/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};
use zadig_mock::MockZadig;

fn main() {
    let mut rounds = 5usize;
    let mut requests = 2_000usize;
    let mut json_path: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut count = |name: &str| -> usize {
            match args.next().map(|text| text.parse::<usize>()) {
                Some(Ok(value)) if value > 0 => value,
                _ => {
                    eprintln!("{name} needs a count of at least 1");
                    std::process::exit(2);
                }
            }
        };
        match arg.as_str() {
            "--rounds" => rounds = count("--rounds"),
            "--requests" => requests = count("--requests"),
            "--json" => match args.next() {
                Some(path) => json_path = Some(path),
                None => {
                    eprintln!("--json needs a file");
                    std::process::exit(2);
                }
            },
            "--bench" => {}
            other => {
                eprintln!("unknown option `{other}`");
                std::process::exit(2);
            }
        }
    }

    let body = support::spec_example("workflow", "list_workflows", "success");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");

    let plain = support::serve_fixed(support::http_response("application/json", &body));
    let bare = runtime.block_on(async {
        let server = MockServer::start().await;
        server
            .register(Mock::given(any()).respond_with(
                ResponseTemplate::new(200).set_body_raw(body.clone(), "application/json"),
            ))
            .await;
        server
    });
    let mock = runtime.block_on(MockZadig::start());
    mock.list_workflows()
        .project_key("demo")
        .respond_example("success");

    let variants: [(&str, String); 3] = [
        ("plain_loopback", plain),
        ("bare_wiremock", bare.uri()),
        ("zadig_mock", mock.url()),
    ];
    let clients: Vec<zadig_api::Client> = variants
        .iter()
        .map(|(_, base)| zadig_api::Client::new(base.as_str(), "bench-token").expect("client"))
        .collect();
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); variants.len()];
    for round in 0..rounds {
        for step in 0..variants.len() {
            // Alternate the order from round to round.
            let index = if round % 2 == 0 {
                step
            } else {
                variants.len() - 1 - step
            };
            let client = &clients[index];
            let start = Instant::now();
            runtime.block_on(async {
                for _ in 0..requests {
                    let list = client
                        .list_workflows("demo")
                        .send()
                        .await
                        .expect("the call succeeds");
                    std::hint::black_box(list);
                }
            });
            times[index].push(start.elapsed());
        }
    }

    let times_plain = times[0].clone();
    println!(
        "| server | requests/s (median of {rounds} rounds of {requests}) | rate against plain loopback (median of the rounds' ratios) |"
    );
    println!("|---|---:|---:|");
    let rate = |times: &[Duration]| {
        let mut rates: Vec<f64> = times
            .iter()
            .map(|time| requests as f64 / time.as_secs_f64())
            .collect();
        support::median(&mut rates)
    };
    // The ratio is taken within each round (the load of a shared machine changes between
    // rounds), then the median over the rounds.
    let ratio_to_plain = |times: &[Duration]| {
        let mut ratios: Vec<f64> = times
            .iter()
            .zip(&times_plain)
            .map(|(time, plain)| plain.as_secs_f64() / time.as_secs_f64())
            .collect();
        support::median(&mut ratios)
    };
    let mut summary = serde_json::json!({"rounds": rounds, "requests": requests});
    for ((name, _), times) in variants.iter().zip(&times) {
        let rate = rate(times);
        let ratio = ratio_to_plain(times);
        println!("| {name} | {rate:.0} | {ratio:.2}x |");
        summary[*name] =
            serde_json::json!({"requests_per_second": rate, "rate_ratio_to_plain": ratio});
    }
    if let Some(path) = json_path
        && let Err(err) = std::fs::write(&path, summary.to_string())
    {
        eprintln!("cannot write {path}: {err}");
        std::process::exit(1);
    }
    if let Err(err) = mock.verify() {
        eprintln!("{err}");
        std::process::exit(1);
    }
}
