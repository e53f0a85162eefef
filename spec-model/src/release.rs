//! Zadig releases as the spec and the facts name them: a release tag (`v4.2.0`) or `main`, the
//! development branch, which is newer than every release and is not one.
//!
//! The project holds the server facts of each release it knows (`server/releases/<name>.yaml`);
//! spec items say where they are served with `since:` and `until:` naming these releases.

use std::cmp::Ordering;
use std::fmt;

/// The name of the development branch's facts and of its place in availability ranges.
pub const MAIN: &str = "main";

/// A release of the Zadig server, or its development branch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReleaseName {
    /// A release tag, `v<major>.<minor>.<patch>`.
    Tag { major: u32, minor: u32, patch: u32 },
    /// The development branch: what no release serves yet.
    Main,
}

impl ReleaseName {
    /// Parses a release as the spec and the facts write it: `v4.2.0` or `main`. The error
    /// says what was expected.
    pub fn parse(text: &str) -> Result<ReleaseName, String> {
        let text = text.trim();
        if text == MAIN {
            return Ok(ReleaseName::Main);
        }
        let expected =
            || format!("`{text}` is not a release: write a tag such as `v4.2.0`, or `main`");
        let digits = text.strip_prefix('v').ok_or_else(expected)?;
        let parts: Vec<&str> = digits.split('.').collect();
        let [major, minor, patch] = parts.as_slice() else {
            return Err(expected());
        };
        let number = |part: &str| -> Result<u32, String> {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(expected());
            }
            part.parse().map_err(|_| expected())
        };
        Ok(ReleaseName::Tag {
            major: number(major)?,
            minor: number(minor)?,
            patch: number(patch)?,
        })
    }

    /// Whether this is a release (a tag), not the development branch.
    pub fn is_release(self) -> bool {
        matches!(self, ReleaseName::Tag { .. })
    }
}

impl Ord for ReleaseName {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (ReleaseName::Main, ReleaseName::Main) => Ordering::Equal,
            (ReleaseName::Main, ReleaseName::Tag { .. }) => Ordering::Greater,
            (ReleaseName::Tag { .. }, ReleaseName::Main) => Ordering::Less,
            (
                ReleaseName::Tag {
                    major,
                    minor,
                    patch,
                },
                ReleaseName::Tag {
                    major: other_major,
                    minor: other_minor,
                    patch: other_patch,
                },
            ) => (major, minor, patch).cmp(&(other_major, other_minor, other_patch)),
        }
    }
}

impl PartialOrd for ReleaseName {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for ReleaseName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReleaseName::Tag {
                major,
                minor,
                patch,
            } => write!(f, "v{major}.{minor}.{patch}"),
            ReleaseName::Main => f.write_str(MAIN),
        }
    }
}

/// Where an item is served, as the spec writes it: from `since` through `until`, both
/// releases the project knows, both inclusive; an absent bound is open (every known release
/// before, or after).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Range {
    /// The first release that serves it.
    pub since: Option<ReleaseName>,
    /// The last release that serves it.
    pub until: Option<ReleaseName>,
}

impl Range {
    /// Every release.
    pub const ALL: Range = Range {
        since: None,
        until: None,
    };

    /// Whether `release` is in the range.
    pub fn contains(&self, release: ReleaseName) -> bool {
        self.since.is_none_or(|since| since <= release)
            && self.until.is_none_or(|until| release <= until)
    }

    /// The part of `self` inside `outer` (an item of an endpoint is served at most where the
    /// endpoint is).
    pub fn within(&self, outer: &Range) -> Range {
        Range {
            since: match (self.since, outer.since) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            },
            until: match (self.until, outer.until) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            },
        }
    }

    /// Only the development branch serves it.
    pub fn is_unreleased(&self) -> bool {
        self.since == Some(ReleaseName::Main)
    }

    /// The range as the fewest words say it, over `known` (sorted, oldest first): `None` when
    /// every known release serves it.
    pub fn describe(&self, known: &[ReleaseName]) -> Option<String> {
        let served: Vec<ReleaseName> = known
            .iter()
            .copied()
            .filter(|r| self.contains(*r))
            .collect();
        if served.len() == known.len() {
            return None;
        }
        let releases: Vec<ReleaseName> =
            served.iter().copied().filter(|r| r.is_release()).collect();
        let latest = known.iter().copied().filter(|r| r.is_release()).max();
        let main_known = known.contains(&ReleaseName::Main);
        let main_serves = served.contains(&ReleaseName::Main);
        let (Some(first), Some(last)) = (releases.first(), releases.last()) else {
            return Some("no release yet (only the development branch)".to_owned());
        };
        let span = if first == last {
            format!("{first}")
        } else {
            format!("{first} to {last}")
        };
        Some(if Some(*last) == latest {
            if main_serves || !main_known {
                format!("{first} and later")
            } else {
                format!("{span}; the development branch no longer serves it")
            }
        } else if first == last {
            format!("{first} only")
        } else {
            span
        })
    }
}

/// The range an item's `since:` and `until:` give; the error names the bad value.
pub fn parse_range(since: Option<&str>, until: Option<&str>) -> Result<Range, String> {
    let parse = |text: Option<&str>| text.map(ReleaseName::parse).transpose();
    let range = Range {
        since: parse(since)?,
        until: parse(until)?,
    };
    if let (Some(since), Some(until)) = (range.since, range.until)
        && until < since
    {
        return Err(format!("`until: {until}` comes before `since: {since}`"));
    }
    Ok(range)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(text: &str) -> ReleaseName {
        ReleaseName::parse(text).unwrap()
    }

    #[test]
    fn parses_orders_and_prints() {
        assert_eq!(r("v4.2.0").to_string(), "v4.2.0");
        assert_eq!(r("main"), ReleaseName::Main);
        assert!(r("v4.10.0") > r("v4.2.1"));
        assert!(r("main") > r("v99.0.0"));
        for bad in ["4.2.0", "v4.2", "v4.2.0-rc1", "latest", "", "v4..0"] {
            assert!(ReleaseName::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ranges_contain_and_describe() {
        let known: Vec<ReleaseName> = ["v3.4.0", "v4.0.0", "v5.0.0", "main"]
            .iter()
            .map(|t| r(t))
            .collect();
        let range = parse_range(Some("v4.0.0"), None).unwrap();
        assert!(range.contains(r("v5.0.0")) && !range.contains(r("v3.4.0")));
        assert_eq!(range.describe(&known).as_deref(), Some("v4.0.0 and later"));
        let gone = parse_range(None, Some("v4.0.0")).unwrap();
        assert_eq!(gone.describe(&known).as_deref(), Some("v3.4.0 to v4.0.0"));
        let moved_on = parse_range(Some("v4.0.0"), Some("v5.0.0")).unwrap();
        assert_eq!(
            moved_on.describe(&known).as_deref(),
            Some("v4.0.0 to v5.0.0; the development branch no longer serves it")
        );
        let unreleased = parse_range(Some("main"), None).unwrap();
        assert!(unreleased.is_unreleased());
        assert_eq!(
            unreleased.describe(&known).as_deref(),
            Some("no release yet (only the development branch)")
        );
        assert_eq!(Range::ALL.describe(&known), None);
        assert!(parse_range(Some("v5.0.0"), Some("v4.0.0")).is_err());
        let inner = parse_range(Some("v4.0.0"), None)
            .unwrap()
            .within(&parse_range(None, Some("v5.0.0")).unwrap());
        assert_eq!(inner, parse_range(Some("v4.0.0"), Some("v5.0.0")).unwrap());
    }
}
