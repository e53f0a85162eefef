//! The `types` map: every named type of the module that the routes reach, laid out as
//! `encoding/json` sees it, and the outside types met on the way.

use std::collections::{BTreeMap, HashSet, VecDeque};

use zadig_spec_model::facts::{
    GoConst, GoField, GoTypeDecl, GoTypeKind, Unresolved, known_external,
};

use crate::program::{Program, RawField, named_children};
use crate::ty::{Ty, TypeName};

/// Collects type declarations from seeds, transitively.
pub(crate) struct TypeCollector<'p, 'm> {
    prog: &'p Program<'m>,
    pub types: BTreeMap<String, GoTypeDecl>,
    queue: VecDeque<(Ty, String)>,
    seen: HashSet<String>,
    pub unresolved: Vec<Unresolved>,
}

impl<'p, 'm> TypeCollector<'p, 'm> {
    pub fn new(prog: &'p Program<'m>) -> Self {
        TypeCollector {
            prog,
            types: BTreeMap::new(),
            queue: VecDeque::new(),
            seen: HashSet::new(),
            unresolved: Vec::new(),
        }
    }

    /// Adds every named type `ty` mentions; `at` is where it was met.
    pub fn add(&mut self, ty: &Ty, at: &str) {
        let mut leaves = Vec::new();
        ty.named_leaves(&mut leaves);
        for leaf in leaves {
            self.queue.push_back((leaf, at.to_owned()));
        }
    }

    /// Processes the queue until every reached type is declared or recorded as unresolved.
    pub fn run(&mut self) {
        while let Some((ty, at)) = self.queue.pop_front() {
            let key = ty.to_string();
            if !self.seen.insert(key.clone()) {
                continue;
            }
            match ty {
                Ty::Generic(..) => self.unresolved.push(Unresolved {
                    what: format!("type {key}"),
                    reason: "an instance of a generic type; type parameters are not expanded"
                        .to_owned(),
                    at: Some(at),
                }),
                Ty::Named(name) if !name.internal && known_external(&key).is_none() => {
                    self.unresolved.push(Unresolved {
                        what: format!("type {key}"),
                        reason: format!("declared outside the Zadig module ({})", name.pkg),
                        at: Some(at),
                    });
                }
                // A well-known outside type: its JSON is known without a declaration.
                Ty::Named(name) if !name.internal => {}
                Ty::Named(name) => self.declare(&name, &at),
                _ => {}
            }
        }
    }

    fn declare(&mut self, name: &TypeName, met_at: &str) {
        let prog = self.prog;
        let qualified = name.qualified();
        let Some((file, decl)) = prog.type_decl(name) else {
            self.unresolved.push(Unresolved {
                what: format!("type {qualified}"),
                reason: format!("no type {} is declared in package {}", name.name, name.pkg),
                at: Some(met_at.to_owned()),
            });
            return;
        };
        if decl.child_by_field_name("type_parameters").is_some() {
            self.unresolved.push(Unresolved {
                what: format!("type {qualified}"),
                reason: "a generic type; type parameters are not expanded".to_owned(),
                at: Some(prog.ix.at(file, decl)),
            });
            return;
        }
        let at = prog.ix.at(file, decl);
        let custom_json = prog.custom_json(name);
        let kind = if prog.struct_of(name).is_some() {
            GoTypeKind::Struct {
                fields: self.struct_layout(name),
            }
        } else {
            let underlying = self.underlying(name);
            if let Some(ty) = &underlying {
                self.add(ty, &at);
            }
            GoTypeKind::Named {
                underlying: underlying
                    .map(|t| t.to_string())
                    .unwrap_or_else(|| "?".to_owned()),
                constants: self.constants_of(name),
            }
        };
        self.types.insert(
            qualified,
            GoTypeDecl {
                at,
                custom_json,
                kind,
            },
        );
    }

    /// The underlying type of a non-struct named type, following `type A B` chains.
    fn underlying(&mut self, name: &TypeName) -> Option<Ty> {
        let prog = self.prog;
        let mut current = name.clone();
        for _ in 0..8 {
            let (file, def) = prog.type_def(&current)?;
            let ty = prog.type_expr(file, def, &current.name);
            match ty {
                Ty::Named(next) if next.internal && next != current => current = next,
                other => return Some(other),
            }
        }
        None
    }

