//! Extracting every `METHOD /path` from the vendor's doc pages.
//!
//! The pages come in a few layouts, all handled line by line:
//!
//! - overview tables, with two columns (description, link) or three (module, description,
//!   link), English or Chinese: every `METHOD /path` in a table row is taken, usually a link
//!   text `[GET /openapi/...](...)`, sometimes two per cell separated by `<br>`;
//! - Markdown links anywhere else (`- [GET /openapi/...](...)`);
//! - request lines, in a code block, indented, or plain text: a line that starts with the
//!   method (`GET /openapi/workflows?projectKey=<project identifier>`).
//!
//! Placeholders may be `:name`, `{name}`, `<name>` or `<several words>`; the query string is
//! dropped. HTML comments (rows the vendor commented out) are skipped. Prose that merely
//! mentions a path is not a request line and is ignored.

use super::docs_facts::{self, PageFacts};
pub use super::page_text::parse_request;
use super::page_text::{blank_html_comments, scan};

/// One `METHOD /path` found on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocEndpoint {
    /// Upper-case HTTP method.
    pub method: String,
    /// The path as the page writes it, without the query string.
    pub path: String,
    /// 1-based line number on the page.
    pub line: usize,
}

/// A doc page and what it documents.
#[derive(Debug, Clone, PartialEq)]
pub struct DocPage {
    /// The path the page was read from, as given (shown in the page list).
    pub path: String,
    /// The page's file name (`overview.en-v4.0.md`), which errata name as their `source`.
    pub name: String,
    /// Every method and path on the page, in page order.
    pub endpoints: Vec<DocEndpoint>,
    /// What its detail sections say about each endpoint (none on an overview page).
    pub facts: PageFacts,
}

impl DocPage {
    /// Extracts the endpoints of `text`; `path` is where it was read from.
    pub fn parse(path: &str, text: &str) -> DocPage {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path).to_owned();
        DocPage {
            path: path.to_owned(),
            facts: docs_facts::read(&name, text),
            name,
            endpoints: extract(text),
        }
    }

    /// The page's family: its file name without extension and version suffix, so a newer
    /// version of a page stands in for the one an erratum names (`overview.en-v4.0.md` and
    /// `overview.en-v4.1.md` are both `overview.en`).
    pub fn family(&self) -> &str {
        page_family(&self.name)
    }
}

/// The family of a doc file name: `overview.en-v4.0.md` → `overview.en`,
/// `workflow.en.txt` → `workflow.en`, `release-plan.en-v4.2.txt` → `release-plan.en`.
pub fn page_family(name: &str) -> &str {
    let stem = match name.rsplit_once('.') {
        Some((stem, extension))
            if !extension.is_empty() && extension.chars().all(|c| c.is_ascii_alphanumeric()) =>
        {
            if extension.chars().all(|c| c.is_ascii_digit()) {
                name
            } else {
                stem
            }
        }
        _ => name,
    };
    if let Some(index) = stem.rfind("-v") {
        let version = &stem[index + 2..];
        if version.starts_with(|c: char| c.is_ascii_digit())
            && version.chars().all(|c| c.is_ascii_digit() || c == '.')
        {
            return &stem[..index];
        }
    }
    stem
}

/// Every `METHOD /path` on a page, in order, with its line number.
pub fn extract(text: &str) -> Vec<DocEndpoint> {
    let text = blank_html_comments(text);
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let mut on_line: Vec<(String, String)> = Vec::new();
        let trimmed = line.trim();
        if trimmed.starts_with('|') {
            on_line.extend(scan(line, |_| true));
        } else {
            let request = trimmed.trim_start_matches(['`', '>', ' ', '\t']);
            if let Some(hit) = parse_request(request) {
                on_line.push(hit);
            }
            on_line.extend(scan(line, |before| before == Some('[')));
        }
        for (method, path) in on_line {
            if !found.iter().any(|seen: &DocEndpoint| {
                seen.line == line_number && seen.method == method && seen.path == path
            }) {
                found.push(DocEndpoint {
                    method,
                    path,
                    line: line_number,
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String, usize)> {
        extract(text)
            .into_iter()
            .map(|e| (e.method, e.path, e.line))
            .collect()
    }

    #[test]
    fn tables_with_links() {
        let text = "\
| Description | API Links |
| :--- | :--- |
| List | [GET /openapi/projects/project](/en/api/project/#list) |
| Module | Env | Test: [GET /openapi/environments/:envName](/x)<br> Production: [GET /openapi/environments/production/:envName](/y) |
<!-- | gone | [GET /api/directory/dc/artifact](/z) | -->
| 环境 | 查看 | 测试环境：[DELETE /openapi/environments/:envName](/cn)<br>生产环境：[DELETE /openapi/environments/production/:envName](/cn) |
| Plain | cells | `PUT /openapi/a/<id>`<br>PATCH /openapi/b/:id<br/>DELETE /openapi/c |
";
        assert_eq!(
            pairs(text),
            vec![
                ("GET".into(), "/openapi/projects/project".into(), 3),
                ("GET".into(), "/openapi/environments/:envName".into(), 4),
                (
                    "GET".into(),
                    "/openapi/environments/production/:envName".into(),
                    4
                ),
                ("DELETE".into(), "/openapi/environments/:envName".into(), 6),
                (
                    "DELETE".into(),
                    "/openapi/environments/production/:envName".into(),
                    6
                ),
                ("PUT".into(), "/openapi/a/<id>".into(), 7),
                ("PATCH".into(), "/openapi/b/:id".into(), 7),
                ("DELETE".into(), "/openapi/c".into(), 7),
            ]
        );
    }

    #[test]
    fn request_lines() {
        let text = "\
**Request**

```
GET /openapi/environments/<environmentKey>/envcfg/<environment configuration name>?projectKey=<projectKey>&type=<t>
```
    PATCH /openapi/release_plan/v1/:id
POST /openapi/workflows/custom/task
The server also routes PUT /openapi/environments/production/envcfgs in prose.
curl -X POST http://yours.zadig.com/openapi/x
GETTING /openapi/nothing
";
        assert_eq!(
            pairs(text),
            vec![
                ("GET".into(), "/openapi/environments/<environmentKey>/envcfg/<environment configuration name>".into(), 4),
                ("PATCH".into(), "/openapi/release_plan/v1/:id".into(), 6),
                ("POST".into(), "/openapi/workflows/custom/task".into(), 7),
            ]
        );
    }

    #[test]
    fn request_line_parsing() {
        assert_eq!(
            parse_request("PUT /a/envcfgs?projectKey=<projectKey>"),
            Some(("PUT".into(), "/a/envcfgs".into()))
        );
        assert_eq!(parse_request("`value` | Variable Value | string"), None);
        assert_eq!(parse_request("workLoadtype"), None);
        assert_eq!(parse_request("GET/a"), None);
    }

    #[test]
    fn families() {
        assert_eq!(page_family("overview.en-v4.0.md"), "overview.en");
        assert_eq!(page_family("overview.zh-v3.4.md"), "overview.zh");
        assert_eq!(page_family("workflow.en.txt"), "workflow.en");
        assert_eq!(page_family("release-plan.en-v4.2.txt"), "release-plan.en");
        assert_eq!(page_family("env"), "env");
    }
}
