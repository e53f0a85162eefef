//! `cargo xtask codegen` and `cargo xtask validate`.

use std::path::{Path, PathBuf};

use zadig_codegen::emit::{compat, features};
use zadig_codegen::{emit, load_api, output};

use crate::workspace_root;

/// Parsed options of `codegen` and `validate`.
struct Options {
    check: bool,
    spec: PathBuf,
    out: PathBuf,
    /// The mock crate's generated directory (`zadig-mock/src/generated`) by default, none
    /// with `--out` unless `--mock-out` names one.
    mock_out: Option<PathBuf>,
    /// The command-line client's generated directory (`zadig-cli/src/generated`) by default,
    /// none with `--out` unless `--cli-out` names one.
    cli_out: Option<PathBuf>,
    /// The runtime crate's generated directory (`zadig-api-runtime/src/generated`, the release
    /// constants) by default, none with `--out` unless `--runtime-out` names one.
    runtime_out: Option<PathBuf>,
    /// The `Cargo.toml` whose module-features block is generated too: `zadig-api`'s by
    /// default, none with `--out` unless `--manifest` names one.
    manifest: Option<PathBuf>,
    /// The READMEs whose compatibility table is generated: the workspace's and `zadig-api`'s
    /// by default, none with `--out`.
    readmes: Vec<PathBuf>,
    /// `--spec`/`--out` given explicitly: paths are shown as given, not as workspace paths.
    custom: bool,
}

