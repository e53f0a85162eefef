//! Zadig releases: which one a server runs, and which releases serve a call.
//!
//! Zadig's releases serve different routes: a route appears in one release, moves in another,
//! goes in a third. The bindings know the releases whose server source the spec was checked
//! against ([`Release::KNOWN`], generated), and every client method knows which of them serve
//! it. A client told which release its server runs (`ClientBuilder::release`) refuses a
//! call that release does not serve, before sending anything, with
//! [`ErrorKind::Unsupported`](crate::ErrorKind::Unsupported), and sends a call whose route
//! moved where that release serves it. Without a release, a client talks to Zadig as to the
//! latest release ([`Release::LATEST`]).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A release of the Zadig server (`4.2.0`), or its development branch ([`Release::MAIN`]),
/// which is newer than every release.
///
/// Parse one from what people write: `"4.2.0"`, `"v4.2.0"`, `"4.2"` (patch 0) or `"main"`;
/// anything else is an error that says what was expected. The constants of the releases the
/// bindings know (`Release::V4_2_0`, ...) are generated from the spec.
///
/// ```
/// use zadig_api::Release;
///
/// let release: Release = "v4.2".parse()?;
/// assert_eq!(release, Release::new(4, 2, 0));
/// assert_eq!(release.to_string(), "v4.2.0");
/// assert!("4.2.x".parse::<Release>().is_err());
/// # Ok::<(), zadig_api::release::ParseReleaseError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Release(Kind);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Version { major: u16, minor: u16, patch: u16 },
    Main,
}

impl Release {
    /// The development branch: what no release serves yet. A client configured for it sends
    /// the calls only the development branch serves.
    pub const MAIN: Release = Release(Kind::Main);

    /// Release `major.minor.patch`.
    pub const fn new(major: u16, minor: u16, patch: u16) -> Release {
        Release(Kind::Version {
            major,
            minor,
            patch,
        })
    }

    /// Whether this is the development branch rather than a release.
    pub fn is_main(self) -> bool {
        matches!(self.0, Kind::Main)
    }

    /// The known release a server of this release is served as: itself when the bindings know
    /// it; otherwise the newest known release before it (a patch release the bindings do not
    /// list behaves as the release it patches), the oldest known one for an older release,
    /// and [`Release::LATEST`] for a newer one.
    pub fn served_as(self) -> Release {
        if self.is_main() || Release::KNOWN.contains(&self) {
            return self;
        }
        Release::KNOWN
            .iter()
            .copied()
            .filter(|known| !known.is_main() && *known <= self)
            .max()
            .unwrap_or_else(|| Release::KNOWN.first().copied().unwrap_or(Release::LATEST))
            .min(Release::LATEST)
    }
}

impl Ord for Release {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.0, other.0) {
            (Kind::Main, Kind::Main) => Ordering::Equal,
            (Kind::Main, Kind::Version { .. }) => Ordering::Greater,
            (Kind::Version { .. }, Kind::Main) => Ordering::Less,
            (
                Kind::Version {
                    major,
                    minor,
                    patch,
                },
                Kind::Version {
                    major: other_major,
                    minor: other_minor,
                    patch: other_patch,
                },
            ) => (major, minor, patch).cmp(&(other_major, other_minor, other_patch)),
        }
    }
}

impl PartialOrd for Release {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Kind::Version {
                major,
                minor,
                patch,
            } => write!(f, "v{major}.{minor}.{patch}"),
            Kind::Main => f.write_str("main"),
        }
    }
}

/// Why a text is not a [`Release`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseReleaseError {
    text: String,
}

impl fmt::Display for ParseReleaseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a Zadig release: write it as 4.2.0, v4.2.0 or 4.2, or main for the development branch",
            self.text
        )
    }
}

impl std::error::Error for ParseReleaseError {}

impl FromStr for Release {
    type Err = ParseReleaseError;

