//! Reading the checkout: `go.mod`, every Go file of the module parsed with tree-sitter, and an
//! index of each package's top-level declarations and each file's imports.
//!
//! Every non-test `.go` file is parsed up front (two threads; about a second for Zadig's 1,850
//! files in an optimised build), but a file that does not parse only fails the extraction when
//! the extraction reads its package ([`Index::check_parse_errors`]): a broken file in a package
//! the API never reaches does not matter to the facts.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use tree_sitter::{Node, Parser, Tree};

use crate::ExtractError;

/// One parsed Go file.
pub(crate) struct SourceFile {
    /// Path relative to the checkout, with `/`.
    pub rel: String,
    /// The package directory relative to the checkout (`pkg/setting`), `""` for the root.
    pub dir: String,
    pub text: String,
    pub tree: Tree,
    /// The first ERROR or MISSING node: 1-based line and what it is.
    pub error: Option<(usize, String)>,
}

/// Every Go file of the module, parsed.
pub(crate) struct Module {
    /// The module path from `go.mod` (`github.com/koderover/zadig/v2`).
    pub path: String,
    /// Sorted by path, so declaration order across a package's files is stable.
    pub files: Vec<SourceFile>,
}

/// Names files and directories the Go tool ignores, plus vendored code.
fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || name.starts_with('_') || name == "vendor" || name == "testdata"
}

impl Module {
    /// Reads `go.mod` and parses every non-test Go file under `src`.
    pub fn load(src: &Path) -> Result<Module, ExtractError> {
        let go_mod = src.join("go.mod");
        let text = std::fs::read_to_string(&go_mod).map_err(|err| {
            ExtractError::new(format!(
                "{} is not a Zadig checkout: cannot read go.mod ({err})",
                src.display()
            ))
        })?;
        let path = text
            .lines()
            .find_map(|line| line.trim().strip_prefix("module "))
            .map(|rest| rest.trim().trim_matches('"').to_owned())
            .unwrap_or_default();
        if path != "github.com/koderover/zadig" && !path.starts_with("github.com/koderover/zadig/")
        {
            return Err(ExtractError::new(format!(
                "{} is not a Zadig checkout: go.mod declares module `{path}`, not github.com/koderover/zadig",
                src.display()
            )));
        }
        let mut paths = Vec::new();
        collect_go_files(src, src, &mut paths)?;
        paths.sort();
        let files = parse_all(src, &paths)?;
        Ok(Module { path, files })
    }
}

fn collect_go_files(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), ExtractError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|err| ExtractError::new(format!("cannot read {}: {err}", dir.display())))?;
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        // Not following symlinks: a link back up the tree would never end.
        let is_dir = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if is_dir {
            if !skipped_dir(name) {
                collect_go_files(root, &path, out)?;
            }
        } else if name.ends_with(".go") && !name.ends_with("_test.go") && !skipped_dir(name) {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push(rel.join("/"));
        }
    }
    Ok(())
}

fn parse_all(root: &Path, paths: &[String]) -> Result<Vec<SourceFile>, ExtractError> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .clamp(1, 8);
    let chunk = paths.len().div_ceil(threads).max(1);
    let results: Vec<Result<Vec<SourceFile>, ExtractError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| scope.spawn(move || parse_chunk(root, part)))
            .collect();
        handles
            .into_iter()
            .map(|handle| {
                handle.join().unwrap_or_else(|_| {
                    Err(ExtractError::new("internal error: a parser thread failed"))
                })
            })
            .collect()
    });
    let mut files = Vec::with_capacity(paths.len());
    for result in results {
        files.extend(result?);
    }
    Ok(files)
}

fn parse_chunk(root: &Path, paths: &[String]) -> Result<Vec<SourceFile>, ExtractError> {
    let mut parser = Parser::new();
    parser
        .set_language(&tree_sitter_go::LANGUAGE.into())
        .map_err(|err| ExtractError::new(format!("internal error: tree-sitter-go: {err}")))?;
    let mut out = Vec::with_capacity(paths.len());
    for rel in paths {
        let bytes = std::fs::read(root.join(rel))
            .map_err(|err| ExtractError::at(rel, 0, format!("cannot read: {err}")))?;
        let mut text = String::from_utf8_lossy(&bytes).into_owned();
        // The grammar wants a terminator after the last declaration; Go does not. A missing
        // final newline would otherwise show up as a MISSING node.
        if !text.ends_with('\n') {
            text.push('\n');
        }
        let tree = parser
            .parse(&text, None)
            .ok_or_else(|| ExtractError::at(rel, 0, "tree-sitter gave up parsing it"))?;
        let error = first_error(tree.root_node());
        let dir = rel
            .rsplit_once('/')
            .map(|(d, _)| d.to_owned())
            .unwrap_or_default();
        out.push(SourceFile {
            rel: rel.clone(),
            dir,
            text,
            tree,
            error,
        });
    }
    Ok(out)
}

