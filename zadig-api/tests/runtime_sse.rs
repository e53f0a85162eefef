//! Log streams over real sockets: chunking, CRLF, big logs that must stream, cut connections,
//! idle timeouts, error statuses, plain-text bodies.

mod runtime_support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use reqwest::{Method, StatusCode};
use runtime_support::{builder, chunk, chunked_head, client, end_chunks, raw_server, respond};
use tokio::io::AsyncWriteExt;
use tokio::sync::Notify;
use zadig_api::__private::RawCall;
use zadig_api::{ErrorKind, LogStream};

const PATH: &str = "/openapi/logs/sse/workflow/{workflowKey}/{taskId}";

async fn open(base: &str) -> zadig_api::Result<LogStream> {
    RawCall::new("stream_job_logs", Method::GET, PATH)
        .path_param("workflowKey", "wf")
        .path_param("taskId", "12")
        .event_stream(&client(base))
        .await
}

async fn collect(stream: LogStream) -> Vec<Result<String, zadig_api::Error>> {
    stream.collect().await
}

/// A server that sends `pieces` as separate chunks (with a pause so they arrive apart), then
/// ends the body.
async fn chunked_server(content_type: &'static str, pieces: Vec<&'static [u8]>) -> String {
    let pieces = Arc::new(pieces);
    let (base, _) = raw_server(move |request, mut socket| {
        let pieces = pieces.clone();
        async move {
            assert_eq!(
                request.header("accept").as_deref(),
                Some("text/event-stream")
            );
            chunked_head(&mut socket, "200 OK", content_type).await;
            for piece in pieces.iter() {
                let _ = chunk(&mut socket, piece).await;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            end_chunks(socket).await;
        }
    })
    .await;
    base
}

#[tokio::test]
async fn events_split_inside_lines_and_inside_crlf() {
    let base = chunked_server(
        "text/event-stream; charset=utf-8",
        vec![
            b": connected\r",
            b"\nevent: message\r\nid: 1\r\nda",
            b"ta: first line\r",
            b"\n\r",
            b"\ndata: multi\r\ndata: line\r\n",
            b"\r\ndata: \xe6\x97",
            b"\xa5\xe6\x9c\xac\n\ndata:\n\n",
            b"retry: 100\ndata: \"quoted line\"\n\n",
            b"data: no blank line at the end",
        ],
    )
    .await;
    let items: Vec<String> = collect(open(&base).await.unwrap())
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        items,
        [
            "first line",
            "multi\nline",
            "日本",
            "",
            "\"quoted line\"",
            "no blank line at the end"
        ]
    );
}

#[tokio::test]
async fn a_plain_text_body_yields_one_item_per_line() {
    let base = chunked_server(
        "text/plain; charset=utf-8",
        vec![
            b"\"log message line 1\"\n\"log mes",
            b"sage line 2\"\r\nlast",
        ],
    )
    .await;
    let items: Vec<String> = collect(open(&base).await.unwrap())
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        items,
        ["\"log message line 1\"", "\"log message line 2\"", "last"]
    );
}

#[tokio::test]
async fn a_hundred_thousand_lines_stream_through_as_they_arrive() {
    const LINES: usize = 100_000;
    const BEFORE_PAUSE: usize = 1_000;
    let first_item_seen = Arc::new(Notify::new());
    let server_done = Arc::new(AtomicBool::new(false));
    let (notify, done) = (first_item_seen.clone(), server_done.clone());
    let (base, _) = raw_server(move |_, mut socket| {
        let (notify, done) = (notify.clone(), done.clone());
        async move {
            chunked_head(&mut socket, "200 OK", "text/event-stream").await;
            let mut batch = String::new();
            for line in 0..LINES {
                batch.push_str(&format!("data: build step output line {line:06}\n\n"));
                if line + 1 == BEFORE_PAUSE {
                    // Hold the rest back until the client has shown it reads as data arrives.
                    let _ = chunk(&mut socket, batch.as_bytes()).await;
                    batch.clear();
                    notify.notified().await;
                } else if batch.len() > 16 * 1024 {
                    let _ = chunk(&mut socket, batch.as_bytes()).await;
                    batch.clear();
                }
            }
            let _ = chunk(&mut socket, batch.as_bytes()).await;
            done.store(true, Ordering::SeqCst);
            end_chunks(socket).await;
        }
    })
    .await;
    let mut stream = open(&base).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("the first line arrives while the server still holds the rest");
    assert_eq!(first.unwrap().unwrap(), "build step output line 000000");
    assert!(!server_done.load(Ordering::SeqCst));
    first_item_seen.notify_one();
    let mut count = 1;
    while let Some(item) = stream.next().await {
        let line = item.unwrap();
        assert_eq!(line, format!("build step output line {count:06}"));
        count += 1;
    }
    assert_eq!(count, LINES);
    assert!(server_done.load(Ordering::SeqCst));
}

