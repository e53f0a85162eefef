//! Bringing an output directory in line with the generated files, or checking that it is.
//!
//! Like rust-analyzer's `ensure_file_contents`: the same comparison serves `cargo xtask
//! codegen --check` and the test that guards the committed output.
//!
//! The comparison ignores line endings: the generator writes LF, and a checkout made with
//! `core.autocrlf` (Windows) holds the same files with CRLF, which is not a stale file.
//! (`.gitattributes` asks git for LF in the generated directories; this covers checkouts
//! made before it, or with other settings.)

use std::borrow::Cow;
use std::fs;
use std::path::Path;

use crate::emit::{GeneratedFile, header};

/// How one file on disk differs from what the spec generates.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Drift {
    /// The file is generated but not on disk.
    Missing(String),
    /// The file on disk has other contents.
    Stale(String),
    /// A generated file (it has our header) that the spec no longer produces.
    Extra(String),
}

impl Drift {
    pub fn path(&self) -> &str {
        match self {
            Drift::Missing(path) | Drift::Stale(path) | Drift::Extra(path) => path,
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Drift::Missing(_) => "missing",
            Drift::Stale(_) => "stale",
            Drift::Extra(_) => "extra",
        }
    }
}

/// Every difference between `out` and `files`, sorted by path.
pub fn drift(out: &Path, files: &[GeneratedFile]) -> Vec<Drift> {
    let mut drift: Vec<Drift> = files
        .iter()
        .filter_map(|file| match fs::read_to_string(out.join(&file.path)) {
            Ok(current) if normalize_newlines(&current) == file.contents => None,
            Ok(_) => Some(Drift::Stale(file.path.clone())),
            Err(_) => Some(Drift::Missing(file.path.clone())),
        })
        .chain(extra_files(out, files).into_iter().map(Drift::Extra))
        .collect();
    drift.sort_by(|a, b| a.path().cmp(b.path()));
    drift
}

/// `text` with each CRLF line ending made LF, as the generator writes it.
pub fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if text.contains("\r\n") {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes missing and stale files and removes extra ones; returns what it changed.
pub fn apply(out: &Path, files: &[GeneratedFile]) -> Result<Vec<Drift>, String> {
    let drift = drift(out, files);
    for item in &drift {
        let path = out.join(item.path());
        match item {
            Drift::Missing(relative) | Drift::Stale(relative) => {
                let contents = files
                    .iter()
                    .find(|file| &file.path == relative)
                    .map(|file| file.contents.as_str())
                    .unwrap_or_default();
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)
                        .map_err(|err| format!("cannot create {}: {err}", parent.display()))?;
                }
                fs::write(&path, contents)
                    .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
            }
            Drift::Extra(_) => {
                fs::remove_file(&path)
                    .map_err(|err| format!("cannot remove {}: {err}", path.display()))?;
            }
        }
    }
    Ok(drift)
}

/// Files under `out` with the generated-file header that are not in `files`.
fn extra_files(out: &Path, files: &[GeneratedFile]) -> Vec<String> {
    let marker = header("");
    let marker = marker.split(" from ").next().unwrap_or_default();
    let mut extra = Vec::new();
    let mut pending = vec![out.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let Ok(relative) = path.strip_prefix(out) else {
                continue;
            };
            let relative = relative.to_string_lossy().replace('\\', "/");
            if files.iter().any(|file| file.path == relative) {
                continue;
            }
            if fs::read_to_string(&path).is_ok_and(|text| text.starts_with(marker)) {
                extra.push(relative);
            }
        }
    }
    extra
}

/// `text` with the block between the lines holding `begin` and `end` (both included) replaced
/// by `block`: how a generated part of a hand-written file (the module features of a
/// `Cargo.toml`, the compatibility table of a README) is kept in step. An error when a marker
/// is missing, repeated or out of order.
pub fn splice_block(text: &str, begin: &str, end: &str, block: &str) -> Result<String, String> {
    let find = |marker: &str| -> Result<usize, String> {
        let mut hits = text.match_indices(marker).map(|(at, _)| at);
        match (hits.next(), hits.next()) {
            (Some(at), None) => Ok(at),
            (None, _) => Err(format!("a marker line is missing: {marker}")),
            (Some(_), Some(_)) => Err(format!("a marker line appears twice: {marker}")),
        }
    };
    let begin_at = find(begin)?;
    let end_at = find(end)?;
    if end_at < begin_at {
        return Err("the end marker comes before the begin marker".to_owned());
    }
    let line_start = text[..begin_at]
        .rfind('\n')
        .map_or(0, |newline| newline + 1);
    let after = text[end_at..]
        .find('\n')
        .map_or(text.len(), |newline| end_at + newline + 1);
    Ok(format!("{}{block}{}", &text[..line_start], &text[after..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_crlf_line_endings_are_normalised() {
        assert_eq!(normalize_newlines("a\r\nb\r\n"), "a\nb\n");
        assert!(matches!(normalize_newlines("a\nb\n"), Cow::Borrowed(_)));
        // A lone CR is content, not a line ending.
        assert_eq!(normalize_newlines("a\rb\n"), "a\rb\n");
    }
}
