//! The version a list of changes calls for, under the README's semver policy.

use std::fmt;

use serde::Serialize;

use super::{Change, Level};

/// Counts of changes by level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub breaking: usize,
    pub compatible: usize,
    /// Changes of [`Level::NoApiChange`].
    pub none: usize,
}

impl Counts {
    /// Counts `changes` by level.
    pub fn of(changes: &[Change]) -> Counts {
        let mut counts = Counts::default();
        for change in changes {
            match change.level {
                Level::Breaking => counts.breaking += 1,
                Level::Compatible => counts.compatible += 1,
                Level::NoApiChange => counts.none += 1,
            }
        }
        counts
    }
}

/// A crate version `MAJOR.MINOR.PATCH` (no pre-release or build part: the crate uses none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
}

impl Version {
    /// Parses `0.1.0`; the error says what was expected.
    pub fn parse(text: &str) -> Result<Version, String> {
        let parts: Vec<&str> = text.trim().split('.').collect();
        let numbers: Option<Vec<u64>> = parts
            .iter()
            .map(|part| {
                // `01` is not a semver number; `+1` and `-1` are not numbers at all.
                let plain = part.bytes().all(|byte| byte.is_ascii_digit())
                    && !(part.len() > 1 && part.starts_with('0'));
                plain.then(|| part.parse().ok()).flatten()
            })
            .collect();
        match numbers.as_deref() {
            Some(&[major, minor, patch]) => Ok(Version {
                major,
                minor,
                patch,
            }),
            _ => Err(format!(
                "`{text}` is not a version of the form MAJOR.MINOR.PATCH, like 0.1.0"
            )),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// The number a release moves, by Cargo's semver rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bump {
    Major,
    Minor,
    Patch,
}

/// The release a set of changes calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Release {
    pub current: Version,
    pub next: Version,
    pub bump: Bump,
}

/// The release `changes` call for from `current`, or `None` when there is no change.
///
/// Cargo treats the first non-zero number as the major one: before 1.0 a breaking change moves
/// the minor number (0.1.3 → 0.2.0) and anything else the patch number (0.1.3 → 0.1.4). From
/// 1.0 a breaking change moves the major number, an addition the minor number, and a change
/// that leaves the API alone the patch number.
pub fn release(current: Version, changes: &[Change]) -> Option<Release> {
    let counts = Counts::of(changes);
    let bump = if counts.breaking > 0 {
        if current.major == 0 {
            Bump::Minor
        } else {
            Bump::Major
        }
    } else if counts.compatible > 0 && current.major > 0 {
        Bump::Minor
    } else if counts.compatible > 0 || counts.none > 0 {
        Bump::Patch
    } else {
        return None;
    };
    let next = match bump {
        Bump::Major => Version {
            major: current.major + 1,
            minor: 0,
            patch: 0,
        },
        Bump::Minor => Version {
            minor: current.minor + 1,
            patch: 0,
            ..current
        },
        Bump::Patch => Version {
            patch: current.patch + 1,
            ..current
        },
    };
    Some(Release {
        current,
        next,
        bump,
    })
}
