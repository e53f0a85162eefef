//! Log streaming: 256 MiB of server-sent events from a server on loopback, read through
//! `zadig-api`'s `LogStream`, against raw `reqwest` reading the same body in the same run.
//!
//! - Body: `text/event-stream`, 256 blocks of exactly 1 MiB, each block complete events of one
//!   `data:` line (a typical build-log line) and a comment line padding it to 1 MiB.
//! - `raw_bytes_stream` (baseline): `reqwest::Response::bytes_stream`, counting bytes only,
//!   the transport's ceiling.
//! - `log_stream`: `client.stream_workflow_job_logs(..).send().await` and every item of the
//!   `LogStream` (one `String` per event), which checks that no event is lost.
//!
//! Rounds alternate baseline and client (3 each by default, the median is reported) on a
//! single-threaded runtime; the server has a thread of its own. Peak memory is the process's
//! `VmHWM` (peak resident set) from `/proc/self/status` at the end: server, both clients and
//! all rounds included.
//!
//! `cargo bench -p zadig-api --bench log_stream [-- --rounds N --mib N --json FILE]`; not a
//! criterion bench (one pass over 256 MiB is the measurement). `cargo xtask bench` runs it.

mod support;

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const BLOCK: usize = 1 << 20;
const LOG_LINE: &str = "2024-06-01T12:00:00.123Z INFO  [build] step 3/7: compiling zadig-api v0.1.0 (/workspace/zadig-api) in 4.2s";

struct Options {
    rounds: usize,
    mib: usize,
    json: Option<String>,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        rounds: 3,
        mib: 256,
        json: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--rounds" => {
                options.rounds = value("--rounds")?.parse().map_err(|e| format!("{e}"))?;
            }
            "--mib" => options.mib = value("--mib")?.parse().map_err(|e| format!("{e}"))?,
            "--json" => options.json = Some(value("--json")?),
            // What `cargo bench` passes to every bench binary.
            "--bench" => {}
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    if options.rounds == 0 || options.mib == 0 {
        return Err("--rounds and --mib must be at least 1".into());
    }
    Ok(options)
}

/// One 1 MiB block of events, and how many events it holds.
fn block() -> (Vec<u8>, usize) {
    let event = format!("data: {LOG_LINE}\n\n");
    let mut block = Vec::with_capacity(BLOCK);
    let mut events = 0;
    // Leave room for the padding comment (`:` + at least one byte + `\n\n`).
    while block.len() + event.len() + 4 <= BLOCK {
        block.extend_from_slice(event.as_bytes());
        events += 1;
    }
    block.push(b':');
    block.resize(BLOCK - 2, b' ');
    block.extend_from_slice(b"\n\n");
    assert_eq!(block.len(), BLOCK);
    (block, events)
}

/// Serves `blocks` copies of `block` as a `text/event-stream` body to every request.
fn serve(block: Vec<u8>, blocks: usize) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let address = listener.local_addr().expect("local address");
    listener
        .set_nonblocking(true)
        .expect("non-blocking listener");
    let block: Arc<[u8]> = block.into();
    std::thread::Builder::new()
        .name("bench-server".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("server runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                while let Ok((socket, _)) = listener.accept().await {
                    tokio::spawn(answer(socket, block.clone(), blocks));
                }
            });
        })
        .expect("server thread");
    format!("http://{address}")
}

async fn answer(mut socket: TcpStream, block: Arc<[u8]>, blocks: usize) {
    let head = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ncache-control: no-cache\r\n\
         content-length: {}\r\n\r\n",
        block.len() * blocks
    );
    let mut pending = Vec::new();
    let mut chunk = vec![0u8; 16 << 10];
    loop {
        while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
            pending.drain(..end + 4);
            if socket.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            for _ in 0..blocks {
                if socket.write_all(&block).await.is_err() {
                    return;
                }
            }
        }
        match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => pending.extend_from_slice(&chunk[..n]),
        }
    }
}