fn parse(args: &[String], allow_output: bool) -> Result<Options, String> {
    let root = workspace_root();
    let mut options = Options {
        check: false,
        spec: root.join("spec"),
        out: root.join("zadig-api/src/generated"),
        mock_out: Some(root.join("zadig-mock/src/generated")),
        cli_out: Some(root.join("zadig-cli/src/generated")),
        runtime_out: Some(root.join("zadig-api-runtime/src/generated")),
        manifest: Some(root.join("zadig-api/Cargo.toml")),
        readmes: vec![root.join("README.md"), root.join("zadig-api/README.md")],
        custom: false,
    };
    let mut manifest_given = false;
    let mut mock_out_given = false;
    let mut cli_out_given = false;
    let mut runtime_out_given = false;
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
                if !mock_out_given {
                    options.mock_out = None;
                }
                if !cli_out_given {
                    options.cli_out = None;
                }
                if !runtime_out_given {
                    options.runtime_out = None;
                }
                options.readmes.clear();
            }
            "--mock-out" if allow_output => {
                options.mock_out = Some(PathBuf::from(
                    args.next().ok_or("--mock-out needs a directory")?,
                ));
                mock_out_given = true;
            }
            "--cli-out" if allow_output => {
                options.cli_out = Some(PathBuf::from(
                    args.next().ok_or("--cli-out needs a directory")?,
                ));
                cli_out_given = true;
            }
            "--runtime-out" if allow_output => {
                options.runtime_out = Some(PathBuf::from(
                    args.next().ok_or("--runtime-out needs a directory")?,
                ));
                runtime_out_given = true;
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
    // The mock crate's expectations and the command-line client's command tree: more output
    // directories.
    let mut extra: Vec<(&PathBuf, Vec<zadig_codegen::GeneratedFile>)> = Vec::new();
    if let Some(dir) = &options.mock_out {
        extra.push((
            dir,
            emit::emit_mock(&api)
                .map_err(|diagnostics| diagnostics.to_string() + "; nothing was generated")?,
        ));
    }
    if let Some(dir) = &options.cli_out {
        extra.push((
            dir,
            emit::emit_cli(&api)
                .map_err(|diagnostics| diagnostics.to_string() + "; nothing was generated")?,
        ));
    }
    if let Some(dir) = &options.runtime_out {
        extra.push((
            dir,
            emit::emit_runtime(&api)
                .map_err(|diagnostics| diagnostics.to_string() + "; nothing was generated")?,
        ));
    }
    let extra_count: usize = extra.iter().map(|(_, files)| files.len()).sum();
    // Generated blocks of hand-written files: the manifest's module features, the READMEs'
    // compatibility table.
    let mut blocks: Vec<(&PathBuf, &str, String)> = Vec::new();
    if let Some(path) = &options.manifest {
        blocks.push((
            path,
            "module features",
            spliced(&options, path, |text| {
                features::splice(text, &features::cargo_features(&api))
            })?,
        ));
    }
    let table = compat::table(&api);
    for path in &options.readmes {
        blocks.push((
            path,
            "compatibility table",
            spliced(&options, path, |text| {
                output::splice_block(text, compat::BEGIN, compat::END, &table)
            })?,
        ));
    }
    let stale_blocks: Vec<(&PathBuf, &str, &String)> = blocks
        .iter()
        .filter(|(path, _, wanted)| {
            // A CRLF checkout is not stale; rewritten, it gets LF.
            std::fs::read_to_string(path)
                .map(|text| output::normalize_newlines(&text) != wanted.as_str())
                .unwrap_or(true)
        })
        .map(|(path, label, wanted)| (*path, *label, wanted))
        .collect();
    if options.check {
        let drift = output::drift(&options.out, &files);
        let extra_drift: Vec<(String, Vec<output::Drift>)> = extra
            .iter()
            .map(|(dir, files)| (shown(&options, dir), output::drift(dir, files)))
            .collect();
        let extra_fresh = extra_drift.iter().all(|(_, drift)| drift.is_empty());
        if drift.is_empty() && extra_fresh && stale_blocks.is_empty() {
            println!(
                "generated code is up to date ({} files)",
                files.len() + extra_count
            );
            return Ok(());
        }
        let mut lines: Vec<String> = drift
            .iter()
            .map(|item| (shown_out.as_str(), item))
            .chain(
                extra_drift
                    .iter()
                    .flat_map(|(dir, drift)| drift.iter().map(move |item| (dir.as_str(), item))),
            )
            .map(|(dir, item)| {
                format!(
                    "  {:<8} {dir}/{}",
                    format!("{}:", item.label()),
                    item.path()
                )
            })
            .collect();
        for (path, label, _) in &stale_blocks {
            lines.push(format!(
                "  {:<8} {} ({label})",
                "stale:",
                shown(&options, path)
            ));
        }
        let command = if options.custom {
            let mock_out = options
                .mock_out
                .as_ref()
                .map(|dir| format!(" --mock-out {}", dir.display()))
                .unwrap_or_default();
            let cli_out = options
                .cli_out
                .as_ref()
                .map(|dir| format!(" --cli-out {}", dir.display()))
                .unwrap_or_default();
            let runtime_out = options
                .runtime_out
                .as_ref()
                .map(|dir| format!(" --runtime-out {}", dir.display()))
                .unwrap_or_default();
            format!(
                "cargo xtask codegen --spec {} --out {}{mock_out}{cli_out}{runtime_out}",
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
    let mut changed = output::apply(&options.out, &files)?;
    for item in &changed {
        println!("{} {shown_out}/{}", verb(item), item.path());
    }
    for (dir, extra_files) in &extra {
        let shown_dir = shown(&options, dir);
        let extra_changed = output::apply(dir, extra_files)?;
        for item in &extra_changed {
            println!("{} {shown_dir}/{}", verb(item), item.path());
        }
        changed.extend(extra_changed);
    }
    for (path, label, wanted) in &stale_blocks {
        std::fs::write(path, wanted)
            .map_err(|err| format!("cannot write {}: {err}", path.display()))?;
        println!("wrote {} ({label})", shown(&options, path));
    }
    if changed.is_empty() && stale_blocks.is_empty() {
        println!(
            "generated code is up to date ({} files)",
            files.len() + extra_count
        );
    }
    Ok(())
}

fn verb(item: &output::Drift) -> &'static str {
    if matches!(item, output::Drift::Extra(_)) {
        "removed"
    } else {
        "wrote"
    }
}

/// `path`'s text with its generated block brought up to date by `splice`.
fn spliced(
    options: &Options,
    path: &Path,
    splice: impl Fn(&str) -> Result<String, String>,
) -> Result<String, String> {
    let current = std::fs::read_to_string(path)
        .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    splice(&output::normalize_newlines(&current))
        .map_err(|err| format!("{}: {err}", shown(options, path)))
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