    fn from_str(text: &str) -> Result<Release, ParseReleaseError> {
        let error = || ParseReleaseError {
            text: text.to_owned(),
        };
        let trimmed = text.trim();
        if trimmed.eq_ignore_ascii_case("main") {
            return Ok(Release::MAIN);
        }
        let digits = trimmed
            .strip_prefix('v')
            .or_else(|| trimmed.strip_prefix('V'))
            .unwrap_or(trimmed);
        let parts: Vec<&str> = digits.split('.').collect();
        let number = |part: &str| -> Result<u16, ParseReleaseError> {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(error());
            }
            part.parse().map_err(|_| error())
        };
        match parts.as_slice() {
            [major, minor] => Ok(Release::new(number(major)?, number(minor)?, 0)),
            [major, minor, patch] => {
                Ok(Release::new(number(major)?, number(minor)?, number(patch)?))
            }
            _ => Err(error()),
        }
    }
}

impl TryFrom<&str> for Release {
    type Error = ParseReleaseError;

    fn try_from(text: &str) -> Result<Release, ParseReleaseError> {
        text.parse()
    }
}

/// Where one client method is served: its releases, and the older paths of a route that
/// moved. Generated for every endpoint.
#[derive(Debug, Clone, Copy)]
#[doc(hidden)]
pub struct Availability {
    /// The first release that serves it; `None`: every release the bindings know.
    pub since: Option<Release>,
    /// The last release that serves it; `None`: still served by the newest.
    pub until: Option<Release>,
    /// Older paths, oldest first, each with the last release that serves it there.
    pub older_paths: &'static [(Release, &'static str)],
}

impl Availability {
    /// Served by every release.
    pub const ALL: Availability = Availability {
        since: None,
        until: None,
        older_paths: &[],
    };

    /// Whether `release` (a release the bindings know) serves the call.
    pub fn serves(&self, release: Release) -> bool {
        self.since.is_none_or(|since| since <= release)
            && self.until.is_none_or(|until| release <= until)
    }

    /// The path template `release` serves the call at, when it is an older one.
    pub fn older_path(&self, release: Release) -> Option<&'static str> {
        self.older_paths
            .iter()
            .filter(|(until, _)| release <= *until)
            .min_by_key(|(until, _)| *until)
            .map(|(_, path)| *path)
    }

    /// The releases that serve the call, in words: `v4.3.0 and later`, `v3.4.0 to v3.4.1`,
    /// `no release yet (the development branch only)`.
    pub fn describe(&self) -> String {
        let releases: Vec<Release> = Release::KNOWN
            .iter()
            .copied()
            .filter(|release| !release.is_main() && self.serves(*release))
            .collect();
        let main_serves = Release::KNOWN.contains(&Release::MAIN) && self.serves(Release::MAIN);
        match (releases.first(), releases.last()) {
            (None, _) | (_, None) => "no release yet (the development branch only)".to_owned(),
            (Some(first), Some(last)) if *last == Release::LATEST && main_serves => {
                format!("{first} and later")
            }
            (Some(first), Some(last)) if first == last => format!("{first} only"),
            (Some(first), Some(last)) => format!("{first} to {last}"),
        }
    }
}

/// What a server says about its own release, read by
/// `Client::server_release` (the same method on the
/// `blocking::Client`).
///
/// Zadig reports its version on `GET /openapi/system/cli/context`, a route served since
/// v5.0.0, and only to a system administrator's token.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ServerRelease {
    /// The server reported its version.
    Reported {
        /// The release read from the version (`v5.0.1-rc1` reads as 5.0.1).
        release: Release,
        /// The version as the server wrote it.
        version: String,
    },
    /// The server reported a version that names no release.
    Unrecognized {
        /// The version as the server wrote it.
        version: String,
    },
    /// The server serves the route but told this token no version: the token is not a
    /// system administrator's.
    Withheld,
    /// The server does not serve the route (it answered 404): a release before v5.0.0.
    BeforeV5,
}

