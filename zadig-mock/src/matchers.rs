//! Matchers: what a request must (or must not) carry to meet an expectation, each able to say
//! what it wants and why a request fails it.

use std::fmt;
use std::sync::Arc;

use serde_json::Value;

/// How much of a sent value a mismatch shows.
const VALUE_SHOWN: usize = 80;

/// A request as the matchers see it.
pub(crate) struct Call<'r> {
    /// Path parameters, percent-decoded.
    pub(crate) path_params: Vec<(String, String)>,
    /// Query pairs, form-decoded, in order.
    pub(crate) query: Vec<(String, String)>,
    /// Header names (lower case) and values.
    pub(crate) headers: &'r [(String, String)],
    pub(crate) body: &'r [u8],
}

/// Whether a request body (its bytes) is the one expected.
type BodyCheck = Arc<dyn Fn(&[u8]) -> bool + Send + Sync>;

/// A matcher on the whole body.
#[derive(Clone)]
pub(crate) struct BodyMatcher {
    /// What it wants, for reports (`body = {..}`).
    pub(crate) description: String,
    /// Why a body fails it.
    pub(crate) failure: &'static str,
    pub(crate) check: BodyCheck,
}

/// One condition on a request.
#[derive(Clone)]
pub(crate) enum Matcher {
    /// A path parameter has this (decoded) value.
    Path {
        name: String,
        value: String,
    },
    /// A query parameter is sent with exactly these values, in order.
    Query {
        name: String,
        values: Vec<String>,
    },
    /// A query parameter is not sent at all.
    QueryAbsent(String),
    /// A header (name in lower case) is sent with this value.
    Header {
        name: String,
        value: String,
    },
    /// A header is not sent.
    HeaderAbsent(String),
    Body(BodyMatcher),
    /// The JSON body holds nothing at this place (a JSON Pointer), not even `null`.
    BodyFieldAbsent {
        /// The field as the user named it.
        field: String,
        pointer: String,
    },
}

impl Matcher {
    /// What it wants, in words.
    fn describe(&self) -> String {
        match self {
            Matcher::Path { name, value } => format!("{name} = {value}"),
            Matcher::Query { name, values } => format!("{name} = {}", values.join(",")),
            Matcher::QueryAbsent(name) => format!("{name} absent"),
            Matcher::Header { name, value } => format!("header {name} = {value}"),
            Matcher::HeaderAbsent(name) => format!("header {name} absent"),
            Matcher::Body(body) => body.description.clone(),
            Matcher::BodyFieldAbsent { field, .. } => format!("body field {field} absent"),
        }
    }

    /// Why `call` fails this matcher, or `None` when it meets it.
    fn mismatch(&self, call: &Call<'_>) -> Option<String> {
        match self {
            Matcher::Path { name, value } => {
                let sent = call
                    .path_params
                    .iter()
                    .find(|(param, _)| param == name)
                    .map(|(_, sent)| sent);
                match sent {
                    Some(sent) if sent == value => None,
                    Some(sent) => Some(format!(
                        "path parameter `{name}` is `{}`, not `{value}`",
                        shown(sent)
                    )),
                    None => Some(format!("the path has no parameter `{name}`")),
                }
            }
            Matcher::Query { name, values } => {
                let sent = query_values(call, name);
                if sent.iter().copied().eq(values.iter().map(String::as_str)) {
                    None
                } else if sent.is_empty() {
                    Some(format!(
                        "query parameter `{name}` is not sent (expected `{}`)",
                        values.join(",")
                    ))
                } else {
                    Some(format!(
                        "query parameter `{name}` is `{}`, not `{}`",
                        shown(&sent.join(",")),
                        values.join(",")
                    ))
                }
            }
            Matcher::QueryAbsent(name) => {
                let sent = query_values(call, name);
                (!sent.is_empty()).then(|| {
                    format!(
                        "query parameter `{name}` is sent (`{}`)",
                        shown(&sent.join(","))
                    )
                })
            }
            // Header values are not shown: they may be credentials.
            Matcher::Header { name, value } => {
                let mut sent = header_values(call, name).peekable();
                if sent.peek().is_none() {
                    Some(format!("header `{name}` is not sent"))
                } else if sent.any(|sent| sent == value) {
                    None
                } else {
                    Some(format!("header `{name}` has another value"))
                }
            }
            Matcher::HeaderAbsent(name) => header_values(call, name)
                .next()
                .map(|_| format!("header `{name}` is sent")),
            Matcher::Body(body) => (!(body.check)(call.body)).then(|| body.failure.to_owned()),
            Matcher::BodyFieldAbsent { field, pointer } => {
                let sent = serde_json::from_slice::<Value>(call.body).ok()?;
                let value = sent.pointer(pointer)?;
                Some(format!(
                    "body field `{field}` is sent (`{}`)",
                    shown(&value.to_string())
                ))
            }
        }
    }
}

/// The values sent for query parameter `name`, in order.
fn query_values<'c>(call: &'c Call<'_>, name: &str) -> Vec<&'c str> {
    call.query
        .iter()
        .filter(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
        .collect()
}

/// The values sent for header `name` (any case).
fn header_values<'c>(call: &'c Call<'_>, name: &'c str) -> impl Iterator<Item = &'c str> {
    call.headers
        .iter()
        .filter(move |(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value.as_str())
}

/// `text`, cut after a few dozen characters.
fn shown(text: &str) -> String {
    if text.chars().count() <= VALUE_SHOWN {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(VALUE_SHOWN).collect();
        format!("{cut}…")
    }
}

