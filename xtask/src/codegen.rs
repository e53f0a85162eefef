//! `cargo xtask codegen` and `cargo xtask validate`.

use std::path::{Path, PathBuf};

use zadig_codegen::{generate, load_api, output};

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
    let endpoints: usize = api
        .modules
        .iter()
        .map(|module| module.endpoints.len())
        .sum();
    let types: usize = api.modules.iter().map(|module| module.types.len()).sum();
    println!(
        "spec ok: {} files, {endpoints} endpoints, {types} types",
        loaded.files.len()
    );
    Ok(())
}

/// `cargo xtask codegen`.
pub fn run_codegen(args: &[String]) -> Result<(), String> {
    let options = parse(args, true)?;
    let files = generate(&options.spec)
        .map_err(|diagnostics| diagnostics.to_string() + "; nothing was generated")?;
    let shown_out = shown(&options, &options.out);
    if options.check {
        let drift = output::drift(&options.out, &files);
        if drift.is_empty() {
            println!("generated code is up to date ({} files)", files.len());
            return Ok(());
        }
        let lines: Vec<String> = drift
            .iter()
            .map(|item| {
                format!(
                    "  {:<8} {shown_out}/{}",
                    format!("{}:", item.label()),
                    item.path()
                )
            })
            .collect();
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
            lines.join("\n")
        ));
    }
    let changed = output::apply(&options.out, &files)?;
    for item in &changed {
        let verb = if matches!(item, output::Drift::Extra(_)) {
            "removed"
        } else {
            "wrote"
        };
        println!("{verb} {shown_out}/{}", item.path());
    }
    if changed.is_empty() {
        println!("generated code is up to date ({} files)", files.len());
    }
    Ok(())
}

fn shown(options: &Options, path: &Path) -> String {
    if options.custom {
        path.display().to_string()
    } else {
        path.strip_prefix(workspace_root())
            .unwrap_or(path)
            .display()
            .to_string()
    }
}