impl ServerRelease {
    /// What the server's `server_version` value says: absent or blank is
    /// [`Withheld`](ServerRelease::Withheld); a version is read from its leading
    /// `major.minor[.patch]`, after an optional `v`, ignoring a suffix such as `-rc1`.
    pub(crate) fn from_version(version: Option<&str>) -> ServerRelease {
        let Some(text) = version.map(str::trim).filter(|text| !text.is_empty()) else {
            return ServerRelease::Withheld;
        };
        let digits = text
            .strip_prefix('v')
            .or_else(|| text.strip_prefix('V'))
            .unwrap_or(text);
        let numeric_len = digits
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(digits.len());
        let numeric = digits[..numeric_len].trim_end_matches('.');
        match numeric.parse::<Release>() {
            Ok(release) => ServerRelease::Reported {
                release,
                version: text.to_owned(),
            },
            Err(_) => ServerRelease::Unrecognized {
                version: text.to_owned(),
            },
        }
    }

    /// The route Zadig reports its version on.
    #[doc(hidden)]
    pub const PATH: &'static str = "/openapi/system/cli/context";

    /// What the answer to [`PATH`](Self::PATH) says; a 404 is
    /// [`BeforeV5`](ServerRelease::BeforeV5), any other error stays one.
    #[doc(hidden)]
    pub fn from_answer(answer: crate::Result<VersionAnswer>) -> crate::Result<ServerRelease> {
        match answer {
            Ok(answer) => Ok(ServerRelease::from_version(
                answer.server_version.as_deref(),
            )),
            Err(err) if err.status() == Some(reqwest::StatusCode::NOT_FOUND) => {
                Ok(ServerRelease::BeforeV5)
            }
            Err(err) => Err(err),
        }
    }

    /// The release, when the server reported one.
    pub fn release(&self) -> Option<Release> {
        match self {
            ServerRelease::Reported { release, .. } => Some(*release),
            _ => None,
        }
    }
}

/// The part of the CLI context answer [`ServerRelease`] reads.
#[derive(Debug, serde::Deserialize)]
#[doc(hidden)]
pub struct VersionAnswer {
    #[serde(default)]
    server_version: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_version_a_server_reports() {
        for (text, release) in [
            ("v5.0.0", Release::new(5, 0, 0)),
            ("5.0.1", Release::new(5, 0, 1)),
            (" v5.1.0-rc1 ", Release::new(5, 1, 0)),
            ("5.1", Release::new(5, 1, 0)),
        ] {
            assert_eq!(
                ServerRelease::from_version(Some(text)).release(),
                Some(release),
                "{text}"
            );
        }
        assert_eq!(ServerRelease::from_version(None), ServerRelease::Withheld);
        assert_eq!(
            ServerRelease::from_version(Some("  ")),
            ServerRelease::Withheld
        );
        assert_eq!(
            ServerRelease::from_version(Some("enterprise")),
            ServerRelease::Unrecognized {
                version: "enterprise".to_owned()
            }
        );
    }

    #[test]
    fn parses_what_people_write_and_nothing_else() {
        for (text, release) in [
            ("4.2.0", Release::new(4, 2, 0)),
            ("v4.2.0", Release::new(4, 2, 0)),
            ("4.2", Release::new(4, 2, 0)),
            (" V5.0 ", Release::new(5, 0, 0)),
            ("4.2.1", Release::new(4, 2, 1)),
            ("main", Release::MAIN),
        ] {
            assert_eq!(text.parse::<Release>(), Ok(release), "{text}");
        }
        for bad in [
            "", "4", "v", "4.2.x", "4.2.0.1", "four", "4..2", "latest", "-4.2", "99999.0",
        ] {
            let err = bad.parse::<Release>().unwrap_err();
            assert!(
                err.to_string().contains("is not a Zadig release"),
                "{bad}: {err}"
            );
        }
    }

    #[test]
    fn orders_releases_and_puts_main_last() {
        assert!(Release::new(4, 10, 0) > Release::new(4, 2, 1));
        assert!(Release::MAIN > Release::new(99, 0, 0));
    }

    #[test]
    fn an_unknown_release_is_served_as_the_known_one_before_it() {
        let oldest = Release::KNOWN[0];
        assert_eq!(oldest.served_as(), oldest);
        assert_eq!(Release::new(0, 1, 0).served_as(), oldest);
        assert_eq!(Release::new(999, 0, 0).served_as(), Release::LATEST);
        assert_eq!(Release::MAIN.served_as(), Release::MAIN);
    }
}
