//! Shared by the client benchmarks: documented examples read from the spec, a minimal
//! HTTP/1.1 server on loopback that answers every request with the same bytes, a median.
#![allow(dead_code)] // Each bench uses part of this.

use std::path::Path;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The JSON of the example `example` of endpoint `endpoint` in `spec/<module>.yaml`, as
/// compact JSON bytes. Panics with a clear message when the spec has no such example.
pub fn spec_example(module: &str, endpoint: &str, example: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../spec")
        .join(format!("{module}.yaml"));
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", path.display()));
    let spec: serde_yaml::Value = serde_yaml::from_str(&text)
        .unwrap_or_else(|err| panic!("{} is not YAML: {err}", path.display()));
    let endpoints = spec["endpoints"]
        .as_sequence()
        .unwrap_or_else(|| panic!("{} has no endpoints", path.display()));
    let found = endpoints
        .iter()
        .find(|e| e["id"].as_str() == Some(endpoint))
        .unwrap_or_else(|| panic!("no endpoint `{endpoint}` in {}", path.display()));
    let json = found["examples"]
        .as_sequence()
        .and_then(|examples| {
            examples
                .iter()
                .find(|e| e["name"].as_str() == Some(example))
        })
        .map(|e| &e["json"])
        .filter(|json| !json.is_null())
        .unwrap_or_else(|| panic!("endpoint `{endpoint}` has no JSON example `{example}`"));
    serde_json::to_vec(json).expect("a YAML example converts to JSON")
}

/// A `200 OK` HTTP/1.1 response with a fixed length, which keeps the connection open.
pub fn http_response(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut response = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body);
    response
}

/// Starts a server on 127.0.0.1 in a thread of its own (a single-threaded Tokio runtime), like
/// a server in another process. Returns the base URL; the server lives until the process exits.
pub fn serve_fixed(response: Vec<u8>) -> String {
    let (listener, base) = bind();
    std::thread::Builder::new()
        .name("bench-server".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("server runtime");
            runtime.block_on(accept(listener, response.into()));
        })
        .expect("server thread");
    base
}

/// Starts a server on 127.0.0.1 as tasks of `runtime`, the client's own: no thread hand-off
/// per request, so the figures measure work, not the scheduler of a loaded machine. Returns
/// the base URL; the server runs while `runtime` does.
pub fn serve_fixed_on(runtime: &tokio::runtime::Runtime, response: Vec<u8>) -> String {
    let (listener, base) = bind();
    runtime.spawn(accept(listener, response.into()));
    base
}

fn bind() -> (std::net::TcpListener, String) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let address = listener.local_addr().expect("local address");
    listener
        .set_nonblocking(true)
        .expect("non-blocking listener");
    (listener, format!("http://{address}"))
}

/// Reads request heads (bodies are not expected) and answers each with `response`, keeping
/// connections alive.
async fn accept(listener: std::net::TcpListener, response: Arc<[u8]>) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
    while let Ok((socket, _)) = listener.accept().await {
        let _ = socket.set_nodelay(true);
        tokio::spawn(answer(socket, response.clone()));
    }
}

/// Answers every complete request head read from `socket` with `response`.
async fn answer(mut socket: TcpStream, response: Arc<[u8]>) {
    let mut pending: Vec<u8> = Vec::with_capacity(4096);
    let mut chunk = vec![0u8; 16 << 10];
    loop {
        while let Some(end) = pending.windows(4).position(|w| w == b"\r\n\r\n") {
            pending.drain(..end + 4);
            if socket.write_all(&response).await.is_err() {
                return;
            }
        }
        match socket.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => pending.extend_from_slice(&chunk[..n]),
        }
    }
}

/// The median of `values` (sorted in place); `values` must not be empty.
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    if values.len() % 2 == 1 {
        values[mid]
    } else {
        (values[mid - 1] + values[mid]) / 2.0
    }
}