/// The first ERROR or MISSING node in source order, as (1-based line, description).
fn first_error(node: Node) -> Option<(usize, String)> {
    if node.is_error() {
        return Some((node.start_position().row + 1, "syntax error".to_owned()));
    }
    if node.is_missing() {
        return Some((
            node.start_position().row + 1,
            format!("missing `{}`", node.kind()),
        ));
    }
    if !node.has_error() {
        return None;
    }
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        if let Some(found) = first_error(child) {
            return Some(found);
        }
    }
    // `has_error` with no ERROR/MISSING child: report the node itself.
    Some((node.start_position().row + 1, "syntax error".to_owned()))
}

/// A top-level declaration: the file it is in and its node.
#[derive(Clone, Copy)]
pub(crate) struct Decl<'m> {
    pub file: usize,
    pub node: Node<'m>,
}

/// One constant spec name, in declaration order.
#[derive(Clone)]
pub(crate) struct ConstDecl<'m> {
    pub file: usize,
    pub name: String,
    /// The `const_spec` that declares it.
    pub spec: Node<'m>,
    /// The position of the name in the spec's name list.
    pub index: usize,
    /// The spec's position in its `const (...)` block (the value of `iota`).
    pub iota: u64,
    /// The spec whose type and values apply (itself, or the last one that had values).
    pub source: Node<'m>,
}

/// A package's top-level declarations.
#[derive(Default)]
pub(crate) struct Package<'m> {
    /// Files of the package, indexes into [`Module::files`].
    pub files: Vec<usize>,
    /// `type_spec` or `type_alias` nodes by name.
    pub types: HashMap<String, Decl<'m>>,
    /// `function_declaration` nodes by name.
    pub funcs: HashMap<String, Decl<'m>>,
    /// `method_declaration` nodes by receiver base type name, then method name.
    pub methods: HashMap<String, HashMap<String, Decl<'m>>>,
    /// Constants in declaration order (files sorted by name).
    pub consts: Vec<ConstDecl<'m>>,
    /// `var_spec` nodes by variable name, with the name's index in the spec.
    pub vars: HashMap<String, (Decl<'m>, usize)>,
}

/// Per file: the package import names in scope.
pub(crate) struct FileInfo {
    /// Import name (explicit alias or the package's name) to import path.
    pub imports: HashMap<String, String>,
    /// Import paths in order, to match a name Go derives from the package clause.
    pub paths: Vec<String>,
}

/// The module's declarations, by package directory.
pub(crate) struct Index<'m> {
    pub module: &'m Module,
    pub packages: BTreeMap<String, Package<'m>>,
    pub files: Vec<FileInfo>,
    /// Packages the extraction looked into, so parse errors in them fail it.
    read: RefCell<BTreeSet<String>>,
}

impl<'m> Index<'m> {
    /// Indexes every file's top-level declarations and imports.
    pub fn build(module: &'m Module) -> Index<'m> {
        let mut packages: BTreeMap<String, Package<'m>> = BTreeMap::new();
        // The package clause name of each directory, to name imports without an alias.
        let mut names: HashMap<&str, String> = HashMap::new();
        for file in &module.files {
            if names.contains_key(file.dir.as_str()) {
                continue;
            }
            let root = file.tree.root_node();
            let mut cursor = root.walk();
            for child in root.named_children(&mut cursor) {
                if child.kind() == "package_clause"
                    && let Some(name) = child.named_child(0)
                {
                    names.insert(&file.dir, text(name, &file.text).to_owned());
                }
            }
        }
        let mut infos = Vec::with_capacity(module.files.len());
        for (index, file) in module.files.iter().enumerate() {
            let package = packages.entry(file.dir.clone()).or_default();
            package.files.push(index);
            let root = file.tree.root_node();
            let mut info = FileInfo {
                imports: HashMap::new(),
                paths: Vec::new(),
            };
            let mut cursor = root.walk();
            for child in root.named_children(&mut cursor) {
                match child.kind() {
                    "import_declaration" => {
                        index_imports(child, file, module, &names, &mut info);
                    }
                    "function_declaration" => {
                        if let Some(name) = child.child_by_field_name("name") {
                            package.funcs.insert(
                                text(name, &file.text).to_owned(),
                                Decl {
                                    file: index,
                                    node: child,
                                },
                            );
                        }
                    }
                    "method_declaration" => {
                        let name = child.child_by_field_name("name");
                        let receiver = child
                            .child_by_field_name("receiver")
                            .and_then(|r| receiver_type_name(r, &file.text));
                        if let (Some(name), Some(receiver)) = (name, receiver) {
                            package.methods.entry(receiver).or_default().insert(
                                text(name, &file.text).to_owned(),
                                Decl {
                                    file: index,
                                    node: child,
                                },
                            );
                        }
                    }
                    "type_declaration" => {
                        let mut c = child.walk();
                        for spec in child.named_children(&mut c) {
                            if let Some(name) = spec.child_by_field_name("name") {
                                package.types.insert(
                                    text(name, &file.text).to_owned(),
                                    Decl {
                                        file: index,
                                        node: spec,
                                    },
                                );
                            }
                        }
                    }
                    "const_declaration" => index_consts(child, index, &file.text, package),
                    "var_declaration" => {
                        for spec in var_specs(child) {
                            let mut c = spec.walk();
                            for (i, name) in spec.children_by_field_name("name", &mut c).enumerate()
                            {
                                package.vars.insert(
                                    text(name, &file.text).to_owned(),
                                    (
                                        Decl {
                                            file: index,
                                            node: spec,
                                        },
                                        i,
                                    ),
                                );
                            }
                        }
                    }
                    _ => {}
                }
            }
            infos.push(info);
        }
        Index {
            module,
            packages,
            files: infos,
            read: RefCell::new(BTreeSet::new()),
        }
    }

    /// The package at `dir`, recording that the extraction read it.
    pub fn package(&self, dir: &str) -> Option<&Package<'m>> {
        let package = self.packages.get(dir)?;
        self.read.borrow_mut().insert(dir.to_owned());
        Some(package)
    }

