//! The blocking client: the same basics without async code, and no panic inside async code.
#![cfg(feature = "blocking")]

mod runtime_support;

use std::time::Duration;

use reqwest::{Method, StatusCode};
use runtime_support::TOKEN;
use serde_json::{Value, json};
use zadig_api::__private::{RawCall, blocking_paginate};
use zadig_api::ErrorKind;
use zadig_api::blocking::Client;

/// A tiny blocking HTTP server on its own thread (std only), answering by path.
fn serve(handle: fn(&str, &str) -> (u16, &'static str, String)) -> String {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let mut auth = String::new();
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
                    break;
                }
                if let Some((name, value)) = header.split_once(':') {
                    if name.eq_ignore_ascii_case("authorization") {
                        auth = value.trim().to_owned();
                    }
                }
            }
            let target = line.split(' ').nth(1).unwrap_or("").to_owned();
            let (status, content_type, body) = handle(&target, &auth);
            let response = format!(
                "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = stream.write_all(response.as_bytes());
        }
    });
    format!("http://{address}")
}

fn routes(target: &str, auth: &str) -> (u16, &'static str, String) {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    match path {
        "/whoami" => (200, "application/json", json!({"auth": auth}).to_string()),
        "/missing" => (
            404,
            "application/json",
            r#"{"code":6894,"message":"workflow not found"}"#.to_owned(),
        ),
        "/ack" => (
            200,
            "application/json",
            r#"{"message":"success"}"#.to_owned(),
        ),
        "/logs" => (
            200,
            "text/event-stream",
            "data: one\n\ndata: two\n\ndata: three\n\n".to_owned(),
        ),
        "/items" => {
            let page: usize = query
                .split('&')
                .find_map(|p| p.strip_prefix("pageNum="))
                .and_then(|v| v.parse().ok())
                .unwrap_or(1);
            let start = (page - 1) * 4;
            let items: Vec<usize> = (start..(start + 4).min(10)).collect();
            (
                200,
                "application/json",
                json!({"list": items, "total": 10}).to_string(),
            )
        }
        _ => (500, "text/plain", "no route".to_owned()),
    }
}

fn blocking_client(base: &str) -> Client {
    Client::builder()
        .base_url(base)
        .token(TOKEN)
        .timeout(Duration::from_secs(5))
        .initial_backoff(Duration::from_millis(10))
        .build()
        .unwrap()
}

#[test]
fn blocking_calls_work_without_a_runtime() {
    let base = serve(routes);
    let client = blocking_client(&base);
    assert_eq!(client.base_url().as_str(), format!("{base}/"));

    let value = RawCall::new("whoami", Method::GET, "/whoami")
        .blocking_json(&client)
        .unwrap();
    assert_eq!(value, json!({"auth": format!("Bearer {TOKEN}")}));

    let err = RawCall::new("get_workflow", Method::GET, "/missing")
        .blocking_json(&client)
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(err.api_code(), Some(6894));

    let ack = RawCall::new("ack", Method::POST, "/ack")
        .blocking_message(&client)
        .unwrap();
    assert_eq!(ack.message, "success");

    let lines: Vec<String> = RawCall::new("logs", Method::GET, "/logs")
        .blocking_event_stream(&client)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(lines, ["one", "two", "three"]);

    let items: Vec<Value> = blocking_paginate(&client, "/items", 4)
        .collect_all()
        .unwrap();
    assert_eq!(items, (0..10).map(|n| json!(n)).collect::<Vec<_>>());
}