#[tokio::test]
async fn a_reader_that_stops_holds_the_server_back() {
    // Nothing buffers the whole body: while the client does not read, the server cannot get
    // more than the socket buffers' worth ahead of it.
    let written = Arc::new(AtomicUsize::new(0));
    let counter = written.clone();
    let (base, _) = raw_server(move |_, mut socket| {
        let counter = counter.clone();
        async move {
            chunked_head(&mut socket, "200 OK", "text/event-stream").await;
            let batch = "data: 0123456789012345678901234567890123456789\n\n".repeat(1000);
            for _ in 0..5_000 {
                // Up to ~250 MB if nothing pushed back.
                if chunk(&mut socket, batch.as_bytes()).await.is_err() {
                    return;
                }
                counter.fetch_add(batch.len(), Ordering::SeqCst);
            }
            end_chunks(socket).await;
        }
    })
    .await;
    let mut stream = open(&base).await.unwrap();
    for _ in 0..10 {
        stream.next().await.unwrap().unwrap();
    }
    tokio::time::sleep(Duration::from_millis(700)).await;
    let ahead = written.load(Ordering::SeqCst);
    eprintln!("a paused reader let the server get {ahead} bytes ahead");
    assert!(
        ahead < 64 << 20,
        "server wrote {ahead} bytes ahead of a paused reader"
    );
    drop(stream);
}

#[tokio::test]
async fn a_connection_cut_mid_event_ends_with_an_error() {
    let (base, _) = raw_server(|_, mut socket| async move {
        chunked_head(&mut socket, "200 OK", "text/event-stream").await;
        let _ = chunk(&mut socket, b"data: complete\n\ndata: half an ev").await;
        // No terminating chunk: the body is cut.
        let _ = socket.shutdown().await;
    })
    .await;
    let items = collect(open(&base).await.unwrap()).await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert_eq!(items[0].as_deref().unwrap(), "complete");
    let err = items[1].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Stream);
    assert_eq!(err.endpoint(), Some("stream_job_logs"));
    assert!(
        err.to_string().contains("in the middle of an event"),
        "{err}"
    );

    // With a Content-Length that is not reached.
    let (base, _) = raw_server(|_, mut socket| async move {
        let _ = socket
            .write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nContent-Length: 500\r\n\r\ndata: a\n\ndata: b\n")
            .await;
        let _ = socket.shutdown().await;
    })
    .await;
    let items = collect(open(&base).await.unwrap()).await;
    assert_eq!(items.len(), 2, "{items:?}");
    assert!(items[1].as_ref().is_err_and(|e| e.is_stream()));
}

#[tokio::test]
async fn an_error_status_fails_before_any_item() {
    let (base, _) = raw_server(|_, socket| async move {
        respond(
            socket,
            "404 Not Found",
            "application/json",
            br#"{"code":6894,"message":"task not found","type":"error"}"#,
        )
        .await;
    })
    .await;
    let err = open(&base).await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(
        err.to_string(),
        "stream_job_logs: HTTP 404 Not Found: task not found (code 6894)"
    );
}

#[tokio::test]
async fn silence_longer_than_the_idle_timeout_is_a_timeout_error_but_slow_logs_are_fine() {
    let (base, _) = raw_server(|_, mut socket| async move {
        chunked_head(&mut socket, "200 OK", "text/event-stream").await;
        // Slow but steady: 8 lines 150 ms apart (longer in total than the idle timeout).
        for line in 0..8 {
            let _ = chunk(&mut socket, format!("data: {line}\n\n").as_bytes()).await;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        // Then silence.
        tokio::time::sleep(Duration::from_secs(30)).await;
        end_chunks(socket).await;
    })
    .await;
    let client = builder(&base)
        .stream_idle_timeout(Duration::from_millis(600))
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    let stream = RawCall::new("stream_job_logs", Method::GET, "/logs")
        .event_stream(&client)
        .await
        .unwrap();
    let started = Instant::now();
    let items = collect(stream).await;
    assert_eq!(items.len(), 9, "{items:?}");
    for (index, item) in items[..8].iter().enumerate() {
        assert_eq!(item.as_deref().unwrap(), index.to_string());
    }
    let err = items[8].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout);
    assert_eq!(
        err.to_string(),
        "stream_job_logs: the log stream sent nothing for 600ms"
    );
    let elapsed = started.elapsed();
    assert!(elapsed >= Duration::from_millis(1500), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(5), "{elapsed:?}");
}

#[tokio::test]
async fn a_stream_whose_head_never_comes_times_out() {
    let (base, _) = raw_server(|_, socket| async move {
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(socket);
    })
    .await;
    let client = builder(&base)
        .timeout(Duration::from_millis(300))
        .max_attempts(1)
        .build()
        .unwrap();
    let err = RawCall::new("stream_job_logs", Method::GET, "/logs")
        .event_stream(&client)
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
}
