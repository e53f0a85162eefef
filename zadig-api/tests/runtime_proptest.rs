//! Whatever the network sends, decoding ends in `Ok` or `Err`, never a panic; and the log
//! stream parser gives the same items however the body is cut into chunks.

mod runtime_support;

use proptest::prelude::*;
use reqwest::StatusCode;
use zadig_api::__private::{DecodeAs, decode, decode_log};

fn status() -> impl Strategy<Value = StatusCode> {
    prop_oneof![
        (200u16..300),
        (100u16..1000),
        Just(200u16),
        Just(404u16),
        Just(503u16),
    ]
    .prop_map(|code| StatusCode::from_u16(code).unwrap_or(StatusCode::OK))
}

/// Bytes that look like JSON, SSE or error bodies as well as plain noise.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600),
        "[ -~\\n\\r\\t]{0,300}".prop_map(String::into_bytes),
        r#"\{"(code|message|description|type|extra)": ?(-?[0-9]{1,25}|"[^"]{0,20}"|null|\[\]|\{\}|true)(, ?"(code|message)": ?[0-9.e+-]{1,30})?\}"#
            .prop_map(String::into_bytes),
        "((data|event|id|retry|:)[:]? ?[^\\n]{0,20}(\\n|\\r\\n|\\r)){0,12}".prop_map(String::into_bytes),
        proptest::collection::vec(prop_oneof![Just(0xefu8), Just(0xbb), Just(0xbf), Just(b'\r'), Just(b'\n'), Just(b':'), Just(0xff), Just(0xe6)], 0..50),
    ]
}

fn cuts(len: usize) -> impl Strategy<Value = Vec<usize>> {
    proptest::collection::vec(0..=len, 0..8).prop_map(|mut cuts| {
        cuts.sort_unstable();
        cuts
    })
}

fn split<'a>(body: &'a [u8], cuts: &[usize]) -> Vec<&'a [u8]> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for &cut in cuts {
        pieces.push(&body[start..cut]);
        start = cut;
    }
    pieces.push(&body[start..]);
    pieces
}

fn show(items: Vec<zadig_api::Result<String>>) -> Vec<Result<String, String>> {
    items
        .into_iter()
        .map(|i| i.map_err(|e| e.to_string()))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn response_decoders_never_panic(status in status(), body in body()) {
        for kind in [DecodeAs::Json, DecodeAs::Text, DecodeAs::Message, DecodeAs::Empty] {
            match decode(kind, status, &body) {
                Ok(()) => prop_assert!(status.is_success()),
                Err(err) => {
                    let shown = err.to_string();
                    prop_assert!(!shown.contains('\n'), "{}", shown);
                    if let Some(snippet) = err.body_snippet() {
                        prop_assert!(snippet.chars().count() <= 200);
                    }
                    if !status.is_success() {
                        prop_assert_eq!(err.status(), Some(status));
                        // Api when the body is Zadig's error body or blank, Http otherwise;
                        // never Decode, which is kept for 2xx bodies.
                        let blank = body.iter().all(u8::is_ascii_whitespace);
                        prop_assert!(err.is_api() == (err.api_error().is_some() || blank));
                        prop_assert!(err.is_api() || err.is_http());
                    } else {
                        prop_assert!(err.is_decode());
                    }
                }
            }
        }
    }

    #[test]
    fn log_decoder_never_panics_and_ignores_chunking(body in body(), cuts in cuts(600)) {
        let cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(body.len())).collect();
        for events in [true, false] {
            let whole = show(decode_log(events, &[&body]));
            let pieces = split(&body, &cuts);
            let chunked = show(decode_log(events, &pieces));
            prop_assert_eq!(&whole, &chunked);
            let bytes: Vec<&[u8]> = body.chunks(1).collect();
            prop_assert_eq!(&whole, &show(decode_log(events, &bytes)));
        }
    }
}

/// A smaller run through real sockets: arbitrary status and body from a raw server.
#[test]
fn arbitrary_answers_over_the_network_never_panic() {
    use reqwest::Method;
    use zadig_api::__private::RawCall;

    let runtime = tokio::runtime::Runtime::new().unwrap();
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(48));
    runner
        .run(&(status(), body()), |(status, body)| {
            runtime.block_on(async {
                let body = std::sync::Arc::new(body);
                let code = status.as_u16();
                let (base, _) = runtime_support::raw_server(move |_, socket| {
                    let body = body.clone();
                    async move {
                        runtime_support::respond(
                            socket,
                            &format!("{code} Whatever"),
                            "text/event-stream",
                            &body,
                        )
                        .await;
                    }
                })
                .await;
                let client = runtime_support::builder(&base)
                    .max_attempts(1)
                    .build()
                    .unwrap();
                let call = || RawCall::new("fuzz", Method::GET, "/x");
                let _ = call().json(&client).await;
                let _ = call().text(&client).await;
                let _ = call().message(&client).await;
                let _ = call().empty(&client).await;
                if let Ok(stream) = call().event_stream(&client).await {
                    use futures_util::StreamExt;
                    let _ = stream.collect::<Vec<_>>().await;
                }
            });
            Ok(())
        })
        .unwrap();
}
