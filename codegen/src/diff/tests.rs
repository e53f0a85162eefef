//! Each classification rule on a small spec and its edits, the released argument order, and
//! the version bumps.

use std::collections::BTreeMap;

use super::*;
use crate::load::{LoadedSpec, SpecFile, parse_module};

/// A module with what each rule needs: a paged list with path, required and optional
/// query parameters, a call with a body, a struct, an enum and a union.
const BASE: &str = r##"
module: api
title: Fixture
endpoints:
  - id: list_items
    source: docs
    method: GET
    path: /projects/{projectKey}/envs/{envName}/items
    summary: Lists items.
    doc: "#list-items"
    path_params:
      - name: projectKey
        type: string
        description: Project.
      - name: envName
        type: string
        description: Environment.
    query:
      - name: from
        type: i64
        required: true
        description: Start.
      - name: to
        type: i64
        required: true
        description: End.
      - name: pageNum
        type: i64
        description: Page.
      - name: pageSize
        type: i64
        default: 20
        description: Size.
      - name: verbose
        type: bool
        description: Details.
    response:
      json: ItemPage
    pagination:
      page: pageNum
      size: pageSize
      items: items
  - id: update_item
    source: docs
    method: PUT
    path: /items/{name}
    summary: Updates an item.
    doc: "#update-item"
    path_params:
      - name: name
        type: string
        description: Item.
    body:
      type: Item
    response: message
types:
  ItemPage:
    source: docs
    description: A page.
    struct:
      fields:
        - name: total
          type: i64
          description: Total.
        - name: items
          type: array<Item>
          description: Items.
  Item:
    source: docs
    description: An item.
    struct:
      fields:
        - name: name
          type: string
          required: true
          description: Name.
        - name: size
          type: i64
          description: Size.
        - name: state
          type: ItemState
          description: State.
  ItemState:
    source: docs
    description: A state.
    enum:
      values:
        - value: active
          lifecycle: in_progress
          description: Active.
        - value: deleted
          lifecycle: final
          description: Deleted.
  Input:
    source: docs
    description: An input.
    union:
      tag: kind
      variants:
        - value: item
          type: Item
"##;

fn api(yaml: &str) -> Api {
    let module = parse_module("spec/api.yaml", yaml).expect("the fixture parses");
    let spec = LoadedSpec {
        dir: std::path::PathBuf::new(),
        files: vec![SpecFile {
            display: "spec/api.yaml".to_owned(),
            stem: "api".to_owned(),
            module,
        }],
        releases: Vec::new(),
    };
    if let Err(diagnostics) = crate::validate::validate(&spec) {
        panic!("the fixture validates:\n{diagnostics}");
    }
    let (api, naming) = crate::ir::lower(&spec);
    assert!(naming.is_empty(), "the fixture names lower:\n{naming}");
    api
}

/// The changes from [`BASE`] to `BASE` with each `(from, to)` replacement made.
fn changes_after(edits: &[(&str, &str)]) -> Vec<(String, ChangeKind, Level)> {
    let mut new = BASE.to_owned();
    for (from, to) in edits {
        assert!(new.contains(from), "the fixture has {from:?}");
        new = new.replacen(from, to, 1);
    }
    diff(&api(BASE), &api(&new))
        .into_iter()
        .map(|change| (change.item, change.kind, change.level))
        .collect()
}

fn one(item: &str, kind: ChangeKind, level: Level) -> Vec<(String, ChangeKind, Level)> {
    vec![(item.to_owned(), kind, level)]
}

const ITEM_SIZE: &str = "        - name: size
          type: i64
          description: Size.
";

#[test]
fn the_same_spec_has_no_change() {
    assert!(changes_after(&[]).is_empty());
}

#[test]
fn a_removed_field_breaks() {
    assert_eq!(
        changes_after(&[(ITEM_SIZE, "")]),
        one("Item.size", ChangeKind::FieldRemoved, Level::Breaking)
    );
}