    /// Constants declared with the named type in its package, in declaration order.
    fn constants_of(&self, name: &TypeName) -> Vec<GoConst> {
        let prog = self.prog;
        let Some(package) = prog.ix.package(&name.pkg) else {
            return Vec::new();
        };
        let target = Ty::Named(name.clone());
        let mut out = Vec::new();
        for constant in &package.consts {
            if prog.const_type(constant).as_ref() != Some(&target) {
                continue;
            }
            let value_node = constant
                .source
                .child_by_field_name("value")
                .and_then(|v| named_children(v).get(constant.index).copied());
            let value = value_node
                .map(|node| {
                    prog.const_expr(constant.file, node, constant.iota, 0)
                        .map(|v| v.render())
                        .unwrap_or_else(|()| {
                            crate::program::collapse(prog.text(constant.file, node))
                        })
                })
                .unwrap_or_default();
            out.push(GoConst {
                name: constant.name.clone(),
                value,
                at: prog.ix.at(constant.file, constant.spec),
            });
        }
        out
    }

    /// The JSON fields of a struct, as `encoding/json`'s `typeFields` computes them.
    fn struct_layout(&mut self, owner: &TypeName) -> Vec<GoField> {
        let prog = self.prog;
        let owner_q = owner.qualified();
        let mut candidates: Vec<Candidate> = Vec::new();
        // Breadth-first over embedded structs: (struct, index path, embedded from, whether
        // YAML reads its fields at the owner's level).
        let mut level: Vec<Embedded> = vec![(owner.clone(), Vec::new(), None, true)];
        let mut visited: HashSet<TypeName> = HashSet::new();
        let mut depth = 0usize;
        while !level.is_empty() && depth < 16 {
            let mut next = Vec::new();
            let mut this_level: Vec<TypeName> = Vec::new();
            for (name, prefix, from, yaml_inline) in &level {
                if visited.contains(name) {
                    continue;
                }
                this_level.push(name.clone());
                let Some((file, st, real)) = prog.struct_of(name) else {
                    continue;
                };
                for (i, raw) in prog.struct_fields(file, st).into_iter().enumerate() {
                    let mut index = prefix.clone();
                    index.push(i);
                    self.layout_field(
                        &real,
                        file,
                        &raw,
                        Placement {
                            index,
                            depth,
                            from: from.clone(),
                            yaml_inline: *yaml_inline,
                        },
                        &mut candidates,
                        &mut next,
                    );
                }
            }
            visited.extend(this_level);
            level = next;
            depth += 1;
        }
        // Dominance: for each name, the shallowest field wins; at equal depth a single
        // tagged field wins; otherwise all are dropped.
        let mut by_name: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, c) in candidates.iter().enumerate() {
            by_name.entry(c.field.wire.clone()).or_default().push(i);
        }
        let mut keep: Vec<usize> = Vec::new();
        for (wire, indexes) in by_name {
            let min = indexes
                .iter()
                .map(|i| candidates[*i].depth)
                .min()
                .unwrap_or(0);
            let shallow: Vec<usize> = indexes
                .iter()
                .copied()
                .filter(|i| candidates[*i].depth == min)
                .collect();
            if shallow.len() == 1 {
                keep.push(shallow[0]);
                continue;
            }
            let tagged: Vec<usize> = shallow
                .iter()
                .copied()
                .filter(|i| candidates[*i].tagged)
                .collect();
            if tagged.len() == 1 {
                keep.push(tagged[0]);
                continue;
            }
            let sources: Vec<String> = shallow
                .iter()
                .map(|i| {
                    let c = &candidates[*i];
                    format!(
                        "{}.{}",
                        c.field
                            .embedded_from
                            .clone()
                            .unwrap_or_else(|| owner_q.clone()),
                        c.field.go_name
                    )
                })
                .collect();
            self.unresolved.push(Unresolved {
                what: format!("type {owner_q} field {wire}"),
                reason: format!(
                    "embedded fields {} conflict at the same depth; encoding/json drops them all",
                    sources.join(" and ")
                ),
                at: candidates.get(shallow[0]).map(|c| c.field.at.clone()),
            });
        }
        keep.sort_by(|a, b| candidates[*a].index.cmp(&candidates[*b].index));
        keep.into_iter()
            .map(|i| candidates[i].field.clone())
            .collect()
    }

    fn layout_field(
        &mut self,
        real: &TypeName,
        file: usize,
        raw: &RawField<'m>,
        place: Placement,
        candidates: &mut Vec<Candidate>,
        next: &mut Vec<Embedded>,
    ) {
        let Placement {
            index,
            depth,
            from,
            yaml_inline,
        } = place;
        let prog = self.prog;
        let at = prog.ix.at(file, raw.node);
        let embedded = raw.name.is_none();
        let go_name = match &raw.name {
            Some(name) => name.clone(),
            None => prog.embedded_name(file, raw.ty),
        };
        let hint = format!("{}.{go_name}", real.name);
        let declared = prog.type_expr(file, raw.ty, &hint);
        let ty = if raw.pointer {
            Ty::Ptr(Box::new(declared))
        } else {
            declared
        };
        let exported = go_name.chars().next().is_some_and(char::is_uppercase);
        let inner = ty.deref().clone();
        let struct_kind = match &inner {
            Ty::Named(name) if name.internal => Some(prog.struct_of(name).is_some()),
            Ty::Named(_) | Ty::Generic(..) => None,
            _ => Some(false),
        };
        if embedded {
            if !exported && struct_kind != Some(true) {
                return;
            }
        } else if !exported {
            return;
        }
        let json = tag_lookup(&raw.tag, "json");
        if json.as_deref() == Some("-") {
            return;
        }
        let json = json.unwrap_or_default();
        let (tag_name, options) = json.split_once(',').unwrap_or((json.as_str(), ""));
        let tag_name = if valid_tag_name(tag_name) {
            tag_name
        } else {
            ""
        };
        let options: Vec<&str> = options.split(',').collect();
        let binding = tag_lookup(&raw.tag, "binding").unwrap_or_default();
        let required = binding.split(',').any(|b| b.trim() == "required");
        let yaml_tag = tag_lookup(&raw.tag, "yaml");
        if !tag_name.is_empty() || !embedded || struct_kind == Some(false) {
            self.add(&ty, &at);
            let wire = if tag_name.is_empty() {
                go_name.clone()
            } else {
                tag_name.to_owned()
            };
            let yaml = yaml_name(yaml_tag.as_deref(), &go_name, yaml_inline);
            candidates.push(Candidate {
                field: GoField {
                    yaml: (yaml != wire).then_some(yaml),
                    wire,
                    go_name,
                    go_type: ty.to_string(),
                    omitempty: options.contains(&"omitempty"),
                    string: options.contains(&"string"),
                    required,
                    embedded_from: from,
                    at,
                },
                depth,
                tagged: !tag_name.is_empty(),
                index,
            });
            return;
        }
        match inner {
            Ty::Named(name) if name.internal => {
                // Embedded struct without a name: its fields are promoted. The embedded type
                // itself is reached too (fields name it in `embedded_from`).
                self.queue.push_back((Ty::Named(name.clone()), at));
                let from = Some(name.qualified());
                // YAML promotes an embedded struct's fields only with `yaml:",inline"`.
                let inline = yaml_inline
                    && yaml_tag
                        .as_deref()
                        .is_some_and(|tag| tag.split(',').skip(1).any(|flag| flag == "inline"));
                next.push((name, index, from, inline));
            }
            other => {
                self.add(&other, &at);
                self.unresolved.push(Unresolved {
                    what: format!("type {} field {go_name}", real.qualified()),
                    reason: format!(
                        "embeds {other} without a json name; encoding/json promotes its fields, which are not known"
                    ),
                    at: Some(at),
                });
            }
        }
    }
}

