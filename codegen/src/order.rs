//! The call-order rule: which positional argument of a client method comes first, and the one
//! Rust name each concept has across the API.
//!
//! Every client method takes its required values positionally, in this order:
//!
//! 1. **The scope**: `project_key` (or `namespace`, which takes a project key or `*`, on the
//!    role calls).
//! 2. **The resource, outermost first**: environment, then service, then pod, then container;
//!    workflow, then run (`task_id`), then job. Path parameters and identifiers passed in the
//!    query alike take their place from [`RESOURCE_DEPTH`]; path parameters not in the table
//!    come after those that are, in the order the URL nests them.
//! 3. **Other required parameters** (flags, ranges, paging), in spec order.
//! 4. **The request body**, last.
//!
//! The rule lives here so that the IR applies it to generated methods, and the workspace tests
//! check generated and hand-written methods against the same table.

/// Parameters that scope a call to a project; always the first argument.
pub const SCOPE: &[&str] = &["project_key", "namespace"];

/// Resource identifiers and how deep they nest (smaller is outer). Only the relative order of
/// the identifiers one endpoint takes matters: `service_name` is deeper than `env_name`
/// because a service lives in an environment, and means the same alone.
pub const RESOURCE_DEPTH: &[(&str, u8)] = &[
    ("build_name", 1),
    ("env_name", 1),
    ("scan_name", 1),
    ("test_name", 1),
    ("version_name", 1),
    ("view_name", 1),
    ("workflow_key", 1),
    ("cfg_name", 2),
    ("service_name", 2),
    ("task_id", 2),
    ("job_name", 3),
    ("pod_name", 3),
    ("container_name", 4),
];

/// Depth given to a path parameter that [`RESOURCE_DEPTH`] does not list.
const UNLISTED_PATH_DEPTH: u8 = u8::MAX;

/// Spellings that name a concept which already has a Rust name: a parameter spelt so must set
/// `rust_name:` to the canonical name.
pub const SYNONYMS: &[(&str, &str)] = &[
    ("env", "env_name"),
    ("environment", "env_name"),
    ("page", "page_num"),
    ("per_page", "page_size"),
    ("project", "project_key"),
    ("project_name", "project_key"),
    ("workflow", "workflow_key"),
    ("workflow_name", "workflow_key"),
];

/// Where an argument sits in a method's parameter list, as the rule classifies it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// Rule 1.
    Scope,
    /// Rule 2, with the nesting depth.
    Resource(u8),
    /// Rule 3.
    Other,
}

/// The rank of a required parameter with Rust name `rust`; `in_path` for path parameters.
pub fn rank(rust: &str, in_path: bool) -> Rank {
    if SCOPE.contains(&rust) {
        Rank::Scope
    } else if let Some((_, depth)) = RESOURCE_DEPTH.iter().find(|(name, _)| *name == rust) {
        Rank::Resource(*depth)
    } else if in_path {
        Rank::Resource(UNLISTED_PATH_DEPTH)
    } else {
        Rank::Other
    }
}

/// The canonical name for `rust` if it is a known synonym.
pub fn canonical(rust: &str) -> Option<&'static str> {
    SYNONYMS
        .iter()
        .find(|(synonym, _)| *synonym == rust)
        .map(|(_, canonical)| *canonical)
}

/// Why `names` (Rust names with whether each is a path parameter, in the order a method takes
/// them, body excluded) break the rule, or `None` when they follow it.
pub fn check(names: &[(&str, bool)]) -> Option<String> {
    for (name, _) in names {
        if let Some(canonical) = canonical(name) {
            return Some(format!(
                "`{name}` names the concept called `{canonical}` everywhere else"
            ));
        }
    }
    for pair in names.windows(2) {
        let (first, second) = (pair[0], pair[1]);
        if rank(first.0, first.1) > rank(second.0, second.1) {
            return Some(format!(
                "`{}` comes before `{}`, but the rule puts {}",
                first.0,
                second.0,
                explain(rank(second.0, second.1), rank(first.0, first.1))
            ));
        }
    }
    None
}

fn explain(earlier: Rank, later: Rank) -> &'static str {
    match (earlier, later) {
        (Rank::Scope, _) => "the project scope first",
        (Rank::Resource(_), Rank::Resource(_)) => "the outer resource first",
        (Rank::Resource(_), _) => "resource identifiers before other parameters",
        _ => "other parameters after scope and resources",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_then_resources_outermost_first_then_the_rest() {
        assert_eq!(
            check(&[
                ("project_key", false),
                ("env_name", true),
                ("cfg_name", true),
                ("type", false)
            ]),
            None
        );
        assert_eq!(check(&[("workflow_key", false), ("task_id", false)]), None);
        assert!(
            check(&[("task_id", false), ("workflow_key", false)])
                .unwrap()
                .contains("outer resource first")
        );
        assert!(
            check(&[("env_name", true), ("project_key", false)])
                .unwrap()
                .contains("project scope first")
        );
        assert!(
            check(&[("is_delete", false), ("env_name", true)])
                .unwrap()
                .contains("resource identifiers before")
        );
    }

    #[test]
    fn unlisted_path_parameters_come_after_listed_ones() {
        assert_eq!(check(&[("env_name", true), ("op", true)]), None);
        assert_eq!(check(&[("job_id", true), ("tail_lines", true)]), None);
        assert!(check(&[("op", true), ("env_name", true)]).is_some());
        assert!(check(&[("op", true), ("project_key", false)]).is_some());
    }

    #[test]
    fn synonyms_are_refused() {
        assert!(
            check(&[("workflow_name", true)])
                .unwrap()
                .contains("`workflow_key`")
        );
    }
}
