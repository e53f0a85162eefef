//! The server's route table (`../shared/zadig-server/routes.json`) and its diff with the spec.
//!
//! The table is a JSON array of objects: `{"method": "GET", "path": "/openapi/x/:id",
//! "handler": "GoHandlerName"}`, with gin-style `:param` (and `*param`) placeholders; `handler`
//! is optional. Paths compare with placeholders erased ([`super::paths::normalise`]).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::paths::{METHODS, near, normalise};
use super::{SpecIndex, SpecRef};

/// One route the server registers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServerRoute {
    /// Upper-case HTTP method.
    pub method: String,
    /// Path with the server's placeholders (`/openapi/environments/:name`).
    pub path: String,
    /// The Go handler's name, when the table gives it.
    pub handler: Option<String>,
}

/// Parses a route table. The error says what is wrong and where (the JSON position, or the
/// index of each bad entry), so a malformed table is never silently half-read.
pub fn parse(text: &str) -> Result<Vec<ServerRoute>, String> {
    let value: Value =
        serde_json::from_str(text).map_err(|err| format!("not valid JSON: {err}"))?;
    let Value::Array(entries) = value else {
        return Err(format!(
            "expected a JSON array of routes like {{\"method\": \"GET\", \"path\": \"/openapi/...\"}}, found {}",
            describe(&value)
        ));
    };
    if entries.is_empty() {
        return Err("the route table is empty".to_owned());
    }
    let mut routes = Vec::new();
    let mut problems = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        match parse_entry(entry) {
            Ok(route) => routes.push(route),
            Err(problem) => problems.push(format!("route [{index}]: {problem}")),
        }
    }
    if problems.is_empty() {
        Ok(routes)
    } else {
        Err(problems.join("\n"))
    }
}

fn parse_entry(entry: &Value) -> Result<ServerRoute, String> {
    let Value::Object(object) = entry else {
        return Err(format!(
            "expected an object with `method` and `path`, found {}",
            describe(entry)
        ));
    };
    let text = |key: &str| -> Result<Option<String>, String> {
        match object.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.clone())),
            Some(other) => Err(format!(
                "`{key}` must be a string, found {}",
                describe(other)
            )),
        }
    };
    let method = text("method")?.ok_or("`method` is missing")?;
    let path = text("path")?.ok_or("`path` is missing")?;
    let handler = text("handler")?;
    if !METHODS.contains(&method.as_str()) {
        return Err(format!(
            "unknown method `{method}` (expected one of {})",
            METHODS.join(", ")
        ));
    }
    if !path.starts_with('/') {
        return Err(format!("path `{path}` does not start with `/`"));
    }
    Ok(ServerRoute {
        method,
        path,
        handler,
    })
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a bool",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A spec endpoint that no route serves, with the closest served route if one differs in a
/// single segment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NotServed {
    /// The endpoint.
    pub endpoint: SpecRef,
    /// A served route with the same method whose path differs in one segment.
    pub closest: Option<ServerRoute>,
}

/// A path the spec records as unserved (`unserved:`) that the server now serves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnservedServed {
    /// Module whose `unserved` list holds the entry.
    pub module: String,
    /// HTTP method.
    pub method: String,
    /// The path as the `unserved` entry writes it.
    pub path: String,
    /// The route that serves it.
    pub route: ServerRoute,
}

/// The spec against a route table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoutesReport {
    /// Where the table was read from, as given.
    pub file: String,
    /// Routes in the table.
    pub routes: usize,
    /// Spec endpoints that a route serves.
    pub served: usize,
    /// Spec endpoints that no route serves, sorted by path and method.
    pub not_served: Vec<NotServed>,
    /// Routes that no spec endpoint (nor `unserved` entry) stands for, sorted by path and method.
    pub not_in_spec: Vec<ServerRoute>,
    /// `unserved` records that a route now serves: stale records, sorted by path and method.
    pub unserved_now_served: Vec<UnservedServed>,
}

/// Compares the spec's endpoints (and its `unserved` records) with the server's routes.
pub fn diff(index: &SpecIndex, file: &str, routes: &[ServerRoute]) -> RoutesReport {
    let mut by_key: BTreeMap<(String, String), &ServerRoute> = BTreeMap::new();
    for route in routes {
        by_key
            .entry((route.method.clone(), normalise(&route.path)))
            .or_insert(route);
    }
    let mut served = 0;
    let mut not_served = Vec::new();
    let mut covered = std::collections::BTreeSet::new();
    for endpoint in &index.endpoints {
        let key = (endpoint.method.clone(), endpoint.key.clone());
        if by_key.contains_key(&key) {
            served += 1;
            covered.insert(key);
            continue;
        }
        let closest = routes
            .iter()
            .filter(|route| route.method == endpoint.method)
            .filter_map(|route| near(&endpoint.path, &route.path).map(|near| (near, route)))
            .min_by(|(a, ra), (b, rb)| {
                (a.kind, a.distance, &ra.path).cmp(&(b.kind, b.distance, &rb.path))
            })
            .map(|(_, route)| route.clone());
        not_served.push(NotServed {
            endpoint: endpoint.to_ref(),
            closest,
        });
    }
    // A route an `unserved` entry names is reported as such, not as missing from the spec.
    covered.extend(
        index
            .unserved
            .iter()
            .map(|record| (record.method.clone(), record.key.clone())),
    );
    let mut not_in_spec: Vec<ServerRoute> = by_key
        .iter()
        .filter(|(key, _)| !covered.contains(*key))
        .map(|(_, route)| (*route).clone())
        .collect();
    not_in_spec.sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    not_served.sort_by(|a, b| {
        (&a.endpoint.path, &a.endpoint.method).cmp(&(&b.endpoint.path, &b.endpoint.method))
    });
    let mut unserved_now_served: Vec<UnservedServed> = index
        .unserved
        .iter()
        .filter_map(|record| {
            by_key
                .get(&(record.method.clone(), record.key.clone()))
                .map(|route| UnservedServed {
                    module: record.module.clone(),
                    method: record.method.clone(),
                    path: record.path.clone(),
                    route: (*route).clone(),
                })
        })
        .collect();
    unserved_now_served.sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    RoutesReport {
        file: file.to_owned(),
        routes: routes.len(),
        served,
        not_served,
        not_in_spec,
        unserved_now_served,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_table() {
        let routes = parse(r#"[{"method": "GET", "path": "/a/:id", "handler": "H"}, {"method": "PUT", "path": "/b"}]"#)
            .unwrap();
        assert_eq!(routes.len(), 2);
        assert_eq!(routes[1].handler, None);
    }

    #[test]
    fn reports_bad_tables() {
        assert!(parse("{").unwrap_err().starts_with("not valid JSON: "));
        assert!(
            parse(r#"{"routes": []}"#)
                .unwrap_err()
                .contains("found an object")
        );
        assert_eq!(parse("[]").unwrap_err(), "the route table is empty");
        assert_eq!(
            parse(r#"[{"method": "GET"}, {"method": "FETCH", "path": "/x"}, {"method": "GET", "path": 3}]"#).unwrap_err(),
            "route [0]: `path` is missing\n\
             route [1]: unknown method `FETCH` (expected one of GET, POST, PUT, PATCH, DELETE)\n\
             route [2]: `path` must be a string, found a number"
        );
    }
}
