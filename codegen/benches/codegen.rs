//! The generator on the full spec (`spec/`), stage by stage, against a baseline measured in the
//! same run: reading and parsing the same YAML files into `serde_yaml::Value` and nothing else.
//!
//! - `codegen/parse_yaml` (baseline): read every module file, parse it as untyped YAML.
//! - `codegen/load`: read and parse into the spec model (`load::load_dir`).
//! - `codegen/load_validate_lower`: plus validation and lowering (`load_api`).
//! - `codegen/generate`: the whole run, `zadig_codegen::generate`: load, validate, lower and
//!   emit every file (formatted), without writing them.
//!
//! `cargo xtask bench` runs this with short settings and prints the ratios; on its own:
//! `cargo bench -p zadig-codegen --bench codegen`.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use zadig_codegen::load::DOCUMENTED_ENDPOINTS_FILE;

fn spec_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../spec")
}

/// The files `load_dir` reads: every `*.yaml` but the documented-endpoints list.
fn module_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("spec directory")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "yaml")
                && path
                    .file_name()
                    .is_some_and(|name| name != DOCUMENTED_ENDPOINTS_FILE)
        })
        .collect();
    files.sort();
    files
}

fn parse_yaml(files: &[PathBuf]) -> usize {
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("spec file");
            let value: serde_yaml::Value = serde_yaml::from_str(&text).expect("valid YAML");
            black_box(value).as_mapping().map_or(0, |map| map.len())
        })
        .sum()
}

fn bench_codegen(c: &mut Criterion) {
    let dir = spec_dir();
    let files = module_files(&dir);
    assert!(!files.is_empty(), "no spec files in {}", dir.display());
    // Fail here, not inside a measurement, if the spec does not generate.
    let generated = zadig_codegen::generate(&dir).expect("the spec generates");
    assert!(!generated.is_empty());

    let mut group = c.benchmark_group("codegen");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.bench_function("parse_yaml", |b| b.iter(|| parse_yaml(black_box(&files))));
    group.bench_function("load", |b| {
        b.iter(|| zadig_codegen::load::load_dir(black_box(&dir)).expect("loads"))
    });
    group.bench_function("load_validate_lower", |b| {
        b.iter(|| zadig_codegen::load_api(black_box(&dir)).expect("valid"))
    });
    group.bench_function("generate", |b| {
        b.iter(|| zadig_codegen::generate(black_box(&dir)).expect("generates"))
    });
    group.finish();
}

criterion_group!(benches, bench_codegen);
criterion_main!(benches);