/// Baseline: the raw body through `bytes_stream`. Returns the bytes read.
async fn raw(http: &reqwest::Client, url: &str) -> u64 {
    let response = http
        .get(url)
        .header(reqwest::header::ACCEPT, "text/event-stream")
        .send()
        .await
        .expect("request");
    assert!(response.status().is_success());
    let mut body = response.bytes_stream();
    let mut bytes = 0u64;
    while let Some(chunk) = body.next().await {
        bytes += black_box(chunk.expect("chunk")).len() as u64;
    }
    bytes
}

/// The client: every event through `LogStream`. Returns the events and their bytes.
async fn through_client(client: &zadig_api::Client) -> (usize, u64) {
    let mut logs = client
        .stream_workflow_job_logs("build-deploy", 42, "build", 10)
        .send()
        .await
        .expect("log stream");
    let mut events = 0;
    let mut bytes = 0u64;
    while let Some(line) = logs.next().await {
        bytes += black_box(line.expect("log line")).len() as u64;
        events += 1;
    }
    (events, bytes)
}

/// A `kB` figure of `/proc/self/status` in MiB, if readable (Linux).
fn proc_status_mib(key: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|line| line.starts_with(key))?;
    let kib: f64 = line[key.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kib / 1024.0)
}

fn mib_per_s(mib: usize, elapsed: Duration) -> f64 {
    mib as f64 / elapsed.as_secs_f64()
}

fn main() {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("log_stream: {message}");
            std::process::exit(2);
        }
    };
    let rss_start = proc_status_mib("VmRSS:");
    let (block, events_per_block) = block();
    let expected_events = events_per_block * options.mib;
    let base = serve(block, options.mib);
    let url = format!("{base}/openapi/logs/sse/v4/workflow/build-deploy/42/build/10");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let http = reqwest::Client::new();
    let client = zadig_api::Client::new(&base, "bench-token").expect("client");

    println!(
        "log_stream: {} MiB of text/event-stream per pass ({expected_events} events of {} bytes), \
         {} rounds",
        options.mib,
        LOG_LINE.len(),
        options.rounds
    );
    let mut raw_rates = Vec::new();
    let mut client_rates = Vec::new();
    for round in 1..=options.rounds {
        let started = Instant::now();
        let bytes = runtime.block_on(raw(&http, &url));
        let raw_elapsed = started.elapsed();
        assert_eq!(bytes, (options.mib * BLOCK) as u64, "raw body length");

        let started = Instant::now();
        let (events, _) = runtime.block_on(through_client(&client));
        let client_elapsed = started.elapsed();
        assert_eq!(events, expected_events, "events through LogStream");

        let raw_rate = mib_per_s(options.mib, raw_elapsed);
        let client_rate = mib_per_s(options.mib, client_elapsed);
        println!(
            "  round {round}: raw_bytes_stream {raw_rate:8.1} MiB/s   log_stream {client_rate:8.1} MiB/s"
        );
        raw_rates.push(raw_rate);
        client_rates.push(client_rate);
    }
    let raw_rate = support::median(&mut raw_rates);
    let client_rate = support::median(&mut client_rates);
    let ratio = client_rate / raw_rate;
    let peak = proc_status_mib("VmHWM:");
    println!("  median: raw_bytes_stream {raw_rate:.1} MiB/s, log_stream {client_rate:.1} MiB/s");
    println!("  throughput ratio log_stream / raw_bytes_stream: {ratio:.2}");
    match (rss_start, peak) {
        (Some(start), Some(peak)) => println!(
            "  process memory: {start:.1} MiB resident at start, peak resident (VmHWM) \
             {peak:.1} MiB (target <= 32 MiB)"
        ),
        _ => println!("  process memory: /proc/self/status not readable on this system"),
    }
    if let Some(path) = options.json {
        let summary = serde_json::json!({
            "mib": options.mib,
            "rounds": options.rounds,
            "events": expected_events,
            "raw_mib_per_s": raw_rate,
            "log_stream_mib_per_s": client_rate,
            "ratio": ratio,
            "rss_start_mib": rss_start,
            "peak_rss_mib": peak,
        });
        std::fs::write(&path, format!("{summary:#}\n"))
            .unwrap_or_else(|err| panic!("cannot write {path}: {err}"));
    }
}
