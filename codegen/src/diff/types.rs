//! Types: struct fields and constructors, enum values and lifecycles, union variants.

use std::collections::BTreeMap;

use super::{ChangeKind, Changes, field_ty, rust_ty};
use crate::ir::{Api, FieldItem, Shape, TypeItem, UnionVariantItem, VariantItem};
use crate::spec::Lifecycle;
use crate::text::code;

fn types_by_name(api: &Api) -> BTreeMap<&str, (&str, &TypeItem)> {
    api.modules
        .iter()
        .flat_map(|module| {
            module
                .types
                .iter()
                .map(|item| (item.name.as_str(), (module.name.as_str(), item)))
        })
        .collect()
}

fn kind_name(shape: &Shape) -> &'static str {
    match shape {
        Shape::Struct { .. } => "struct",
        Shape::Enum { .. } => "enum",
        Shape::Union { .. } => "union",
    }
}

pub(super) fn diff_types(old: &Api, new: &Api, changes: &mut Changes) {
    let old_types = types_by_name(old);
    let new_types = types_by_name(new);
    for (name, (module, item)) in &old_types {
        if !new_types.contains_key(name) {
            changes.push(
                module,
                *name,
                ChangeKind::TypeRemoved,
                format!("{} removed", kind_name(&item.shape)),
            );
        }
    }
    for (name, (module, item)) in &new_types {
        let Some((old_module, old_item)) = old_types.get(name) else {
            changes.push(
                module,
                *name,
                ChangeKind::TypeAdded,
                format!("{} added", kind_name(&item.shape)),
            );
            continue;
        };
        if old_module != module {
            changes.push(
                module,
                *name,
                ChangeKind::TypeMoved,
                format!(
                    "moved from `types::{old_module}` to `types::{module}` (`types::{name}` still \
                     names it)"
                ),
            );
        }
        match (&old_item.shape, &item.shape) {
            (Shape::Struct { fields: old_fields }, Shape::Struct { fields }) => {
                diff_struct(module, old_item, old_fields, item, fields, changes);
            }
            (Shape::Enum { values: old_values }, Shape::Enum { values }) => {
                diff_enum(module, name, old_values, values, changes);
            }
            (
                Shape::Union {
                    tag: old_tag,
                    variants: old_variants,
                },
                Shape::Union { tag, variants },
            ) => {
                if old_tag != tag {
                    changes.push(
                        module,
                        *name,
                        ChangeKind::UnionTagChanged,
                        format!("tag field {} -> {}", code(old_tag), code(tag)),
                    );
                }
                diff_union(module, name, old_variants, variants, changes);
            }
            (old_shape, shape) => changes.push(
                module,
                *name,
                ChangeKind::TypeKindChanged,
                format!("{} -> {}", kind_name(old_shape), kind_name(shape)),
            ),
        }
    }
}

/// What a field is in Rust, for messages: `Option<i64>, optional` or `String, a new() argument`.
fn field_role(field: &FieldItem) -> String {
    let role = if field.required {
        "a `new()` argument"
    } else if field.defaulted {
        "defaulted"
    } else {
        "optional"
    };
    format!("{}, {role}", code(&field_ty(field)))
}

