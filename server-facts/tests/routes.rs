//! The committed facts against the server's route table, and the extraction's determinism on
//! the fixture checkout of the CLI tests.

use std::collections::BTreeSet;
use std::path::Path;

use zadig_spec_model::facts::{self, ExtractConfig};

fn workspace() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap_or(Path::new(".."))
}

#[test]
fn committed_facts_have_exactly_the_route_table() {
    let facts = facts::load(&workspace().join("spec").join(facts::FACTS_FILE))
        .unwrap_or_else(|err| panic!("{err}"));
    let table = std::fs::read_to_string(workspace().join("tests/data/zadig-server-routes.json"))
        .expect("the route table is readable");
    let table: Vec<serde_json::Value> =
        serde_json::from_str(&table).expect("the route table is JSON");
    let expected: BTreeSet<(String, String, String)> = table
        .iter()
        .map(|route| {
            let field = |key: &str| route[key].as_str().unwrap_or_default().to_owned();
            // The table names a handler of another package `pkg.Name`; compare the name.
            let handler = field("handler");
            let name = handler.rsplit('.').next().unwrap_or_default().to_owned();
            (field("method"), field("path"), name)
        })
        .collect();
    let extracted: BTreeSet<(String, String, String)> = facts
        .routes
        .iter()
        .map(|route| {
            let handler = route.handler.name.rsplit('.').next().unwrap_or_default();
            (route.method.clone(), route.path.clone(), handler.to_owned())
        })
        .collect();
    let missing: Vec<_> = expected.difference(&extracted).collect();
    let extra: Vec<_> = extracted.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "routes differ from tests/data/zadig-server-routes.json\nmissing: {missing:#?}\nextra: {extra:#?}"
    );
}

#[test]
fn extraction_is_deterministic() {
    let fixture = workspace().join("tests/cmd/server-basic.in");
    let config = facts::load_config(&fixture.join("spec").join(facts::EXTRACT_CONFIG_FILE))
        .unwrap_or_else(|err| panic!("{err}"));
    let commit = "0123456789abcdef0123456789abcdef01234567";
    let run = |config: &ExtractConfig| {
        let extracted = zadig_server_facts::extract(&fixture.join("zadig"), commit, config)
            .unwrap_or_else(|err| panic!("{err}"));
        facts::render(&extracted).unwrap_or_else(|err| panic!("{err}"))
    };
    let first = run(&config);
    assert_eq!(first, run(&config));
    let expected = std::fs::read_to_string(
        workspace()
            .join("tests/cmd/server-basic.out/spec")
            .join(facts::FACTS_FILE),
    )
    .expect("the fixture's expected facts are readable");
    assert_eq!(first, expected);
}

#[test]
fn every_go_type_in_the_committed_facts_parses() {
    use zadig_spec_model::facts::{GoType, GoTypeKind, ResponseFact};
    let facts = facts::load(&workspace().join("spec").join(facts::FACTS_FILE))
        .unwrap_or_else(|err| panic!("{err}"));
    let mut texts: Vec<String> = Vec::new();
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
            GoTypeKind::Struct { fields } => texts.extend(fields.iter().map(|f| f.go_type.clone())),
            GoTypeKind::Named { underlying, .. } => texts.push(underlying.clone()),
        }
    }
    let bad: Vec<String> = texts
        .iter()
        .filter_map(|text| GoType::parse(text).err())
        .collect();
    assert!(bad.is_empty(), "unparsable Go types: {bad:#?}");
}
