//! One `zadig_api.request` span per call, with the documented fields and nothing secret.

mod runtime_support;

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use reqwest::Method;
use runtime_support::{TOKEN, client};
use serde_json::json;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};
use zadig_api::__private::RawCall;

#[derive(Debug, Default)]
struct Captured {
    /// Span id -> (name, fields).
    spans: BTreeMap<u64, (String, BTreeMap<String, String>)>,
    /// Every event: message and other fields, as text.
    events: Vec<String>,
}

/// A minimal subscriber that remembers every span, field and event.
#[derive(Clone, Default)]
struct Recorder {
    captured: Arc<Mutex<Captured>>,
    next_id: Arc<AtomicU64>,
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst) + 1;
        let mut fields = BTreeMap::new();
        span.record(&mut Fields(&mut fields));
        let all: Vec<String> = span
            .metadata()
            .fields()
            .iter()
            .map(|f| f.name().to_owned())
            .collect();
        fields.insert("__declared".to_owned(), all.join(","));
        self.captured
            .lock()
            .unwrap()
            .spans
            .insert(id, (span.metadata().name().to_owned(), fields));
        Id::from_u64(id)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut captured = self.captured.lock().unwrap();
        if let Some((_, fields)) = captured.spans.get_mut(&span.into_u64()) {
            values.record(&mut Fields(fields));
        }
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.captured
            .lock()
            .unwrap()
            .events
            .push(format!("{fields:?}"));
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[test]
fn one_span_per_call_with_template_attempt_status_and_elapsed() {
    let recorder = Recorder::default();
    let captured = recorder.captured.clone();
    tracing::subscriber::with_default(recorder, || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let server = MockServer::start().await;
            Mock::given(any())
                .respond_with(ResponseTemplate::new(503))
                .up_to_n_times(1)
                .mount(&server)
                .await;
            Mock::given(any())
                .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
                .mount(&server)
                .await;
            RawCall::new(
                "get_workflow",
                Method::GET,
                "/openapi/workflows/{workflowKey}/detail",
            )
            .path_param("workflowKey", "secret-looking-key")
            .query("projectKey", "p")
            .json(&client(&server.uri()))
            .await
            .unwrap();
        });
    });
    let captured = captured.lock().unwrap();
    let ours: Vec<_> = captured
        .spans
        .values()
        .filter(|(name, _)| name == "zadig_api.request")
        .collect();
    assert_eq!(ours.len(), 1, "{:#?}", captured.spans);
    let fields = &ours[0].1;
    assert_eq!(fields["endpoint"], "get_workflow");
    assert_eq!(fields["method"], "GET");
    assert_eq!(
        fields["path_template"],
        "/openapi/workflows/{workflowKey}/detail"
    );
    assert_eq!(fields["attempt"], "2");
    assert_eq!(fields["status"], "200");
    assert!(fields["elapsed_ms"].parse::<u64>().is_ok(), "{fields:?}");
    assert!(
        captured.events.iter().any(|e| e.contains("retrying")),
        "{:#?}",
        captured.events
    );

    // Nothing secret and no filled path anywhere in what we emitted.
    let everything = format!("{:?}", *captured);
    assert!(!everything.contains(TOKEN));
    let ours_and_events = format!("{:?} {:?}", ours, captured.events);
    assert!(
        !ours_and_events.contains("secret-looking-key"),
        "{ours_and_events}"
    );
}

/// Through a generated endpoint with a path parameter: the span carries the path template,
/// never the filled path.
#[test]
fn a_generated_endpoint_records_its_path_template_not_the_filled_path() {
    let recorder = Recorder::default();
    let captured = recorder.captured.clone();
    tracing::subscriber::with_default(recorder, || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let server = MockServer::start().await;
            Mock::given(any())
                .respond_with(
                    ResponseTemplate::new(200).set_body_json(json!({"workflow_key": "k"})),
                )
                .mount(&server)
                .await;
            let detail = client(&server.uri())
                .get_workflow("p", "secret-looking-key")
                .send()
                .await
                .unwrap();
            assert_eq!(detail.workflow_key, "k");
            let seen = server.received_requests().await.unwrap();
            assert_eq!(
                seen[0].url.path(),
                "/openapi/workflows/custom/secret-looking-key/detail"
            );
        });
    });
    let captured = captured.lock().unwrap();
    let ours: Vec<_> = captured
        .spans
        .values()
        .filter(|(name, _)| name == "zadig_api.request")
        .collect();
    assert_eq!(ours.len(), 1, "{:#?}", captured.spans);
    let fields = &ours[0].1;
    assert_eq!(fields["endpoint"], "get_workflow");
    assert_eq!(fields["method"], "GET");
    assert_eq!(
        fields["path_template"],
        "/openapi/workflows/custom/{workflowKey}/detail"
    );
    assert_eq!(fields["attempt"], "1");
    assert_eq!(fields["status"], "200");
    assert!(fields["elapsed_ms"].parse::<u64>().is_ok(), "{fields:?}");
    let ours_and_events = format!("{:?} {:?}", ours, captured.events);
    assert!(
        !ours_and_events.contains("secret-looking-key"),
        "{ours_and_events}"
    );
    assert!(!format!("{:?}", *captured).contains(TOKEN));
}