#[test]
fn an_added_field_breaks_only_when_new_takes_it() {
    let optional = format!(
        "{ITEM_SIZE}        - name: colour\n          type: string\n          description: Colour.\n"
    );
    assert_eq!(
        changes_after(&[(ITEM_SIZE, &optional)]),
        one("Item.colour", ChangeKind::FieldAdded, Level::Compatible)
    );
    let required = format!(
        "{ITEM_SIZE}        - name: colour\n          type: string\n          required: true\n          description: Colour.\n"
    );
    assert_eq!(
        changes_after(&[(ITEM_SIZE, &required)]),
        one(
            "Item.colour",
            ChangeKind::RequiredFieldAdded,
            Level::Breaking
        )
    );
    // Required and nullable is an `Option`, but still a `new()` argument.
    let nullable = format!(
        "{ITEM_SIZE}        - name: colour\n          type: string\n          required: true\n          nullable: true\n          description: Colour.\n"
    );
    assert_eq!(
        changes_after(&[(ITEM_SIZE, &nullable)]),
        one(
            "Item.colour",
            ChangeKind::RequiredFieldAdded,
            Level::Breaking
        )
    );
}

#[test]
fn optionality_and_type_changes_break() {
    let required = "        - name: size\n          type: i64\n          required: true\n";
    assert_eq!(
        changes_after(&[("        - name: size\n          type: i64\n", required)]),
        one(
            "Item.size",
            ChangeKind::FieldNoLongerOptional,
            Level::Breaking
        )
    );
    let optional = "        - name: name\n          type: string\n          description: Name.\n";
    assert_eq!(
        changes_after(&[(
            "        - name: name\n          type: string\n          required: true\n          description: Name.\n",
            optional
        )]),
        one("Item.name", ChangeKind::FieldNowOptional, Level::Breaking)
    );
    // A required union has no zero value, so the struct loses `Default`.
    assert_eq!(
        changes_after(&[(
            "        - name: name\n          type: string\n",
            "        - name: name\n          type: Input\n"
        )]),
        vec![
            (
                "Item".to_owned(),
                ChangeKind::DefaultRemoved,
                Level::Breaking
            ),
            (
                "Item.name".to_owned(),
                ChangeKind::FieldRetyped,
                Level::Breaking
            ),
        ]
    );
    assert_eq!(
        changes_after(&[(
            "        - name: size\n          type: i64\n",
            "        - name: size\n          type: f64\n"
        )]),
        one("Item.size", ChangeKind::FieldRetyped, Level::Breaking)
    );
}

#[test]
fn a_rust_rename_is_a_removal_and_an_addition() {
    let renamed = "        - name: size\n          rust_name: item_size\n";
    let changes = changes_after(&[("        - name: size\n", renamed)]);
    assert_eq!(
        changes,
        vec![
            (
                "Item.item_size".to_owned(),
                ChangeKind::FieldAdded,
                Level::Compatible
            ),
            (
                "Item.size".to_owned(),
                ChangeKind::FieldRemoved,
                Level::Breaking
            ),
        ]
    );
}