/// An embedded struct still to lay out: the struct, its index path, the struct it was
/// embedded from, and whether YAML reads its fields at the owner's level.
type Embedded = (TypeName, Vec<usize>, Option<String>, bool);

/// Where a raw field sits in the layout.
struct Placement {
    index: Vec<usize>,
    depth: usize,
    from: Option<String>,
    /// YAML reads the fields of the struct holding it at the owner's level (the owner itself,
    /// or a struct embedded with `yaml:",inline"`).
    yaml_inline: bool,
}

/// The key `gopkg.in/yaml` reads a field under: the yaml tag's name, or the Go name in lower
/// case when the tag gives none; `-` when the tag is `-` or the field's struct is not read at
/// this level (embedded without `inline`).
fn yaml_name(tag: Option<&str>, go_name: &str, inline: bool) -> String {
    if !inline {
        return "-".to_owned();
    }
    match tag {
        Some("-") => "-".to_owned(),
        Some(tag) if !tag.split(',').next().unwrap_or("").is_empty() => {
            tag.split(',').next().unwrap_or("").to_owned()
        }
        _ => go_name.to_lowercase(),
    }
}

struct Candidate {
    field: GoField,
    depth: usize,
    tagged: bool,
    index: Vec<usize>,
}

/// `reflect.StructTag.Lookup`: the value of `key` in a conventional struct tag.
pub(crate) fn tag_lookup(tag: &str, key: &str) -> Option<String> {
    let mut rest = tag;
    loop {
        rest = rest.trim_start_matches(' ');
        if rest.is_empty() {
            return None;
        }
        let name_end = rest
            .find(|c: char| c <= ' ' || c == ':' || c == '"' || c == '\u{7f}')
            .unwrap_or(rest.len());
        if name_end == 0 || !rest[name_end..].starts_with(":\"") {
            return None;
        }
        let name = &rest[..name_end];
        rest = &rest[name_end + 1..];
        // The quoted value, escapes honoured.
        let mut end = None;
        let mut escaped = false;
        for (i, c) in rest.char_indices().skip(1) {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                end = Some(i);
                break;
            }
        }
        let end = end?;
        let quoted = &rest[1..end];
        rest = &rest[end + 1..];
        if name == key {
            return Some(quoted.replace("\\\"", "\"").replace("\\\\", "\\"));
        }
    }
}

