//! `cargo xtask codegen` and `cargo xtask validate`.

use std::path::{Path, PathBuf};

use zadig_codegen::emit::features;
use zadig_codegen::{emit, load_api, output};

use crate::workspace_root;

/// Parsed options of `codegen` and `validate`.
struct Options {
    check: bool,
    spec: PathBuf,
    out: PathBuf,
    /// The `Cargo.toml` whose module-features block is generated too: `zadig-api`'s by
    /// default, none with `--out` unless `--manifest` names one.
    manifest: Option<PathBuf>,
    /// `--spec`/`--out` given explicitly: paths are shown as given, not as workspace paths.
    custom: bool,
}

fn parse(args: &[String], allow_output: bool) -> Result<Options, String> {
    let root = workspace_root();
    let mut options = Options {
        check: false,
        spec: root.join("spec"),
        out: root.join("zadig-api/src/generated"),
        manifest: Some(root.join("zadig-api/Cargo.toml")),
        custom: false,
    };
    let mut manifest_given = false;
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
                if !manifest_given {
                    options.manifest = None;
                }
            }
            "--manifest" if allow_output => {
                options.manifest = Some(PathBuf::from(
                    args.next().ok_or("--manifest needs a Cargo.toml")?,
                ));
                manifest_given = true;
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
    let (_, api) = load_api(&options.spec)
        .map_err(|diagnostics| diagnostics.to_string() + "; nothing was generated")?;
    let files = emit::emit(&api)
        .map_err(|diagnostics| diagnostics.to_string() + "; nothing was generated")?;
    let shown_out = shown(&options, &options.out);
    // The module features block of the manifest, when there is one to keep in step.
    let manifest = match &options.manifest {
        None => None,
        Some(path) => {
            let current = std::fs::read_to_string(path)
                .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
            let wanted = features::splice(&current, &features::cargo_features(&api))
                .map_err(|err| format!("{}: {err}", shown(&options, path)))?;
            Some((path, current, wanted))
        }
    };
    let stale_manifest = manifest
        .as_ref()
        .filter(|(_, current, wanted)| current != wanted)
        .map(|(path, _, _)| shown(&options, path));
    if options.check {
        let drift = output::drift(&options.out, &files);
        if drift.is_empty() && stale_manifest.is_none() {
            println!("generated code is up to date ({} files)", files.len());
            return Ok(());
        }
        let mut lines: Vec<String> = drift
            .iter()
            .map(|item| {
                format!(
                    "  {:<8} {shown_out}/{}",
                    format!("{}:", item.label()),
                    item.path()
                )
            })
            .collect();
        if let Some(path) = &stale_manifest {
            lines.push(format!("  {:<8} {path} (module features)", "stale:"));
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
    if let (Some((path, _, wanted)), Some(shown_path)) = (&manifest, &stale_manifest) {
        std::fs::write(path, wanted)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        println!("wrote {shown_path} (module features)");
    }
    if changed.is_empty() && stale_manifest.is_none() {
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