#[test]
fn enum_values_and_union_variants_may_be_added_not_removed() {
    let deleted =
        "        - value: deleted\n          lifecycle: final\n          description: Deleted.\n";
    let added = format!("{deleted}        - value: archived\n          description: Archived.\n");
    assert_eq!(
        changes_after(&[(deleted, &added)]),
        one(
            "ItemState::Archived",
            ChangeKind::EnumValueAdded,
            Level::Compatible
        )
    );
    assert_eq!(
        changes_after(&[(
            "        - value: deleted\n          lifecycle: final\n          description: Deleted.\n",
            ""
        )]),
        one(
            "ItemState::Deleted",
            ChangeKind::EnumValueRemoved,
            Level::Breaking
        )
    );
    assert_eq!(
        changes_after(&[("          lifecycle: in_progress\n", "")]),
        one(
            "ItemState::Active",
            ChangeKind::LifecycleChanged,
            Level::NoApiChange
        )
    );
    // Without marks the enum has no `is_final()`; one change says it came.
    let unmarked = BASE
        .replacen("          lifecycle: in_progress\n", "", 1)
        .replacen("          lifecycle: final\n", "", 1);
    let added = diff(&api(&unmarked), &api(BASE));
    assert_eq!(added.len(), 1);
    assert_eq!(
        (added[0].kind, added[0].level),
        (ChangeKind::IsFinalAdded, Level::Compatible)
    );
    assert_eq!(
        added[0].description,
        "method added: `Some(true)` for `Deleted`; `Some(false)` for `Active`"
    );
    let variant = "        - value: item\n          type: Item\n        - value: page\n          type: ItemPage\n";
    assert_eq!(
        changes_after(&[("        - value: item\n          type: Item\n", variant)]),
        one(
            "Input::Page",
            ChangeKind::UnionVariantAdded,
            Level::Compatible
        )
    );
    let replaced = "        - value: page\n          type: ItemPage\n";
    assert_eq!(
        changes_after(&[("        - value: item\n          type: Item\n", replaced)]),
        vec![
            (
                "Input::Item".to_owned(),
                ChangeKind::UnionVariantRemoved,
                Level::Breaking
            ),
            (
                "Input::Page".to_owned(),
                ChangeKind::UnionVariantAdded,
                Level::Compatible
            ),
        ]
    );
}

#[test]
fn types_added_removed_and_changing_kind() {
    let added = "types:\n  Extra:\n    source: docs\n    description: More.\n    enum:\n      values:\n        - value: x\n          description: X.\n";
    assert_eq!(
        changes_after(&[("types:\n", added)]),
        one("Extra", ChangeKind::TypeAdded, Level::Compatible)
    );
    let old = api(&BASE.replacen("types:\n", added, 1));
    let gone = diff(&old, &api(BASE));
    assert_eq!(gone.len(), 1);
    assert_eq!(
        (gone[0].kind, gone[0].level),
        (ChangeKind::TypeRemoved, Level::Breaking)
    );
    let as_struct = "    struct:\n      fields:\n        - name: x\n          type: string\n          description: X.\n";
    let old = api(&BASE.replacen("types:\n", added, 1));
    let new = api(&BASE.replacen(
        "types:\n",
        &added.replacen(
            "    enum:\n      values:\n        - value: x\n          description: X.\n",
            as_struct,
            1,
        ),
        1,
    ));
    let changed = diff(&old, &new);
    assert_eq!(changed.len(), 1);
    assert_eq!(
        (changed[0].kind, changed[0].level),
        (ChangeKind::TypeKindChanged, Level::Breaking)
    );
}

#[test]
fn client_methods_added_and_removed() {
    let without = |yaml: &str| {
        let start = yaml.find("  - id: update_item").expect("update_item");
        let end = yaml.find("types:").expect("types");
        format!("{}{}", &yaml[..start], &yaml[end..])
    };
    let removed = diff(&api(BASE), &api(&without(BASE)));
    let summary: Vec<_> = removed.iter().map(|c| (c.item.as_str(), c.kind)).collect();
    assert_eq!(summary, [("update_item()", ChangeKind::EndpointRemoved)]);
    assert_eq!(removed[0].level, Level::Breaking);
    let added = diff(&api(&without(BASE)), &api(BASE));
    assert_eq!(added.len(), 1);
    assert_eq!(
        (added[0].kind, added[0].level),
        (ChangeKind::EndpointAdded, Level::Compatible)
    );
    assert_eq!(
        added[0].description,
        "client method added: `update_item(name, body)`"
    );
}