/// Every condition of an expectation; a request meets it when it meets them all.
#[derive(Clone, Default)]
pub(crate) struct Matchers(Vec<Matcher>);

impl Matchers {
    /// Adds `matcher` after the others.
    pub(crate) fn push(&mut self, matcher: Matcher) {
        self.0.push(matcher);
    }

    /// Replaces what is said about query parameter `name` (its value, or its absence) with
    /// `matcher`: as on the client, setting a parameter again replaces it.
    pub(crate) fn set_query(&mut self, name: &str, matcher: Matcher) {
        self.0.retain(|existing| {
            !matches!(existing,
                Matcher::Query { name: other, .. } | Matcher::QueryAbsent(other) if other == name)
        });
        self.0.push(matcher);
    }

    /// Adds `value` to the values expected for query parameter `name` (a parameter sent more
    /// than once), as the client's `query_param` adds a pair.
    pub(crate) fn add_query(&mut self, name: String, value: String) {
        for existing in &mut self.0 {
            if let Matcher::Query {
                name: other,
                values,
            } = existing
                && *other == name
            {
                values.push(value);
                return;
            }
        }
        self.set_query(
            &name.clone(),
            Matcher::Query {
                name,
                values: vec![value],
            },
        );
    }

    /// `, a = 1, b absent` (empty without matchers), to follow an endpoint in reports.
    pub(crate) fn describe(&self) -> String {
        self.0
            .iter()
            .map(|matcher| format!(", {}", matcher.describe()))
            .collect()
    }

    /// Why `call` does not meet these matchers (the first one it fails), or `None`.
    pub(crate) fn mismatch(&self, call: &Call<'_>) -> Option<String> {
        self.0.iter().find_map(|matcher| matcher.mismatch(call))
    }
}

impl fmt::Debug for Matchers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe().trim_start_matches(", "))
    }
}

/// The JSON Pointer for `field`: a top-level key as it is (`description`), or a pointer
/// (`/advanced_settings/timeout`) as given.
pub(crate) fn field_pointer(field: &str) -> String {
    if field.starts_with('/') {
        field.to_owned()
    } else {
        format!("/{}", field.replace('~', "~0").replace('/', "~1"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call<'r>(
        query: &[(&str, &str)],
        headers: &'r [(String, String)],
        body: &'r [u8],
    ) -> Call<'r> {
        Call {
            path_params: vec![("workflowKey".to_owned(), "build".to_owned())],
            query: query
                .iter()
                .map(|(key, value)| ((*key).to_owned(), (*value).to_owned()))
                .collect(),
            headers,
            body,
        }
    }

    #[test]
    fn absence_is_met_only_when_nothing_is_sent() {
        let absent = Matcher::QueryAbsent("viewName".to_owned());
        assert_eq!(
            absent.mismatch(&call(&[("projectKey", "demo")], &[], b"")),
            None
        );
        // An empty value is still a value sent.
        assert_eq!(
            absent
                .mismatch(&call(&[("viewName", "")], &[], b""))
                .as_deref(),
            Some("query parameter `viewName` is sent (``)")
        );
        let header = Matcher::HeaderAbsent("x-trace".to_owned());
        let headers = [("X-Trace".to_owned(), "secret".to_owned())];
        assert_eq!(
            header.mismatch(&call(&[], &headers, b"")).as_deref(),
            Some("header `x-trace` is sent")
        );
        assert_eq!(header.mismatch(&call(&[], &[], b"")), None);
    }

    #[test]
    fn a_body_field_sent_as_null_is_sent() {
        let absent = Matcher::BodyFieldAbsent {
            field: "description".to_owned(),
            pointer: field_pointer("description"),
        };
        assert_eq!(absent.mismatch(&call(&[], &[], br#"{"name":"a"}"#)), None);
        assert_eq!(absent.mismatch(&call(&[], &[], b"")), None);
        assert_eq!(
            absent
                .mismatch(&call(&[], &[], br#"{"description":null}"#))
                .as_deref(),
            Some("body field `description` is sent (`null`)")
        );
        let nested = Matcher::BodyFieldAbsent {
            field: "/settings/timeout".to_owned(),
            pointer: field_pointer("/settings/timeout"),
        };
        assert!(
            nested
                .mismatch(&call(&[], &[], br#"{"settings":{"timeout":0}}"#))
                .is_some()
        );
        assert_eq!(nested.mismatch(&call(&[], &[], br#"{"timeout":0}"#)), None);
    }

    #[test]
    fn setting_a_query_parameter_again_replaces_it_and_adding_appends() {
        let mut matchers = Matchers::default();
        matchers.set_query(
            "viewName",
            Matcher::Query {
                name: "viewName".to_owned(),
                values: vec!["a".to_owned()],
            },
        );
        matchers.set_query("viewName", Matcher::QueryAbsent("viewName".to_owned()));
        assert_eq!(matchers.describe(), ", viewName absent");
        matchers.add_query("label".to_owned(), "x".to_owned());
        matchers.add_query("label".to_owned(), "y".to_owned());
        assert_eq!(matchers.describe(), ", viewName absent, label = x,y");
        assert_eq!(
            matchers
                .mismatch(&call(&[("label", "x")], &[], b""))
                .as_deref(),
            Some("query parameter `label` is `x`, not `x,y`")
        );
    }

    #[test]
    fn a_key_with_a_slash_is_escaped_into_a_pointer() {
        assert_eq!(field_pointer("a/b~c"), "/a~1b~0c");
        assert_eq!(field_pointer("/a/b"), "/a/b");
    }
}
