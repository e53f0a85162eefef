//! Where client methods are served: releases a method gains or loses, paths that moved, and the
//! default release (the latest the bindings know) moving on.

use std::collections::BTreeMap;

use super::{ChangeKind, Changes};
use crate::ir::{Api, EndpointItem};
use crate::release::ReleaseName;

/// The releases a method is served by, among `known`, and the path each serves it at.
fn served(endpoint: &EndpointItem, known: &[ReleaseName]) -> BTreeMap<ReleaseName, String> {
    known
        .iter()
        .filter(|release| endpoint.served.contains(**release))
        .map(|release| {
            let path = endpoint
                .older_paths
                .iter()
                .filter(|form| *release <= form.until)
                .min_by_key(|form| form.until)
                .map_or(endpoint.path.as_str(), |form| form.path.as_str());
            (*release, crate::path::route_key(path))
        })
        .collect()
}

fn list(releases: &[ReleaseName]) -> String {
    releases
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn diff_releases(old: &Api, new: &Api, changes: &mut Changes) {
    // Only releases both sides know are compared: a release added to the facts is not a
    // method gaining it, nor one removed a method losing it.
    let common: Vec<ReleaseName> = old
        .releases
        .iter()
        .copied()
        .filter(|release| new.releases.contains(release))
        .collect();
    let old_methods: BTreeMap<&str, &EndpointItem> = old
        .endpoints()
        .map(|e| (e.method.rust.as_str(), e))
        .collect();
    let (old_default, new_default) = (old.latest_release(), new.latest_release());
    for module in &new.modules {
        for endpoint in &module.endpoints {
            let method = endpoint.method.rust.as_str();
            let Some(before) = old_methods.get(method) else {
                continue;
            };
            let was = served(before, &common);
            let now = served(endpoint, &common);
            let gained: Vec<ReleaseName> = now
                .keys()
                .filter(|r| !was.contains_key(r))
                .copied()
                .collect();
            let lost: Vec<ReleaseName> = was
                .keys()
                .filter(|r| !now.contains_key(r))
                .copied()
                .collect();
            let item = format!("{method}()");
            if !gained.is_empty() {
                changes.push(
                    &module.name,
                    &item,
                    ChangeKind::ReleasesGained,
                    format!("now served by {} too", list(&gained)),
                );
            }
            if !lost.is_empty() {
                changes.push(
                    &module.name,
                    &item,
                    ChangeKind::ReleasesLost,
                    format!(
                        "no longer served by {}: a client configured for them refuses the call",
                        list(&lost)
                    ),
                );
            }
            let moved: Vec<ReleaseName> = now
                .iter()
                .filter(|(release, path)| was.get(release).is_some_and(|old| old != *path))
                .map(|(release, _)| *release)
                .collect();
            if !moved.is_empty() {
                changes.push(
                    &module.name,
                    &item,
                    ChangeKind::ReleasePathsChanged,
                    format!("sent at another path for {}", list(&moved)),
                );
            }
            if let (Some(old_default), Some(new_default)) = (old_default, new_default)
                && old_default != new_default
                && before.served.contains(old_default)
                && !endpoint.served.contains(new_default)
            {
                changes.push(
                    &module.name,
                    &item,
                    ChangeKind::DefaultReleaseDropsMethod,
                    format!(
                        "{new_default}, the new default release, does not serve it: a client without a configured release refuses it"
                    ),
                );
            }
        }
    }
    if old_default != new_default {
        let name = |release: Option<ReleaseName>| {
            release.map_or_else(|| "none".to_owned(), |release| release.to_string())
        };
        changes.push(
            "",
            "Client (default release)",
            ChangeKind::DefaultReleaseChanged,
            format!(
                "a client without a configured release now talks to Zadig as {} (was {})",
                name(new_default),
                name(old_default)
            ),
        );
    }
}