    /// The file's source text.
    pub fn text(&self, file: usize) -> &'m str {
        self.module
            .files
            .get(file)
            .map(|f| f.text.as_str())
            .unwrap_or("")
    }

    /// The file's package directory.
    pub fn dir(&self, file: usize) -> &'m str {
        self.module
            .files
            .get(file)
            .map(|f| f.dir.as_str())
            .unwrap_or("")
    }

    /// `file:line` of a node.
    pub fn at(&self, file: usize, node: Node) -> String {
        let rel = self
            .module
            .files
            .get(file)
            .map(|f| f.rel.as_str())
            .unwrap_or("?");
        format!("{rel}:{}", node.start_position().row + 1)
    }

    /// The source text of a node.
    pub fn node_text(&self, file: usize, node: Node) -> &'m str {
        text(node, self.text(file))
    }

    /// The import path a package name refers to in a file, if it is an import there.
    pub fn import(&self, file: usize, name: &str) -> Option<&str> {
        let info = self.files.get(file)?;
        if let Some(path) = info.imports.get(name) {
            return Some(path);
        }
        None
    }

    /// The module-relative directory of an import path, if it is inside the module.
    pub fn module_dir<'a>(&self, import: &'a str) -> Option<&'a str> {
        if import == self.module.path {
            return Some("");
        }
        import
            .strip_prefix(self.module.path.as_str())
            .and_then(|rest| rest.strip_prefix('/'))
    }

    /// Fails with the first parse error in a package the extraction read.
    pub fn check_parse_errors(&self) -> Result<(), ExtractError> {
        let read = self.read.borrow();
        for file in &self.module.files {
            if let Some((line, what)) = &file.error
                && read.contains(&file.dir)
            {
                return Err(ExtractError::at(
                    &file.rel,
                    *line,
                    format!("cannot parse this Go file ({what})"),
                ));
            }
        }
        Ok(())
    }
}

/// The source text of a node (empty if the range is not text, which tree-sitter never gives).
pub(crate) fn text<'a>(node: Node, source: &'a str) -> &'a str {
    source.get(node.byte_range()).unwrap_or("")
}

/// The specs of a `var` declaration, grouped or not.
pub(crate) fn var_specs(decl: Node) -> Vec<Node> {
    let mut out = Vec::new();
    let mut cursor = decl.walk();
    for child in decl.named_children(&mut cursor) {
        match child.kind() {
            "var_spec" => out.push(child),
            "var_spec_list" => {
                let mut c = child.walk();
                out.extend(
                    child
                        .named_children(&mut c)
                        .filter(|n| n.kind() == "var_spec"),
                );
            }
            _ => {}
        }
    }
    out
}

/// The base type name of a method receiver: `(s *Server)` gives `Server`.
fn receiver_type_name(receiver: Node, source: &str) -> Option<String> {
    let param = receiver.named_child(0)?;
    let mut ty = param.child_by_field_name("type")?;
    loop {
        match ty.kind() {
            "pointer_type" | "parenthesized_type" => ty = ty.named_child(0)?,
            "generic_type" => ty = ty.child_by_field_name("type")?,
            "type_identifier" => return Some(text(ty, source).to_owned()),
            _ => return None,
        }
    }
}

