//! Test support for the generated conformance tests (`generated/conformance.rs`): each
//! endpoint is called once through each client against a local server, which records the
//! request; the test then checks what went over the wire and what came back.

use serde::Serialize;
use serde_json::Value;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use super::model::compare_json;

/// The token every conformance call sends.
pub(crate) const TOKEN: &str = "conformance-token";

/// What the server answers.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Reply {
    Json(&'static str),
    Text(&'static str),
    EventStream(&'static str),
    #[allow(
        dead_code,
        reason = "used once the spec has an endpoint with `response: empty`"
    )]
    Empty,
}

/// One expected request and the answer to give.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Exchange {
    pub(crate) method: &'static str,
    /// The path as it must arrive, percent-encoded.
    pub(crate) path: &'static str,
    /// The query pairs, decoded, in order.
    pub(crate) query: &'static [(&'static str, &'static str)],
    /// The JSON body that must arrive (`null` and absent count as equal).
    pub(crate) body: Option<&'static str>,
    pub(crate) reply: Reply,
    /// The release the client is configured for (one that serves the endpoint at `path`).
    pub(crate) release: crate::Release,
}

impl Exchange {
    /// A local server that answers every request with the reply.
    pub(crate) async fn server(&self) -> MockServer {
        let server = MockServer::start().await;
        let template = match self.reply {
            Reply::Json(json) => ResponseTemplate::new(200).set_body_raw(json, "application/json"),
            Reply::Text(text) => ResponseTemplate::new(200).set_body_raw(text, "text/plain"),
            Reply::EventStream(text) => {
                ResponseTemplate::new(200).set_body_raw(text, "text/event-stream")
            }
            Reply::Empty => ResponseTemplate::new(200),
        };
        Mock::given(any())
            .respond_with(template)
            .mount(&server)
            .await;
        server
    }

    pub(crate) fn client(&self, server: &MockServer) -> crate::Client {
        let client = crate::Client::builder()
            .base_url(server.uri())
            .token(TOKEN)
            .release(self.release)
            .build();
        match client {
            Ok(client) => client,
            Err(err) => panic!("client for {}: {err}", server.uri()),
        }
    }

    #[cfg(feature = "blocking")]
    pub(crate) fn blocking_client(&self, server: &MockServer) -> crate::blocking::Client {
        let client = crate::blocking::Client::builder()
            .base_url(server.uri())
            .token(TOKEN)
            .release(self.release)
            .build();
        match client {
            Ok(client) => client,
            Err(err) => panic!("blocking client for {}: {err}", server.uri()),
        }
    }

    /// Exactly one request arrived, and it is the expected one.
    pub(crate) async fn verify_request(&self, server: &MockServer) {
        let requests = server.received_requests().await.unwrap_or_default();
        assert_eq!(requests.len(), 1, "expected exactly one request");
        let request = &requests[0];
        assert_eq!(request.method.as_str(), self.method, "method");
        assert_eq!(request.url.path(), self.path, "path (percent-encoded)");
        let query: Vec<(String, String)> = request
            .url
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let expected: Vec<(String, String)> = self
            .query
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        assert_eq!(query, expected, "query string");
        let authorization = request
            .headers
            .get("authorization")
            .and_then(|value| value.to_str().ok());
        assert_eq!(
            authorization,
            Some(format!("Bearer {TOKEN}").as_str()),
            "authorization header"
        );
        match self.body {
            None => assert!(
                request.body.is_empty(),
                "no body expected, got {} bytes",
                request.body.len()
            ),
            Some(expected) => {
                let content_type = request
                    .headers
                    .get("content-type")
                    .and_then(|value| value.to_str().ok());
                assert_eq!(
                    content_type,
                    Some("application/json"),
                    "content type of the body"
                );
                let expected: Value = serde_json::from_str(expected).unwrap_or(Value::Null);
                let sent: Value = match serde_json::from_slice(&request.body) {
                    Ok(sent) => sent,
                    Err(err) => panic!("the body sent is not JSON: {err}"),
                };
                let mut differences = Vec::new();
                compare_json(&expected, &sent, "$", &mut differences);
                compare_json(&sent, &expected, "$", &mut differences);
                assert!(
                    differences.is_empty(),
                    "body differs:\n{}",
                    differences.join("\n")
                );
            }
        }
    }

    /// The decoded value holds everything the server answered.
    pub(crate) fn verify_json<T: Serialize>(&self, value: &T) {
        let Reply::Json(json) = self.reply else {
            panic!("not a JSON reply")
        };
        let answered: Value = serde_json::from_str(json).unwrap_or(Value::Null);
        let decoded = match serde_json::to_value(value) {
            Ok(decoded) => decoded,
            Err(err) => panic!("the decoded value does not encode: {err}"),
        };
        let mut lost = Vec::new();
        compare_json(&answered, &decoded, "$", &mut lost);
        assert!(
            lost.is_empty(),
            "the decoded value lost parts of the answer:\n{}",
            lost.join("\n")
        );
    }
}

/// A multi-threaded runtime for the blocking tests' server, so the server keeps serving while
/// the test thread blocks in the client.
#[cfg(feature = "blocking")]
pub(crate) fn server_runtime() -> tokio::runtime::Runtime {
    match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(err) => panic!("cannot start a runtime: {err}"),
    }
}
