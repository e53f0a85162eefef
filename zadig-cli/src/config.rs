//! Where the connection comes from: the server's URL, the API token and the Zadig release.
//!
//! Each is taken from the first of: a flag (`--url`, `--release`; the token has none, so it
//! never lands in shell history or a process list), the environment (`ZADIG_URL`,
//! `ZADIG_TOKEN`, `ZADIG_RELEASE`), the profile of the config file (`--profile` or
//! `ZADIG_PROFILE`, else the file's `default_profile`). The file is `$ZADIG_CONFIG`, else
//! `$XDG_CONFIG_HOME/zadig/config.yaml`, else `~/.config/zadig/config.yaml`:
//!
//! ```yaml
//! default_profile: prod
//! profiles:
//!   prod:
//!     url: https://zadig.example.com
//!     token: ...            # or token_env: NAME_OF_A_VARIABLE holding it
//!     release: "4.2"
//! ```

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use zadig_api::Release;

use crate::failure::Failure;

/// The config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    /// The profile used when none is named.
    #[serde(default)]
    default_profile: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// One named server.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Profile {
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    token: Option<String>,
    /// The name of an environment variable holding the token.
    #[serde(default)]
    token_env: Option<String>,
    #[serde(default)]
    release: Option<String>,
}

impl std::fmt::Debug for Profile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the token.
        f.debug_struct("Profile")
            .field("url", &self.url)
            .field("token_env", &self.token_env)
            .field("release", &self.release)
            .finish_non_exhaustive()
    }
}

/// What the command line says about the connection.
pub(crate) struct Options {
    pub(crate) url: Option<String>,
    pub(crate) profile: Option<String>,
    pub(crate) release: Option<String>,
    pub(crate) verbose: bool,
}

/// The resolved connection settings.
pub(crate) struct Connection {
    url: Option<String>,
    token: Option<String>,
    pub(crate) release: Option<Release>,
    verbose: bool,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("url", &self.url)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("release", &self.release)
            .finish()
    }
}

fn env(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .filter(|value| !value.trim().is_empty())
}

/// The config file's path.
fn config_path() -> Option<PathBuf> {
    if let Some(path) = env("ZADIG_CONFIG") {
        return Some(PathBuf::from(path));
    }
    let base = env("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|home| PathBuf::from(home).join(".config")))?;
    Some(base.join("zadig").join("config.yaml"))
}

/// Reads the config file; a missing file is an empty one.
fn load(path: &PathBuf) -> Result<File, Failure> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(File::default()),
        Err(err) => {
            return Err(Failure::usage(format!(
                "cannot read the config file {}: {err}",
                path.display()
            )));
        }
    };
    if text.trim().is_empty() {
        return Ok(File::default());
    }
    serde_yaml::from_str(&text).map_err(|err| {
        Failure::usage(format!(
            "the config file {} is not valid: {err}",
            path.display()
        ))
    })
}

impl Connection {
    /// Resolves the settings; only a named profile that does not exist, a config file that
    /// does not read, or a release that does not parse fails here (a missing URL or token fails
    /// when a command needs the client).
    pub(crate) fn resolve(options: Options) -> Result<Connection, Failure> {
        let path = config_path();
        let named = options.profile.clone().or_else(|| env("ZADIG_PROFILE"));
        // The file is read only when something may come from it.
        let needs_file = named.is_some()
            || options.url.is_none() && env("ZADIG_URL").is_none()
            || env("ZADIG_TOKEN").is_none();
        let file = match (&path, needs_file) {
            (Some(path), true) => load(path)?,
            _ => File::default(),
        };
        let chosen = named.clone().or(file.default_profile.clone());
        let profile = match &chosen {
            Some(name) => match file.profiles.get(name) {
                Some(profile) => Some(profile),
                None if named.is_none() => None,
                None => {
                    let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
                    let place = path
                        .as_ref()
                        .map(|path| path.display().to_string())
                        .unwrap_or_else(|| "the config file".to_owned());
                    return Err(Failure::usage(if known.is_empty() {
                        format!("no profile `{name}`: {place} names no profiles")
                    } else {
                        format!(
                            "no profile `{name}` in {place} (it has: {})",
                            known.join(", ")
                        )
                    }));
                }
            },
            None => None,
        };
        let url = options
            .url
            .or_else(|| env("ZADIG_URL"))
            .or_else(|| profile.and_then(|p| p.url.clone()));
        let token = env("ZADIG_TOKEN").or_else(|| {
            profile.and_then(|p| {
                p.token_env
                    .as_deref()
                    .and_then(env)
                    .or_else(|| p.token.clone())
            })
        });
        if let (Some(profile), Some(path)) = (profile, &path)
            && profile.token.is_some()
        {
            warn_if_readable(path);
        }
        let release = options
            .release
            .or_else(|| env("ZADIG_RELEASE"))
            .or_else(|| profile.and_then(|p| p.release.clone()))
            .map(|text| {
                text.parse::<Release>()
                    .map_err(|err| Failure::usage(err.to_string()))
            })
            .transpose()?;
        Ok(Connection {
            url,
            token,
            release,
            verbose: options.verbose,
        })
    }

    /// The client for these settings.
    pub(crate) fn client(&self) -> Result<zadig_api::Client, Failure> {
        let url = self.url.as_deref().ok_or_else(|| {
            Failure::usage("no Zadig URL: give --url, set ZADIG_URL, or use a profile with a url")
        })?;
        let token = self.token.as_deref().ok_or_else(|| {
            Failure::usage("no API token: set ZADIG_TOKEN, or use a profile with a token")
        })?;
        let mut builder = zadig_api::Client::builder()
            .base_url(url)
            .token(token)
            .user_agent(concat!("zadig-cli/", env!("CARGO_PKG_VERSION")));
        if let Some(release) = self.release {
            builder = builder.release(release);
        }
        if self.verbose {
            builder = builder.interceptor(crate::verbose::Trace);
        }
        builder.build().map_err(Failure::from)
    }
}

/// A config file holding a token should be readable by its owner alone.
fn warn_if_readable(path: &PathBuf) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path)
            && meta.permissions().mode() & 0o077 != 0
        {
            eprintln!(
                "warning: {} holds a token and others can read it; run `chmod 600 {}`",
                path.display(),
                path.display()
            );
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}
