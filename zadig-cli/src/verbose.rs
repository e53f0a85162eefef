//! `--verbose`: each attempt of each request on stderr, through a client interceptor, with the
//! token and every other sensitive header value replaced by `<redacted>`.

use zadig_api::intercept::{AttemptOutcome, AttemptRequest, Intercepted, Interceptor, proceed};

/// Prints requests and their answers to stderr.
#[derive(Debug)]
pub(crate) struct Trace;

impl Interceptor for Trace {
    fn before_attempt<'a>(&'a self, request: &'a mut AttemptRequest) -> Intercepted<'a> {
        let mut lines = format!(
            "> {} {} ({}, attempt {})",
            request.method(),
            request.url(),
            request.endpoint(),
            request.attempt()
        );
        for (name, value) in request.headers() {
            let shown = if value.is_sensitive() || name == "authorization" {
                "<redacted>".to_owned()
            } else {
                String::from_utf8_lossy(value.as_bytes()).into_owned()
            };
            lines.push_str(&format!("\n> {name}: {shown}"));
        }
        eprintln!("{lines}");
        proceed()
    }

    fn after_attempt<'a>(&'a self, outcome: &'a AttemptOutcome<'_>) -> Intercepted<'a> {
        let elapsed = outcome.elapsed().as_millis();
        match (outcome.status(), outcome.error()) {
            (Some(status), _) => eprintln!("< {status} in {elapsed} ms"),
            (None, Some(error)) => eprintln!("< no answer after {elapsed} ms: {error}"),
            (None, None) => eprintln!("< no answer after {elapsed} ms"),
        }
        proceed()
    }
}