#[test]
fn query_parameters_move_between_setters_and_arguments() {
    let new_required = "      - name: verbose\n        type: bool\n        description: Details.\n      - name: owner\n        type: string\n        required: true\n        description: Owner.\n";
    assert_eq!(
        changes_after(&[(
            "      - name: verbose\n        type: bool\n        description: Details.\n",
            new_required
        )]),
        one(
            "list_items(owner)",
            ChangeKind::ArgumentAdded,
            Level::Breaking
        )
    );
    assert_eq!(
        changes_after(&[(
            "      - name: verbose\n        type: bool\n",
            "      - name: verbose\n        type: bool\n        required: true\n"
        )]),
        one(
            "list_items(verbose)",
            ChangeKind::QueryBecameRequired,
            Level::Breaking
        )
    );
    assert_eq!(
        changes_after(&[(
            "      - name: to\n        type: i64\n        required: true\n",
            "      - name: to\n        type: i64\n"
        )]),
        one(
            "list_items(to)",
            ChangeKind::QueryBecameOptional,
            Level::Breaking
        )
    );
    let optional = "      - name: verbose\n        type: bool\n        description: Details.\n      - name: owner\n        type: string\n        description: Owner.\n";
    assert_eq!(
        changes_after(&[(
            "      - name: verbose\n        type: bool\n        description: Details.\n",
            optional
        )]),
        one(
            "list_items().owner()",
            ChangeKind::SetterAdded,
            Level::Compatible
        )
    );
    assert_eq!(
        changes_after(&[(
            "      - name: verbose\n        type: bool\n        description: Details.\n",
            ""
        )]),
        one(
            "list_items().verbose()",
            ChangeKind::SetterRemoved,
            Level::Breaking
        )
    );
    assert_eq!(
        changes_after(&[(
            "      - name: verbose\n        type: bool\n",
            "      - name: verbose\n        type: string\n"
        )]),
        one(
            "list_items().verbose()",
            ChangeKind::SetterRetyped,
            Level::Breaking
        )
    );
}

#[test]
fn arguments_renamed_retyped_and_reordered() {
    // Callers pass arguments by position: a new name alone changes no call.
    assert_eq!(
        changes_after(&[(
            "      - name: name\n        type: string\n        description: Item.\n",
            "      - name: name\n        rust_name: item_name\n        type: string\n        description: Item.\n"
        )]),
        one(
            "update_item(item_name)",
            ChangeKind::ArgumentRenamed,
            Level::NoApiChange
        )
    );
    assert_eq!(
        changes_after(&[(
            "      - name: from\n        type: i64\n",
            "      - name: from\n        type: string\n"
        )]),
        one(
            "list_items(from)",
            ChangeKind::ArgumentRetyped,
            Level::Breaking
        )
    );
    // Other required parameters keep spec order, so swapping them in the spec swaps them
    // in the call: same types, silently wrong values.
    let swapped = "      - name: to\n        type: i64\n        required: true\n        description: End.\n      - name: from\n        type: i64\n        required: true\n        description: Start.\n";
    let changes = diff(
            &api(BASE),
            &api(&BASE.replacen(
                "      - name: from\n        type: i64\n        required: true\n        description: Start.\n      - name: to\n        type: i64\n        required: true\n        description: End.\n",
                swapped,
                1,
            )),
        );
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (changes[0].kind, changes[0].level),
        (ChangeKind::ArgumentsReordered, Level::Breaking)
    );
    assert_eq!(
        changes[0].description,
        "arguments reordered: `list_items(project_key, env_name, from, to)` -> \
             `list_items(project_key, env_name, to, from)`"
    );
}

