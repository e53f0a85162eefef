//! `cargo xtask codegen` and `cargo xtask validate`.

use std::fs;
use std::path::{Path, PathBuf};

use zadig_codegen::emit::header;
use zadig_codegen::{GeneratedFile, generate, load_api};

use crate::workspace_root;

/// Parsed options of `codegen` and `validate`.
struct Options {
    check: bool,
    spec: PathBuf,
    out: PathBuf,
    /// `--spec`/`--out` given explicitly: paths are shown as given, not as workspace paths.
    custom: bool,
}

fn parse(args: &[String], allow_output: bool) -> Result<Options, String> {
    let root = workspace_root();
    let mut options = Options {
        check: false,
        spec: root.join("spec"),
        out: root.join("zadig-api/src/generated"),
        custom: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" if allow_output => options.check = true,
            "--spec" => {
                options.spec = PathBuf::from(args.next().ok_or("--spec needs a directory")?);
                options.custom = true;
            }
            "--out" if allow_output => {
                options.out = PathBuf::from(args.next().ok_or("--out needs a directory")?);
                options.custom = true;
            }
            other => return Err(format!("unknown option `{other}`")),
        }
    }
    Ok(options)
}

/// `cargo xtask validate`.
pub fn run_validate(args: &[String]) -> Result<(), String> {
    let options = parse(args, false)?;
    let (loaded, api) = load_api(&options.spec).map_err(|diagnostics| diagnostics.to_string())?;
    let endpoints: usize = api.modules.iter().map(|module| module.endpoints.len()).sum();
    let types: usize = api.modules.iter().map(|module| module.types.len()).sum();
    println!("spec ok: {} files, {endpoints} endpoints, {types} types", loaded.files.len());
    Ok(())
}

/// `cargo xtask codegen`.
pub fn run_codegen(args: &[String]) -> Result<(), String> {
    let options = parse(args, true)?;
    let files = generate(&options.spec).map_err(|diagnostics| diagnostics.to_string() + "; nothing was generated")?;
    let shown_out = shown(&options, &options.out);
    let stale = stale_files(&options.out, &files);
    if options.check {
        let mut problems: Vec<String> = Vec::new();
        for file in &files {
            let path = options.out.join(&file.path);
            match fs::read_to_string(&path) {
                Ok(current) if current == file.contents => {}
                Ok(_) => problems.push(format!("  stale:   {shown_out}/{}", file.path)),
                Err(_) => problems.push(format!("  missing: {shown_out}/{}", file.path)),
            }
        }
        for path in &stale {
            problems.push(format!("  extra:   {shown_out}/{path}"));
        }
        if problems.is_empty() {
            println!("generated code is up to date ({} files)", files.len());
            return Ok(());
        }
        let command = if options.custom {
            format!(
                "cargo xtask codegen --spec {} --out {}",
                options.spec.display(),
                options.out.display()
            )
        } else {
            "cargo xtask codegen".to_owned()
        };
        return Err(format!(
            "generated code is out of date:\n{}\nrun `{command}` to update it",
            problems.join("\n")
        ));
    }
    let mut written = 0;
    for file in &files {
        let path = options.out.join(&file.path);
        if fs::read_to_string(&path).is_ok_and(|current| current == file.contents) {
            continue;
        }
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|err| format!("cannot create {}: {err}", parent.display()))?;
        }
        fs::write(&path, &file.contents).map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        println!("updated {shown_out}/{}", file.path);
        written += 1;
    }
    for path in &stale {
        let full = options.out.join(path);
        fs::remove_file(&full).map_err(|err| format!("cannot remove {}: {err}", full.display()))?;
        println!("removed {shown_out}/{path}");
    }
    if written == 0 && stale.is_empty() {
        println!("generated code is up to date ({} files)", files.len());
    }
    Ok(())
}

/// Generated files (they carry our header) under `out` that the spec no longer produces.
fn stale_files(out: &Path, files: &[GeneratedFile]) -> Vec<String> {
    let marker = header("").split(" from ").next().unwrap_or_default().to_owned();
    let mut stale = Vec::new();
    let mut pending = vec![out.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
                continue;
            }
            let Ok(relative) = path.strip_prefix(out) else { continue };
            let relative = relative.to_string_lossy().replace('\\', "/");
            if files.iter().any(|file| file.path == relative) {
                continue;
            }
            if fs::read_to_string(&path).is_ok_and(|text| text.starts_with(&marker)) {
                stale.push(relative);
            }
        }
    }
    stale.sort();
    stale
}

fn shown(options: &Options, path: &Path) -> String {
    if options.custom {
        path.display().to_string()
    } else {
        path.strip_prefix(workspace_root()).unwrap_or(path).display().to_string()
    }
}
