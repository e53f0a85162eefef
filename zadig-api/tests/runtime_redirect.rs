//! Redirects are followed, but the token never goes to another host.

mod runtime_support;

use reqwest::Method;
use runtime_support::{TOKEN, client, raw_server, respond};
use serde_json::json;
use tokio::sync::mpsc;
use zadig_api::__private::RawCall;

/// A server that records the Authorization header it gets and answers JSON.
async fn target() -> (String, mpsc::UnboundedReceiver<Option<String>>) {
    let (sender, receiver) = mpsc::unbounded_channel();
    let (base, _) = raw_server(move |request, socket| {
        let sender = sender.clone();
        async move {
            let _ = sender.send(request.header("authorization"));
            respond(socket, "200 OK", "application/json", br#"{"landed": true}"#).await;
        }
    })
    .await;
    (base, receiver)
}

/// A server that redirects every request to `location`.
async fn redirector(location: String, status: &'static str) -> String {
    let (base, _) = raw_server(move |request, socket| {
        let location = location.clone();
        async move {
            assert_eq!(
                request.header("authorization"),
                Some(format!("Bearer {TOKEN}"))
            );
            let head = format!(
                "HTTP/1.1 {status}\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
            use tokio::io::AsyncWriteExt;
            let mut socket = socket;
            let _ = socket.write_all(head.as_bytes()).await;
            let _ = socket.shutdown().await;
        }
    })
    .await;
    base
}

#[tokio::test]
async fn a_redirect_to_another_host_does_not_carry_the_token() {
    let (other, mut seen) = target().await;
    // Another host name (localhost rather than 127.0.0.1) and another port.
    let other = other.replace("127.0.0.1", "localhost");
    for status in [
        "302 Found",
        "307 Temporary Redirect",
        "301 Moved Permanently",
    ] {
        let base = redirector(format!("{other}/elsewhere"), status).await;
        let value = RawCall::new("get_thing", Method::GET, "/x")
            .json(&client(&base))
            .await
            .unwrap();
        assert_eq!(value, json!({"landed": true}));
        assert_eq!(seen.recv().await.unwrap(), None, "{status}");
    }
}

#[tokio::test]
async fn a_redirect_to_another_port_on_the_same_address_does_not_carry_the_token() {
    let (other, mut seen) = target().await;
    let base = redirector(format!("{other}/elsewhere"), "302 Found").await;
    RawCall::new("get_thing", Method::GET, "/x")
        .json(&client(&base))
        .await
        .unwrap();
    assert_eq!(seen.recv().await.unwrap(), None);
}

#[tokio::test]
async fn a_redirect_within_the_same_server_keeps_the_token() {
    // The control case: the header is really sent when the origin does not change.
    let (sender, mut seen) = mpsc::unbounded_channel();
    let (base, _) = raw_server(move |request, socket| {
        let sender = sender.clone();
        async move {
            if request.request_line().starts_with("GET /start ") {
                let head = "HTTP/1.1 302 Found\r\nLocation: /end\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
                use tokio::io::AsyncWriteExt;
                let mut socket = socket;
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.shutdown().await;
            } else {
                let _ = sender.send(request.header("authorization"));
                respond(socket, "200 OK", "application/json", b"{}").await;
            }
        }
    })
    .await;
    RawCall::new("get_thing", Method::GET, "/start")
        .json(&client(&base))
        .await
        .unwrap();
    assert_eq!(seen.recv().await.unwrap(), Some(format!("Bearer {TOKEN}")));
}

#[tokio::test]
async fn a_redirect_loop_is_a_transport_error() {
    let (base, count) = raw_server(|_, socket| async move {
        let head = "HTTP/1.1 302 Found\r\nLocation: /again\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        use tokio::io::AsyncWriteExt;
        let mut socket = socket;
        let _ = socket.write_all(head.as_bytes()).await;
        let _ = socket.shutdown().await;
    })
    .await;
    let err = RawCall::new("get_thing", Method::GET, "/x")
        .json(&client(&base))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), zadig_api::ErrorKind::Transport);
    assert!(err.to_string().contains("redirect"), "{err}");
    // Ten redirects followed, not retried.
    assert_eq!(count.load(std::sync::atomic::Ordering::SeqCst), 11);
}
