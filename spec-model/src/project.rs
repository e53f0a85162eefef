//! The spec as one release serves it: what a client configured for that release may send, and
//! what the checks against that release's facts compare.
//!
//! An item's availability is its `since:`/`until:`; an endpoint's path in a release is the form
//! of `paths:` whose range holds it, else `path`. A query parameter named by a placeholder of
//! the release's path travels in the path there; a path parameter the release's path does not
//! name is not sent. Availability that does not parse counts as every release here (the
//! validator reports it).

use crate::facts::ReleaseFacts;
use crate::load::LoadedSpec;
use crate::path;
use crate::release::{Range, ReleaseName, parse_range};
use crate::spec::{Endpoint, Erratum, Field, Param, ReleaseDifference, TypeShape};

/// Where an item with these `since:` and `until:` is served; every release when they do not
/// parse.
pub fn range_of(since: Option<&str>, until: Option<&str>) -> Range {
    parse_range(since, until).unwrap_or(Range::ALL)
}

impl Endpoint {
    /// The releases that serve the endpoint.
    pub fn range(&self) -> Range {
        range_of(self.since.as_deref(), self.until.as_deref())
    }

    /// The path `release` serves the endpoint at, when it serves it.
    pub fn path_in(&self, release: ReleaseName) -> Option<&str> {
        if !self.range().contains(release) {
            return None;
        }
        self.paths
            .iter()
            .filter_map(|form| Some((ReleaseName::parse(&form.until).ok()?, form)))
            .filter(|(until, _)| release <= *until)
            .min_by_key(|(until, _)| *until)
            .map_or(Some(self.path.as_str()), |(_, form)| {
                Some(form.path.as_str())
            })
    }

    /// Every path the endpoint has been served at, the newest first.
    pub fn all_paths(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.path.as_str()).chain(self.paths.iter().map(|form| form.path.as_str()))
    }
}

impl Param {
    /// The releases that read the parameter (within its endpoint's).
    pub fn range(&self) -> Range {
        range_of(self.since.as_deref(), self.until.as_deref())
    }
}

impl Field {
    /// The releases that send or read the field.
    pub fn range(&self) -> Range {
        range_of(self.since.as_deref(), self.until.as_deref())
    }
}

impl LoadedSpec {
    /// The spec as `release` serves it, with only that release's facts: endpoints, parameters,
    /// fields and enum values outside their ranges are left out, and each endpoint has the
    /// path the release serves it at.
    pub fn for_release(&self, release: ReleaseName) -> LoadedSpec {
        let mut files = self.files.clone();
        for file in &mut files {
            let module = &mut file.module;
            module
                .endpoints
                .retain(|endpoint| endpoint.range().contains(release));
            for endpoint in &mut module.endpoints {
                project_endpoint(endpoint, release);
            }
            for def in module.types.values_mut() {
                def.errata
                    .extend(differences_as_errata(&def.release_differences, release));
                match &mut def.shape {
                    TypeShape::Struct(def) => {
                        def.fields.retain(|field| field.range().contains(release));
                    }
                    TypeShape::Enum(def) => def.values.retain(|value| {
                        range_of(value.since.as_deref(), value.until.as_deref()).contains(release)
                    }),
                    TypeShape::Union(_) => {}
                }
            }
        }
        let releases: Vec<ReleaseFacts> = self
            .releases
            .iter()
            .filter(|facts| facts.release == release)
            .cloned()
            .collect();
        LoadedSpec {
            dir: self.dir.clone(),
            files,
            releases,
        }
    }
}

/// The release differences that hold in `release`, as errata recording their part: in the view
/// of one release, a difference the spec accepts there is recorded like a docs erratum.
fn differences_as_errata(differences: &[ReleaseDifference], release: ReleaseName) -> Vec<Erratum> {
    differences
        .iter()
        .filter(|difference| {
            range_of(difference.since.as_deref(), difference.until.as_deref()).contains(release)
        })
        .map(|difference| Erratum {
            source: format!("release {release}"),
            said: String::new(),
            decision: difference.decision.clone(),
            about: Some(difference.about.clone()),
        })
        .collect()
}

fn project_endpoint(endpoint: &mut Endpoint, release: ReleaseName) {
    let recorded = differences_as_errata(&endpoint.release_differences, release);
    endpoint.errata.extend(recorded);
    let Some(path) = endpoint.path_in(release).map(str::to_owned) else {
        return;
    };
    let placeholders = path::parse_placeholders(&path).unwrap_or_default();
    let in_release = |param: &Param| param.range().contains(release);
    let mut path_params: Vec<Param> = endpoint
        .path_params
        .iter()
        .chain(&endpoint.query)
        .filter(|param| placeholders.contains(&param.name) && in_release(param))
        .cloned()
        .collect();
    for param in &mut path_params {
        param.required = true;
    }
    endpoint
        .query
        .retain(|param| !placeholders.contains(&param.name) && in_release(param));
    endpoint.path_params = path_params;
    endpoint.path = path;
    endpoint.paths.clear();
    endpoint.since = None;
    endpoint.until = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::SpecFile;
    use crate::load::parse_module;

    const MODULE: &str = r#"
module: pods
title: Pods
endpoints:
  - id: restart_pod
    source: server
    undocumented: true
    since: v4.3.0
    method: POST
    path: /envs/{envName}/pods/{podName}/restart
    paths:
      - path: /envs/{envName}/services/{serviceName}/pods/{podName}/restart
        until: v5.0.0
    summary: Restarts a pod.
    path_params:
      - {name: envName, type: string, description: Environment.}
      - {name: serviceName, type: string, description: Service.}
      - {name: podName, type: string, description: Pod.}
    query:
      - {name: projectKey, type: string, required: true, description: Project.}
      - {name: force, type: bool, since: main, description: Restart at once.}
    response: message
"#;

    fn r(text: &str) -> ReleaseName {
        ReleaseName::parse(text).unwrap()
    }

    #[test]
    fn a_release_sees_its_own_path_and_parameters() {
        let module = parse_module("pods.yaml", MODULE).unwrap();
        let endpoint = &module.endpoints[0];
        assert_eq!(endpoint.path_in(r("v4.2.0")), None);
        assert_eq!(
            endpoint.path_in(r("v5.0.0")),
            Some("/envs/{envName}/services/{serviceName}/pods/{podName}/restart")
        );
        assert_eq!(
            endpoint.path_in(r("main")),
            Some("/envs/{envName}/pods/{podName}/restart")
        );

        let spec = LoadedSpec {
            dir: ".".into(),
            files: vec![SpecFile {
                display: "pods.yaml".into(),
                stem: "pods".into(),
                module,
            }],
            releases: Vec::new(),
        };
        let old = spec.for_release(r("v4.3.0"));
        let endpoint = &old.files[0].module.endpoints[0];
        let names = |params: &[Param]| params.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        assert_eq!(
            names(&endpoint.path_params),
            ["envName", "serviceName", "podName"]
        );
        assert_eq!(names(&endpoint.query), ["projectKey"]);
        let main = spec.for_release(r("main"));
        let endpoint = &main.files[0].module.endpoints[0];
        assert_eq!(names(&endpoint.path_params), ["envName", "podName"]);
        assert_eq!(names(&endpoint.query), ["projectKey", "force"]);
        assert!(
            spec.for_release(r("v4.2.0")).files[0]
                .module
                .endpoints
                .is_empty()
        );
    }
}