#[test]
fn clones_work_from_several_threads() {
    let base = serve(routes);
    let client = blocking_client(&base);
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let client = client.clone();
            std::thread::spawn(move || {
                for _ in 0..5 {
                    RawCall::new("whoami", Method::GET, "/whoami")
                        .blocking_json(&client)
                        .unwrap();
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
}

#[tokio::test]
async fn inside_async_code_it_returns_an_error_instead_of_panicking() {
    let base = serve(routes);
    // Building and dropping inside a runtime is fine too.
    let client = blocking_client(&base);
    let err = RawCall::new("whoami", Method::GET, "/whoami")
        .blocking_json(&client)
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("inside async code"), "{err}");
    let items: Vec<_> = blocking_paginate(&client, "/items", 4).collect();
    assert_eq!(items.len(), 1);
    assert!(items[0].is_err());
    drop(client);
}

#[test]
fn from_a_multi_thread_runtime_worker_too() {
    let base = serve(routes);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let client = blocking_client(&base);
    let result = runtime.block_on(async move {
        let result = RawCall::new("whoami", Method::GET, "/whoami").blocking_json(&client);
        drop(client);
        result
    });
    assert!(result.is_err_and(|e| e.kind() == ErrorKind::InvalidInput));
}

/// `spawn_blocking` is where async code is told to put blocking work: the blocking client
/// works there, on both runtime flavours, and its iterators too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_a_spawn_blocking_thread_of_a_multi_thread_runtime_it_works() {
    let base = serve(routes);
    let client = blocking_client(&base);
    let (whoami, items) = tokio::task::spawn_blocking(move || {
        let whoami: Value = RawCall::new("whoami", Method::GET, "/whoami")
            .blocking_json(&client)
            .unwrap();
        let items: Vec<_> = blocking_paginate(&client, "/items", 4).collect();
        (whoami, items)
    })
    .await
    .expect("the blocking task does not panic");
    assert_eq!(whoami["auth"], format!("Bearer {TOKEN}"));
    assert!(items.iter().all(Result::is_ok), "{items:?}");
    assert!(!items.is_empty());
}

#[tokio::test]
async fn on_a_spawn_blocking_thread_of_a_current_thread_runtime_it_works() {
    let base = serve(routes);
    let client = blocking_client(&base);
    let answer =
        tokio::task::spawn_blocking(move || client.request(Method::GET, "/whoami").send::<Value>())
            .await
            .expect("the blocking task does not panic");
    assert_eq!(answer.unwrap()["auth"], format!("Bearer {TOKEN}"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inside_block_in_place_it_works() {
    let base = serve(routes);
    let client = blocking_client(&base);
    let answer = tokio::task::block_in_place(|| {
        RawCall::new("whoami", Method::GET, "/whoami").blocking_json(&client)
    });
    assert_eq!(answer.unwrap()["auth"], format!("Bearer {TOKEN}"));
    drop(client);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_a_task_on_a_runtime_worker_it_refuses() {
    let base = serve(routes);
    let client = blocking_client(&base);
    let result = tokio::spawn(async move {
        let result = RawCall::new("whoami", Method::GET, "/whoami").blocking_json(&client);
        // The probe gave the task's budget back: the task goes on awaiting as before.
        tokio::task::yield_now().await;
        drop(client);
        result
    })
    .await
    .expect("the task does not panic");
    let err = result.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains("spawn_blocking"), "{err}");
}

/// A task that opted out of Tokio's budget cannot be told from a blocking thread; the call
/// then runs on a helper thread instead of letting Tokio panic on a nested runtime.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_an_unconstrained_task_it_does_not_panic() {
    let base = serve(routes);
    let client = blocking_client(&base);
    let result = tokio::spawn(tokio::task::unconstrained(async move {
        RawCall::new("whoami", Method::GET, "/whoami").blocking_json(&client)
    }))
    .await
    .expect("the task does not panic");
    assert_eq!(result.unwrap()["auth"], format!("Bearer {TOKEN}"));
}

#[test]
fn builder_mirrors_the_async_one() {
    let client = Client::builder()
        .base_url("https://zadig.example.com/base/")
        .token(TOKEN)
        .timeout(Duration::from_secs(1))
        .connect_timeout(Duration::from_secs(1))
        .stream_idle_timeout(Duration::from_secs(1))
        .user_agent("ua")
        .max_attempts(2)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(2))
        .build()
        .unwrap();
    assert_eq!(client.as_async().base_url().path(), "/base/");
    assert!(Client::new("ftp://x", TOKEN).is_err_and(|e| e.kind() == ErrorKind::InvalidInput));
}
