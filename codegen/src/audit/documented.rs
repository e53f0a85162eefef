//! `spec/documented-endpoints.yaml`: every `METHOD path` of the docs' overview pages, derived
//! from them by `cargo xtask docs endpoints PAGE...` and checked against them by the audit.
//!
//! The file names the pages it was derived from (`pages:`), so that the audit knows which page
//! families are the overview: given the newest version of each, it derives the list again and
//! reports every entry added or removed, and a list derived from older versions, as stale.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

use super::docs::DocPage;
use super::paths::normalise;

/// The file name in the spec directory.
pub const DOCUMENTED_FILE: &str = "documented-endpoints.yaml";

/// One entry: a documented method and path with the pages that list it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentedEntry {
    /// HTTP method, as the docs give it.
    pub method: String,
    /// The path exactly as the first page that lists it writes it.
    pub path: String,
    /// The page files that list it, in the order of `pages`.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The whole file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentedList {
    /// The overview pages it was derived from, in the order given.
    #[serde(default)]
    pub pages: Vec<String>,
    /// Every documented method and path, in page order.
    pub endpoints: Vec<DocumentedEntry>,
}

impl DocumentedList {
    /// Parses the file.
    pub fn parse(text: &str) -> Result<DocumentedList, String> {
        serde_yaml::from_str(text).map_err(|err| err.to_string())
    }

    /// Derives the list from overview pages: every `METHOD /path` they mention, one entry per
    /// method and path (placeholders erased), first-written spelling, in page order.
    pub fn derive(pages: &[&DocPage]) -> DocumentedList {
        let mut entries: IndexMap<(String, String), DocumentedEntry> = IndexMap::new();
        for page in pages {
            for endpoint in &page.endpoints {
                let entry = entries
                    .entry((endpoint.method.clone(), normalise(&endpoint.path)))
                    .or_insert_with(|| DocumentedEntry {
                        method: endpoint.method.clone(),
                        path: endpoint.path.clone(),
                        sources: Vec::new(),
                    });
                if !entry.sources.contains(&page.name) {
                    entry.sources.push(page.name.clone());
                }
            }
        }
        DocumentedList {
            pages: pages.iter().map(|page| page.name.clone()).collect(),
            endpoints: entries.into_values().collect(),
        }
    }

    /// The file's text: a header saying where it comes from, then the YAML.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# Every METHOD path the docs' overview pages list, path exactly as the first page writes it.\n\
             # Derived by `cargo xtask docs endpoints PAGE...`; do not edit by hand. The audit checks it\n\
             # against the pages (`cargo xtask audit --docs ...`).\n",
        );
        out.push_str(&format!("pages: [{}]\n", self.pages.join(", ")));
        out.push_str("endpoints:\n");
        for entry in &self.endpoints {
            out.push_str(&format!(
                "  - method: {}\n    path: {}\n    sources: [{}]\n",
                entry.method,
                entry.path,
                entry.sources.join(", ")
            ));
        }
        out
    }
}

/// The file against the pages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentedCheck {
    /// The pages the file says it was derived from.
    pub pages: Vec<String>,
    /// The given pages it was derived from again (the newest version of each family); empty
    /// when a family was not given, and then nothing was checked.
    pub derived_from: Vec<String>,
    /// The same pages as given on the command line, for the command that derives it again.
    pub given: Vec<String>,
    /// Entries the pages have and the file lacks (or has otherwise: another spelling, listed
    /// by other pages). Sources compare by page family, so a new version of a page alone adds
    /// and removes nothing; it only makes the file stale.
    pub added: Vec<DocumentedEntry>,
    /// Entries the file has and the pages no longer give as written.
    pub removed: Vec<DocumentedEntry>,
}

impl DocumentedCheck {
    /// Whether the file must be derived again.
    pub fn stale(&self) -> bool {
        !self.derived_from.is_empty()
            && (self.derived_from != self.pages
                || !self.added.is_empty()
                || !self.removed.is_empty())
    }
}

/// Checks `file` against the given pages (the versions in use). `None` when the file names no
/// pages. Nothing is compared unless every family it names was given.
pub fn check(file: &DocumentedList, pages: &[&DocPage]) -> Option<DocumentedCheck> {
    if file.pages.is_empty() {
        return None;
    }
    let overview: Option<Vec<&DocPage>> = file
        .pages
        .iter()
        .map(|name| {
            let family = super::docs::page_family(name);
            pages.iter().copied().find(|page| page.family() == family)
        })
        .collect();
    let Some(overview) = overview else {
        return Some(DocumentedCheck {
            pages: file.pages.clone(),
            derived_from: Vec::new(),
            given: Vec::new(),
            added: Vec::new(),
            removed: Vec::new(),
        });
    };
    let derived = DocumentedList::derive(&overview);
    let key = |entry: &DocumentedEntry| {
        let families: Vec<&str> = entry
            .sources
            .iter()
            .map(|source| super::docs::page_family(source))
            .collect();
        (entry.method.clone(), entry.path.clone(), families.join(" "))
    };
    let file_keys: Vec<_> = file.endpoints.iter().map(key).collect();
    let derived_keys: Vec<_> = derived.endpoints.iter().map(key).collect();
    let added = derived
        .endpoints
        .iter()
        .filter(|entry| !file_keys.contains(&key(entry)))
        .cloned()
        .collect();
    let removed = file
        .endpoints
        .iter()
        .filter(|entry| !derived_keys.contains(&key(entry)))
        .cloned()
        .collect();
    Some(DocumentedCheck {
        pages: file.pages.clone(),
        derived_from: derived.pages,
        given: overview.iter().map(|page| page.path.clone()).collect(),
        added,
        removed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(path: &str, text: &str) -> DocPage {
        DocPage::parse(path, text)
    }

    #[test]
    fn derives_and_checks() {
        let en = page(
            "docs/overview.en-v1.0.md",
            "| List | [GET /openapi/pets](/x) |\n| Fetch | [GET /openapi/pets/:id](/y) |\n",
        );
        let zh = page(
            "overview.zh-v1.0.md",
            "| 列表 | [GET /openapi/pets](/x) |\n",
        );
        let list = DocumentedList::derive(&[&en, &zh]);
        assert_eq!(
            list.pages,
            vec!["overview.en-v1.0.md", "overview.zh-v1.0.md"]
        );
        assert_eq!(
            list.endpoints[0].sources,
            vec!["overview.en-v1.0.md", "overview.zh-v1.0.md"]
        );
        assert_eq!(DocumentedList::parse(&list.render()).unwrap(), list);
        let fresh = check(&list, &[&en, &zh]).unwrap();
        assert!(!fresh.stale());

        // A new version with the same rows: nothing to add or remove, but stale.
        let en_same = page(
            "overview.en-v1.1.md",
            "| List | [GET /openapi/pets](/x) |\n| Fetch | [GET /openapi/pets/:id](/y) |\n",
        );
        let moved = check(&list, &[&en_same, &zh]).unwrap();
        assert!(moved.added.is_empty() && moved.removed.is_empty());
        assert!(moved.stale());
        // A row spelt otherwise is removed and added.
        let en_new = page(
            "overview.en-v1.1.md",
            "| List | [GET /openapi/pets](/x) |\n| Fetch | [GET /openapi/pets/{id}](/y) |\n",
        );
        let respelt = check(&list, &[&en_new, &zh]).unwrap();
        assert_eq!((respelt.added.len(), respelt.removed.len()), (1, 1));
        // Without the Chinese page nothing is compared.
        let partial = check(&list, &[&en_new]).unwrap();
        assert!(partial.derived_from.is_empty() && !partial.stale());
    }
}
