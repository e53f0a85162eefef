//! The committed facts of every release parse, and the extraction is deterministic on the
//! fixture checkout of the CLI tests.

use std::path::Path;

use zadig_spec_model::facts::{self, ExtractConfig};

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(Path::new(".."))
}

#[test]
fn extraction_is_deterministic() {
    let fixture = workspace().join("tests/cmd/server-basic.in");
    let config = facts::load_config(&fixture.join("spec").join(facts::EXTRACT_CONFIG_FILE))
        .unwrap_or_else(|err| panic!("{err}"));
    let commit = "0123456789abcdef0123456789abcdef01234567";
    let run = |config: &ExtractConfig| {
        let extracted =
            zadig_server_facts::extract(&fixture.join("zadig"), "v1.0.0", commit, config)
                .unwrap_or_else(|err| panic!("{err}"));
        facts::render(&extracted).unwrap_or_else(|err| panic!("{err}"))
    };
    let first = run(&config);
    assert_eq!(first, run(&config));
    let expected = std::fs::read_to_string(
        workspace()
            .join("tests/cmd/server-basic.out/spec")
            .join(facts::RELEASES_DIR)
            .join("v1.0.0.yaml"),
    )
    .expect("the fixture's expected facts are readable");
    assert_eq!(first, expected);
}

#[test]
fn every_go_type_in_the_committed_facts_parses() {
    use zadig_spec_model::facts::{GoType, GoTypeKind, ResponseFact};
    let dir = workspace().join("spec").join(facts::RELEASES_DIR);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the releases directory is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    files.sort();
    assert!(
        files.len() >= 2,
        "facts of several releases in {}",
        dir.display()
    );
    let mut texts: Vec<String> = Vec::new();
    for file in &files {
        let facts = facts::load(file).unwrap_or_else(|err| panic!("{err}"));
        for route in &facts.routes {
            texts.extend(route.query.iter().map(|q| q.go_type.clone()));
            texts.extend(route.bodies.iter().map(|b| b.go_type.clone()));
            for response in &route.responses {
                if let ResponseFact::Json { go_type, .. } = response {
                    texts.push(go_type.clone());
                }
            }
        }
        for decl in facts.types.values() {
            match &decl.kind {
                GoTypeKind::Struct { fields } => {
                    texts.extend(fields.iter().map(|f| f.go_type.clone()))
                }
                GoTypeKind::Named { underlying, .. } => texts.push(underlying.clone()),
            }
        }
    }
    let bad: Vec<String> = texts
        .iter()
        .filter_map(|text| GoType::parse(text).err())
        .collect();
    assert!(bad.is_empty(), "unparsable Go types: {bad:#?}");
}
