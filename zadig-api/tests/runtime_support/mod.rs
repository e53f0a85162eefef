//! Helpers shared by the runtime tests: clients pointed at local servers, and a raw TCP
//! server for answers that wiremock cannot give (cut connections, silence, slow streams).
#![allow(dead_code)]

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const TOKEN: &str = "s3cr3t-t0ken-XYZ";

/// A client for `base` with fast retries, so tests do not wait on backoff.
pub fn client(base: &str) -> zadig_api::Client {
    builder(base).build().expect("client builds")
}

pub fn builder(base: &str) -> zadig_api::ClientBuilder {
    zadig_api::Client::builder()
        .base_url(base)
        .token(TOKEN)
        .initial_backoff(Duration::from_millis(10))
        .max_backoff(Duration::from_secs(5))
        .timeout(Duration::from_secs(10))
}

/// One request as the raw server read it.
#[derive(Debug, Clone)]
pub struct RawRequest {
    pub head: String,
    pub body: Vec<u8>,
}

impl RawRequest {
    /// The request line, e.g. `GET /x HTTP/1.1`.
    pub fn request_line(&self) -> &str {
        self.head.lines().next().unwrap_or("")
    }

    /// A header's value (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().skip(1).find_map(|line| {
            let (n, v) = line.split_once(':')?;
            n.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_owned())
        })
    }
}

/// A raw HTTP/1.1 server on 127.0.0.1: for each connection, reads one request and hands it
/// with the socket to `handle`. Returns the base URL and a counter of requests read.
pub async fn raw_server<F, Fut>(handle: F) -> (String, Arc<AtomicUsize>)
where
    F: Fn(RawRequest, TcpStream) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let count = Arc::new(AtomicUsize::new(0));
    let counter = count.clone();
    let handle = Arc::new(handle);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let handle = handle.clone();
            let counter = counter.clone();
            tokio::spawn(async move {
                if let Some(request) = read_request(&mut socket).await {
                    counter.fetch_add(1, Ordering::SeqCst);
                    handle(request, socket).await;
                }
            });
        }
    });
    (format!("http://{address}"), count)
}

async fn read_request(socket: &mut TcpStream) -> Option<RawRequest> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).into_owned();
    let mut request = RawRequest {
        head,
        body: buffer[head_end..].to_vec(),
    };
    let length: usize = request
        .header("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    while request.body.len() < length {
        let n = socket.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        request.body.extend_from_slice(&chunk[..n]);
    }
    Some(request)
}

/// Writes a whole response with a Content-Length and closes.
pub async fn respond(mut socket: TcpStream, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = socket.write_all(head.as_bytes()).await;
    let _ = socket.write_all(body).await;
    let _ = socket.shutdown().await;
}

/// Writes a chunked response head.
pub async fn chunked_head(socket: &mut TcpStream, status: &str, content_type: &str) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    let _ = socket.write_all(head.as_bytes()).await;
}

/// Writes one chunk of a chunked body.
pub async fn chunk(socket: &mut TcpStream, data: &[u8]) -> std::io::Result<()> {
    if data.is_empty() {
        return Ok(());
    }
    socket
        .write_all(format!("{:x}\r\n", data.len()).as_bytes())
        .await?;
    socket.write_all(data).await?;
    socket.write_all(b"\r\n").await?;
    socket.flush().await
}

/// Ends a chunked body properly.
pub async fn end_chunks(mut socket: TcpStream) {
    let _ = socket.write_all(b"0\r\n\r\n").await;
    let _ = socket.shutdown().await;
}