#[test]
fn body_response_and_pager() {
    assert_eq!(
        changes_after(&[(
            "    body:\n      type: Item\n",
            "    body:\n      type: ItemPage\n"
        )]),
        one(
            "update_item(body)",
            ChangeKind::BodyRetyped,
            Level::Breaking
        )
    );
    assert_eq!(
        changes_after(&[("    response: message\n", "    response: empty\n")]),
        one(
            "update_item().send()",
            ChangeKind::ResponseChanged,
            Level::Breaking
        )
    );
    let pager = "    pagination:\n      page: pageNum\n      size: pageSize\n      items: items\n";
    assert_eq!(
        changes_after(&[(pager, "")]),
        one(
            "list_items().items()",
            ChangeKind::PaginationRemoved,
            Level::Breaking
        )
    );
    let old = api(&BASE.replacen(pager, "", 1));
    let added = diff(&old, &api(BASE));
    assert_eq!(added.len(), 1);
    assert_eq!(
        (added[0].kind, added[0].level),
        (ChangeKind::PaginationAdded, Level::Compatible)
    );
    assert_eq!(
        changes_after(&[("    path: /items/{name}\n", "    path: /v2/items/{name}\n")]),
        one(
            "update_item()",
            ChangeKind::RouteChanged,
            Level::NoApiChange
        )
    );
}

#[test]
fn changes_come_sorted() {
    let changes = diff(
        &api(BASE),
        &api(&BASE
            .replacen(ITEM_SIZE, "", 1)
            .replacen("        - value: deleted\n", "        - value: gone\n", 1)
            .replacen("    response: message\n", "    response: empty\n", 1)),
    );
    let mut sorted = changes.clone();
    sorted.sort();
    assert_eq!(changes, sorted);
    assert_eq!(changes.len(), 4);
}

#[test]
fn the_released_order_wins_over_todays_rule() {
    let source = r#"
            impl crate::Client {
                pub fn list_items(&self, env_name: impl Into<String>, project_key: impl Into<String>, from: i64, to: i64) -> ListItems<'_> { todo!() }
                pub fn update_item(&self, r#name: impl Into<String>, body: crate::types::Item) -> UpdateItem<'_> { todo!() }
                fn private(&self, x: i64) {}
            }
            impl Other { pub fn ignored(&self, y: i64) {} }
        "#;
    let released = released_arguments(source).expect("the source parses");
    assert_eq!(
        released.keys().collect::<Vec<_>>(),
        ["list_items", "update_item"]
    );
    assert_eq!(released["update_item"], ["name"]);
    let mut old = api(BASE);
    assert_eq!(use_released_order(&mut old, &released), ["list_items"]);
    // The old code took the environment first: moving it is a change of the call.
    let changes = diff(&old, &api(BASE));
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].kind, ChangeKind::ArgumentsReordered);
    // Other names are a rename the comparison reports, not an order to copy.
    let mut renamed = BTreeMap::new();
    renamed.insert("update_item".to_owned(), vec!["item".to_owned()]);
    assert!(use_released_order(&mut api(BASE), &renamed).is_empty());
    assert!(released_arguments("fn (").is_err());
}

fn change(level: Level) -> Change {
    Change {
        module: "api".to_owned(),
        item: "Item".to_owned(),
        kind: ChangeKind::TypeAdded,
        level,
        description: String::new(),
    }
}

#[test]
fn releases_follow_cargo_semver() {
    let next = |version: &str, levels: &[Level]| {
        let changes: Vec<Change> = levels.iter().map(|level| change(*level)).collect();
        release(Version::parse(version).expect("a version"), &changes)
            .map(|release| (release.next.to_string(), release.bump))
    };
    use Level::*;
    assert_eq!(next("0.1.0", &[]), None);
    assert_eq!(
        next("0.1.3", &[Compatible, Breaking]),
        Some(("0.2.0".to_owned(), Bump::Minor))
    );
    assert_eq!(
        next("0.1.3", &[Compatible]),
        Some(("0.1.4".to_owned(), Bump::Patch))
    );
    assert_eq!(
        next("0.1.3", &[NoApiChange]),
        Some(("0.1.4".to_owned(), Bump::Patch))
    );
    assert_eq!(
        next("1.2.3", &[Breaking]),
        Some(("2.0.0".to_owned(), Bump::Major))
    );
    assert_eq!(
        next("1.2.3", &[Compatible, NoApiChange]),
        Some(("1.3.0".to_owned(), Bump::Minor))
    );
    assert_eq!(
        next("1.2.3", &[NoApiChange]),
        Some(("1.2.4".to_owned(), Bump::Patch))
    );
}