/// `encoding/json`'s `isValidTag`.
fn valid_tag_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .chars()
            .all(|c| "!#$%&()*+-./:;<=>?@[]^_{|}~ ".contains(c) || c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_names() {
        assert_eq!(yaml_name(Some("name"), "Name", true), "name");
        assert_eq!(yaml_name(Some("name,omitempty"), "Name", true), "name");
        assert_eq!(yaml_name(Some("-"), "ID", true), "-");
        assert_eq!(
            yaml_name(Some(",omitempty"), "DisplayName", true),
            "displayname"
        );
        assert_eq!(yaml_name(None, "DisplayName", true), "displayname");
        // A field of an embedded struct YAML does not inline is not read at this level.
        assert_eq!(yaml_name(Some("author"), "Author", false), "-");
    }

    #[test]
    fn struct_tags_are_read_like_reflect() {
        let tag = r#"json:"name,omitempty" form:"n,default=5" binding:"required""#;
        assert_eq!(tag_lookup(tag, "json").as_deref(), Some("name,omitempty"));
        assert_eq!(tag_lookup(tag, "form").as_deref(), Some("n,default=5"));
        assert_eq!(tag_lookup(tag, "binding").as_deref(), Some("required"));
        assert_eq!(tag_lookup(tag, "yaml"), None);
        assert_eq!(tag_lookup(r#"json:"-""#, "json").as_deref(), Some("-"));
        assert_eq!(tag_lookup("json:name", "json"), None);
        assert_eq!(
            tag_lookup(r#"a:"x\"y" json:"z""#, "json").as_deref(),
            Some("z")
        );
    }

    #[test]
    fn tag_names_are_validated_like_encoding_json() {
        assert!(valid_tag_name("project_key"));
        assert!(valid_tag_name("a-b.c"));
        assert!(!valid_tag_name(""));
        assert!(!valid_tag_name("a\"b"));
    }
}