fn index_imports(
    decl: Node,
    file: &SourceFile,
    module: &Module,
    names: &HashMap<&str, String>,
    info: &mut FileInfo,
) {
    let mut specs = Vec::new();
    let mut cursor = decl.walk();
    for child in decl.named_children(&mut cursor) {
        match child.kind() {
            "import_spec" => specs.push(child),
            "import_spec_list" => {
                let mut c = child.walk();
                specs.extend(
                    child
                        .named_children(&mut c)
                        .filter(|n| n.kind() == "import_spec"),
                );
            }
            _ => {}
        }
    }
    let mut explicit = Vec::new();
    let mut guessed = Vec::new();
    for spec in specs {
        let Some(path) = spec.child_by_field_name("path") else {
            continue;
        };
        let path = string_literal(path, &file.text);
        info.paths.push(path.clone());
        match spec.child_by_field_name("name") {
            Some(alias) if alias.kind() == "package_identifier" => {
                explicit.push((text(alias, &file.text).to_owned(), path));
            }
            // `_` and `.` imports bring no name into scope.
            Some(_) => {}
            None => {
                let inside = if path == module.path {
                    Some("")
                } else {
                    path.strip_prefix(module.path.as_str())
                        .and_then(|r| r.strip_prefix('/'))
                };
                match inside.and_then(|dir| names.get(dir)) {
                    Some(name) => explicit.push((name.clone(), path)),
                    None => {
                        for name in default_import_names(&path) {
                            guessed.push((name, path.clone()));
                        }
                    }
                }
            }
        }
    }
    // A name the source gives (or a module package's clause) wins over a guessed one.
    for (name, path) in guessed {
        info.imports.entry(name).or_insert(path);
    }
    for (name, path) in explicit {
        info.imports.insert(name, path);
    }
}

/// The names Go may give an outside package when the source gives none: its package clause,
/// which by convention is the last path element without a `.vN` suffix or `go-` prefix. A last
/// element `vN` is either the package's name (`k8s.io/api/core/v1`) or a major version
/// (`github.com/google/go-github/v35`), so both candidates are returned.
pub(crate) fn default_import_names(path: &str) -> Vec<String> {
    let clean = |last: &str| {
        let last = last.split('.').next().unwrap_or(last);
        let last = last.strip_prefix("go-").unwrap_or(last);
        let last = last.strip_suffix("-go").unwrap_or(last);
        last.replace('-', "")
    };
    let parts: Vec<&str> = path.split('/').collect();
    let last = parts.last().copied().unwrap_or(path);
    let mut names = vec![clean(last)];
    let versioned =
        last.len() > 1 && last.starts_with('v') && last[1..].chars().all(|c| c.is_ascii_digit());
    if versioned && parts.len() > 1 {
        names.push(clean(parts[parts.len() - 2]));
    }
    names
}

fn index_consts<'m>(decl: Node<'m>, file: usize, source: &str, package: &mut Package<'m>) {
    let mut cursor = decl.walk();
    let mut source_spec: Option<Node<'m>> = None;
    let mut iota = 0u64;
    for spec in decl.named_children(&mut cursor) {
        if spec.kind() != "const_spec" {
            continue;
        }
        if spec.child_by_field_name("value").is_some() || source_spec.is_none() {
            source_spec = Some(spec);
        }
        let from = source_spec.unwrap_or(spec);
        let mut c = spec.walk();
        for (index, name) in spec.children_by_field_name("name", &mut c).enumerate() {
            if name.kind() != "identifier" {
                continue;
            }
            package.consts.push(ConstDecl {
                file,
                name: text(name, source).to_owned(),
                spec,
                index,
                iota,
                source: from,
            });
        }
        iota += 1;
    }
}

/// The contents of a Go string literal, escapes decoded.
pub(crate) fn string_literal(node: Node, source: &str) -> String {
    let raw = text(node, source);
    if node.kind() == "raw_string_literal" {
        return raw.trim_matches('`').to_owned();
    }
    let inner = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    unescape(inner)
}

fn unescape(inner: &str) -> String {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('\'') => out.push('\''),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_import_names_guess_the_package_clause() {
        let names = |path: &str| default_import_names(path).join(" ");
        assert_eq!(names("github.com/gin-gonic/gin"), "gin");
        assert_eq!(names("gopkg.in/yaml.v3"), "yaml");
        assert_eq!(names("k8s.io/api/core/v1"), "v1 core");
        assert_eq!(names("github.com/google/go-github/v35"), "v35 github");
        assert_eq!(names("github.com/hashicorp/go-multierror"), "multierror");
        assert_eq!(names("encoding/json"), "json");
    }
}