fn diff_struct(
    module: &str,
    old_item: &TypeItem,
    old_fields: &[FieldItem],
    item: &TypeItem,
    fields: &[FieldItem],
    changes: &mut Changes,
) {
    let name = item.name.as_str();
    let by_rust = |fields: &'_ [FieldItem]| -> BTreeMap<String, FieldItem> {
        fields
            .iter()
            .map(|field| (field.name.rust.clone(), field.clone()))
            .collect()
    };
    let (old_by_rust, new_by_rust) = (by_rust(old_fields), by_rust(fields));
    let rust_for_wire = |fields: &[FieldItem], wire: &str| {
        fields
            .iter()
            .find(|field| field.name.wire == wire)
            .map(|field| field.name.rust.clone())
    };

    for (rust, field) in &old_by_rust {
        if new_by_rust.contains_key(rust) {
            continue;
        }
        let mut description = format!("field removed (was {})", field_role(field));
        if let Some(other) = rust_for_wire(fields, &field.name.wire) {
            description.push_str(&format!(
                "; the wire field {} is now `{name}.{other}`",
                code(&field.name.wire)
            ));
        }
        changes.push(
            module,
            format!("{name}.{rust}"),
            ChangeKind::FieldRemoved,
            description,
        );
    }
    for (rust, field) in &new_by_rust {
        let item_path = format!("{name}.{rust}");
        let Some(old_field) = old_by_rust.get(rust) else {
            // A struct is `#[non_exhaustive]` and built with `new()`: only a field that
            // `new()` takes breaks a caller.
            let kind = if field.required {
                ChangeKind::RequiredFieldAdded
            } else {
                ChangeKind::FieldAdded
            };
            let mut description = format!("field added ({})", field_role(field));
            if let Some(other) = rust_for_wire(old_fields, &field.name.wire) {
                description.push_str(&format!(
                    "; the wire field {} was `{name}.{other}`",
                    code(&field.name.wire)
                ));
            }
            changes.push(module, item_path, kind, description);
            continue;
        };
        diff_field(module, &item_path, old_field, field, changes);
    }

    // `new()` takes the required fields in field order.
    let constructor = |fields: &[FieldItem]| -> Vec<String> {
        fields
            .iter()
            .filter(|field| field.required)
            .map(|field| field.name.rust.clone())
            .collect()
    };
    let (old_new, new_new) = (constructor(old_fields), constructor(fields));
    let kept: Vec<&String> = new_new
        .iter()
        .filter(|rust| old_new.contains(rust))
        .collect();
    let kept_before: Vec<&String> = old_new
        .iter()
        .filter(|rust| new_new.contains(rust))
        .collect();
    if kept != kept_before {
        changes.push(
            module,
            format!("{name}::new()"),
            ChangeKind::ConstructorChanged,
            format!(
                "arguments reordered: `new({})` -> `new({})`",
                old_new.join(", "),
                new_new.join(", ")
            ),
        );
    }

    match (old_item.has_default, item.has_default) {
        (false, true) => changes.push(
            module,
            name,
            ChangeKind::DefaultAdded,
            "now implements `Default`",
        ),
        (true, false) => changes.push(
            module,
            name,
            ChangeKind::DefaultRemoved,
            "no longer implements `Default` (a field without a zero value is required)",
        ),
        _ => {}
    }
}

fn views(field: &FieldItem) -> String {
    field
        .views
        .iter()
        .map(|view| code(view))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One field both versions have, under the same Rust name.
fn diff_field(
    module: &str,
    item_path: &str,
    old: &FieldItem,
    new: &FieldItem,
    changes: &mut Changes,
) {
    let (old_ty, new_ty) = (rust_ty(&old.ty), rust_ty(&new.ty));
    // One change for the field's own type, the most telling one.
    let retyped = if old_ty != new_ty {
        Some((
            ChangeKind::FieldRetyped,
            format!(
                "field type {} -> {}",
                code(&field_ty(old)),
                code(&field_ty(new))
            ),
        ))
    } else if old.is_option() && !new.is_option() {
        Some((
            ChangeKind::FieldNoLongerOptional,
            format!(
                "field no longer optional: {} -> {}",
                code(&field_ty(old)),
                code(&field_ty(new))
            ),
        ))
    } else if !old.is_option() && new.is_option() {
        Some((
            ChangeKind::FieldNowOptional,
            format!(
                "field now optional: {} -> {}",
                code(&field_ty(old)),
                code(&field_ty(new))
            ),
        ))
    } else {
        None
    };
    let constructor = match (old.required, new.required) {
        (false, true) => Some("now an argument of `new()`"),
        (true, false) => Some("no longer an argument of `new()`"),
        _ => None,
    };
    match (retyped, constructor) {
        (Some((kind, description)), Some(constructor)) => changes.push(
            module,
            item_path,
            kind,
            format!("{description}; {constructor}"),
        ),
        (Some((kind, description)), None) => {
            changes.push(module, item_path, kind, description);
        }
        (None, Some(constructor)) => changes.push(
            module,
            item_path,
            ChangeKind::ConstructorChanged,
            format!("field {constructor}"),
        ),
        (None, None) => {}
    }

    if old.name.wire != new.name.wire {
        changes.push(
            module,
            item_path,
            ChangeKind::WireNameChanged,
            format!(
                "read and written as {} instead of {}",
                code(&new.name.wire),
                code(&old.name.wire)
            ),
        );
    }

    let accessor = item_path.replacen('.', "::", 1) + "_as()";
    match (old.views.is_empty(), new.views.is_empty()) {
        (true, false) => changes.push(
            module,
            accessor,
            ChangeKind::ViewAccessorAdded,
            format!("accessor added: decodes the field as {}", views(new)),
        ),
        (false, true) => changes.push(
            module,
            accessor,
            ChangeKind::ViewAccessorRemoved,
            "accessor removed",
        ),
        (false, false) if old.views != new.views => changes.push(
            module,
            accessor,
            ChangeKind::ViewsChanged,
            format!("documented views {} -> {}", views(old), views(new)),
        ),
        _ => {}
    }
}

fn lifecycle_name(lifecycle: Option<Lifecycle>) -> &'static str {
    match lifecycle {
        Some(Lifecycle::Final) => "final",
        Some(Lifecycle::InProgress) => "in_progress",
        None => "unmarked",
    }
}