#[test]
fn versions_parse_strictly() {
    assert_eq!(
        Version::parse("0.10.2"),
        Ok(Version {
            major: 0,
            minor: 10,
            patch: 2
        })
    );
    for bad in [
        "0.1",
        "0.1.0.0",
        "v0.1.0",
        "0.01.0",
        "0.1.-1",
        "0.1.0-beta",
        "",
    ] {
        assert!(Version::parse(bad).is_err(), "{bad:?} is refused");
    }
}

mod releases {
    use super::*;
    use crate::release::{Range, ReleaseName};

    fn r(text: &str) -> ReleaseName {
        ReleaseName::parse(text).expect("a release")
    }

    /// [`BASE`] lowered, knowing `releases`, with `list_items` served over `range`.
    fn served(releases: &[&str], range: Range) -> Api {
        let mut api = api(BASE);
        api.releases = releases.iter().map(|text| r(text)).collect();
        for module in &mut api.modules {
            for endpoint in &mut module.endpoints {
                if endpoint.id == "list_items" {
                    endpoint.served = range;
                }
            }
        }
        api
    }

    fn kinds(old: &Api, new: &Api) -> Vec<(String, ChangeKind, Level)> {
        diff(old, new)
            .into_iter()
            .map(|change| (change.item, change.kind, change.level))
            .collect()
    }

    const KNOWN: [&str; 3] = ["v4.0.0", "v5.0.0", "main"];

    #[test]
    fn a_method_that_gains_a_release_is_compatible_and_one_that_loses_one_breaks() {
        let since_v5 = Range {
            since: Some(r("v5.0.0")),
            until: None,
        };
        let everywhere = served(&KNOWN, Range::ALL);
        let from_v5 = served(&KNOWN, since_v5);
        assert_eq!(
            kinds(&from_v5, &everywhere),
            one(
                "list_items()",
                ChangeKind::ReleasesGained,
                Level::Compatible
            )
        );
        assert_eq!(
            kinds(&everywhere, &from_v5),
            one("list_items()", ChangeKind::ReleasesLost, Level::Breaking)
        );
    }

    #[test]
    fn a_moved_path_changes_no_signature() {
        let old = served(&KNOWN, Range::ALL);
        let mut new = old.clone();
        for endpoint in new.modules.iter_mut().flat_map(|m| &mut m.endpoints) {
            if endpoint.id == "list_items" {
                endpoint.older_paths.push(crate::ir::OlderPath {
                    path: "/v4/projects/{projectKey}/envs/{envName}/items".to_owned(),
                    until: r("v4.0.0"),
                });
            }
        }
        assert_eq!(
            kinds(&old, &new),
            one(
                "list_items()",
                ChangeKind::ReleasePathsChanged,
                Level::NoApiChange
            )
        );
    }

    #[test]
    fn the_default_release_moving_on_is_reported_with_the_methods_it_drops() {
        let old = served(&KNOWN, Range::ALL);
        let until_v5 = Range {
            since: None,
            until: Some(r("v5.0.0")),
        };
        let new = served(&["v4.0.0", "v5.0.0", "v5.1.0", "main"], until_v5);
        let changes = kinds(&old, &new);
        assert!(changes.contains(&(
            "Client (default release)".to_owned(),
            ChangeKind::DefaultReleaseChanged,
            Level::Compatible
        )));
        assert!(changes.contains(&(
            "list_items()".to_owned(),
            ChangeKind::DefaultReleaseDropsMethod,
            Level::Breaking
        )));
        // main, which both know, served it and no longer does.
        assert!(changes.contains(&(
            "list_items()".to_owned(),
            ChangeKind::ReleasesLost,
            Level::Breaking
        )));
    }
}
