//! Comparing paths written in different placeholder styles.
//!
//! The docs write placeholders as `:name`, `<name>` or `<several words>`, the server's route
//! table as `:name` (and `*name` for a catch-all), the spec as `{name}`. For comparing routes
//! every placeholder is the same: [`normalise`] erases them. [`canonical`] keeps the names and
//! only unifies the delimiters, for checking that a recorded doc path is still written the same
//! way. [`near`] finds paths that differ in one segment only: a misspelling or a placeholder
//! where the other path has a literal segment.

/// HTTP methods the audit recognises, in the docs and in a route table.
pub const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE"];

/// The path without its query string or fragment: `/a/b?x=<y z>` gives `/a/b`.
pub fn strip_query(path: &str) -> &str {
    match path.find(['?', '#']) {
        Some(index) => &path[..index],
        None => path,
    }
}

/// The placeholder name of a segment (`:id`, `*path`, `{id}`, `<id>`, `<env name>`), or
/// `None` for a literal segment.
pub fn placeholder_name(segment: &str) -> Option<&str> {
    if let Some(name) = segment
        .strip_prefix(':')
        .or_else(|| segment.strip_prefix('*'))
    {
        return Some(name);
    }
    if let Some(inner) = segment
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
    {
        return Some(inner.trim());
    }
    if let Some(inner) = segment
        .strip_prefix('<')
        .and_then(|rest| rest.strip_suffix('>'))
    {
        return Some(inner.trim());
    }
    None
}

/// The segments after the leading `/`, without the query and without a trailing `/`.
fn segments(path: &str) -> Vec<&str> {
    let path = strip_query(path).trim();
    let path = path.strip_prefix('/').unwrap_or(path);
    let path = path.strip_suffix('/').unwrap_or(path);
    if path.is_empty() {
        Vec::new()
    } else {
        path.split('/').collect()
    }
}

/// The comparison key of a path: query stripped, trailing `/` dropped, every placeholder
/// written `{}`. `/openapi/environments/:envName/services/<serviceName>` and
/// `/openapi/environments/{name}/services/{serviceName}` both give
/// `/openapi/environments/{}/services/{}`.
pub fn normalise(path: &str) -> String {
    let mut key = String::new();
    for segment in segments(path) {
        key.push('/');
        key.push_str(if placeholder_name(segment).is_some() {
            "{}"
        } else {
            segment
        });
    }
    if key.is_empty() { "/".to_owned() } else { key }
}

/// The path with its placeholder names kept but their delimiters unified (`{name}`), query
/// stripped: `/a/:id`, `/a/<id>` and `/a/{id}` all give `/a/{id}`.
pub fn canonical(path: &str) -> String {
    let mut text = String::new();
    for segment in segments(path) {
        text.push('/');
        match placeholder_name(segment) {
            Some(name) => {
                text.push('{');
                text.push_str(name);
                text.push('}');
            }
            None => text.push_str(segment),
        }
    }
    if text.is_empty() {
        "/".to_owned()
    } else {
        text
    }
}

/// How two paths with the same number of segments differ in their one differing segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NearKind {
    /// Both segments are literal and a few letters apart (`k8sservices` and `k8services`).
    Misspelt,
    /// One path has a placeholder where the other has a literal segment.
    Placeholder,
}

impl NearKind {
    /// The name used in reports (`misspelt`, `placeholder`).
    pub fn as_str(self) -> &'static str {
        match self {
            NearKind::Misspelt => "misspelt",
            NearKind::Placeholder => "placeholder",
        }
    }
}

/// Two paths that differ in exactly one segment, closely enough to be one path written twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Near {
    /// Misspelling or placeholder difference.
    pub kind: NearKind,
    /// 1-based index of the differing segment.
    pub segment: usize,
    /// That segment as the first path writes it.
    pub left: String,
    /// That segment as the second path writes it.
    pub right: String,
    /// Edit distance between the two segments (0 for a placeholder difference).
    pub distance: usize,
}

/// Whether `left` and `right` differ in one segment only, by a small misspelling or by a
/// placeholder against a literal. Placeholders match each other whatever their names.
pub fn near(left: &str, right: &str) -> Option<Near> {
    let left_segments = segments(left);
    let right_segments = segments(right);
    if left_segments.len() != right_segments.len() {
        return None;
    }
    let mut found = None;
    for (index, (a, b)) in left_segments.iter().zip(&right_segments).enumerate() {
        let (a_placeholder, b_placeholder) =
            (placeholder_name(a).is_some(), placeholder_name(b).is_some());
        if (a_placeholder && b_placeholder) || a == b {
            continue;
        }
        if found.is_some() {
            return None;
        }
        let (kind, distance) = if a_placeholder || b_placeholder {
            (NearKind::Placeholder, 0)
        } else {
            let distance = edit_distance(&a.to_lowercase(), &b.to_lowercase());
            if !is_small_edit(distance, a.chars().count().max(b.chars().count())) {
                return None;
            }
            (NearKind::Misspelt, distance)
        };
        found = Some(Near {
            kind,
            segment: index + 1,
            left: (*a).to_owned(),
            right: (*b).to_owned(),
            distance,
        });
    }
    found
}

/// A misspelling: at most two edits, and at most a third of the longer segment (so `v1` and
/// `v4` are different segments, `services` and `service` the same word). Case-only differences
/// count as misspellings.
fn is_small_edit(distance: usize, longest: usize) -> bool {
    distance <= 2 && distance * 3 <= longest
}

/// Levenshtein distance between two strings, by characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_every_placeholder_style() {
        let expected = "/openapi/environments/{}/envcfg/{}";
        for path in [
            "/openapi/environments/:envName/envcfg/:name",
            "/openapi/environments/<environmentKey>/envcfg/<environment configuration name>?type=<t>",
            "/openapi/environments/{name}/envcfg/{cfgName}",
            "/openapi/environments/:name/envcfg/*rest/",
        ] {
            assert_eq!(normalise(path), expected, "{path}");
        }
        assert_eq!(normalise("/"), "/");
    }

    #[test]
    fn canonical_keeps_names() {
        assert_eq!(canonical("/a/:id/b/<env name>?x=1"), "/a/{id}/b/{env name}");
        assert_eq!(canonical("/a/{id}/b"), "/a/{id}/b");
    }

    #[test]
    fn near_paths() {
        let near_match = near(
            "/e/:n/check/workloads/k8sservices",
            "/e/{name}/check/workloads/k8services",
        )
        .unwrap();
        assert_eq!(near_match.kind, NearKind::Misspelt);
        assert_eq!(near_match.segment, 5);
        assert_eq!(
            near("/e/services/yaml", "/e/service/yaml")
                .unwrap()
                .distance,
            1
        );
        assert_eq!(
            near("/d/releases/detail", "/d/releases/{id}").unwrap().kind,
            NearKind::Placeholder
        );
        assert_eq!(near("/r/v1", "/r/v4"), None);
        assert_eq!(near("/e/services/yaml", "/e/service/values"), None);
        assert_eq!(near("/a/b", "/a/b/c"), None);
        assert_eq!(
            near("/a/:x", "/a/{y}"),
            None,
            "identical once placeholders are erased"
        );
    }

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("k8sservices", "k8services"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