fn diff_enum(
    module: &str,
    name: &str,
    old_values: &[VariantItem],
    values: &[VariantItem],
    changes: &mut Changes,
) {
    let by_rust = |values: &[VariantItem]| -> BTreeMap<String, VariantItem> {
        values
            .iter()
            .map(|value| (value.name.rust.clone(), value.clone()))
            .collect()
    };
    let (old_by_rust, new_by_rust) = (by_rust(old_values), by_rust(values));
    // The generated enum has `is_final()` when any value has a lifecycle. When the method
    // comes or goes, that one change says it; a line per value would only repeat it.
    let marked = |values: &[VariantItem]| values.iter().any(|value| value.lifecycle.is_some());
    let (old_marked, new_marked) = (marked(old_values), marked(values));
    for (rust, value) in &old_by_rust {
        if !new_by_rust.contains_key(rust) {
            changes.push(
                module,
                format!("{name}::{rust}"),
                ChangeKind::EnumValueRemoved,
                format!(
                    "value removed ({} now decodes to `Unknown`)",
                    code(&value.name.wire)
                ),
            );
        }
    }
    for (rust, value) in &new_by_rust {
        let item = format!("{name}::{rust}");
        let Some(old_value) = old_by_rust.get(rust) else {
            changes.push(
                module,
                item,
                ChangeKind::EnumValueAdded,
                format!(
                    "value added ({}, which decoded to `Unknown` before)",
                    code(&value.name.wire)
                ),
            );
            continue;
        };
        if old_value.name.wire != value.name.wire {
            changes.push(
                module,
                item.clone(),
                ChangeKind::WireNameChanged,
                format!(
                    "spelt {} on the wire instead of {}",
                    code(&value.name.wire),
                    code(&old_value.name.wire)
                ),
            );
        }
        if old_marked && new_marked && old_value.lifecycle != value.lifecycle {
            changes.push(
                module,
                item,
                ChangeKind::LifecycleChanged,
                format!(
                    "lifecycle {} -> {}, so `is_final()` answers otherwise",
                    lifecycle_name(old_value.lifecycle),
                    lifecycle_name(value.lifecycle)
                ),
            );
        }
    }
    let with = |lifecycle: Lifecycle| {
        values
            .iter()
            .filter(|value| value.lifecycle == Some(lifecycle))
            .map(|value| code(&value.name.rust))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match (old_marked, new_marked) {
        (false, true) => changes.push(
            module,
            format!("{name}::is_final()"),
            ChangeKind::IsFinalAdded,
            format!(
                "method added: `Some(true)` for {}; `Some(false)` for {}",
                with(Lifecycle::Final),
                with(Lifecycle::InProgress)
            ),
        ),
        (true, false) => changes.push(
            module,
            format!("{name}::is_final()"),
            ChangeKind::IsFinalRemoved,
            "method removed: no value carries a lifecycle any more",
        ),
        _ => {}
    }
}

fn diff_union(
    module: &str,
    name: &str,
    old_variants: &[UnionVariantItem],
    variants: &[UnionVariantItem],
    changes: &mut Changes,
) {
    let by_rust = |variants: &[UnionVariantItem]| -> BTreeMap<String, UnionVariantItem> {
        variants
            .iter()
            .map(|variant| (variant.name.rust.clone(), variant.clone()))
            .collect()
    };
    let (old_by_rust, new_by_rust) = (by_rust(old_variants), by_rust(variants));
    for (rust, variant) in &old_by_rust {
        if !new_by_rust.contains_key(rust) {
            changes.push(
                module,
                format!("{name}::{rust}"),
                ChangeKind::UnionVariantRemoved,
                format!(
                    "variant removed (tag {} now decodes to `Unknown`)",
                    code(&variant.name.wire)
                ),
            );
        }
    }
    for (rust, variant) in &new_by_rust {
        let item = format!("{name}::{rust}");
        let Some(old_variant) = old_by_rust.get(rust) else {
            changes.push(
                module,
                item,
                ChangeKind::UnionVariantAdded,
                format!(
                    "variant added: tag {} holds {}",
                    code(&variant.name.wire),
                    code(&variant.ty)
                ),
            );
            continue;
        };
        if old_variant.ty != variant.ty {
            changes.push(
                module,
                item.clone(),
                ChangeKind::UnionVariantRetyped,
                format!(
                    "variant holds {} instead of {}",
                    code(&variant.ty),
                    code(&old_variant.ty)
                ),
            );
        }
        if old_variant.name.wire != variant.name.wire {
            changes.push(
                module,
                item,
                ChangeKind::WireNameChanged,
                format!(
                    "tag {} instead of {}",
                    code(&variant.name.wire),
                    code(&old_variant.name.wire)
                ),
            );
        }
    }
}
