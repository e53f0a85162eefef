//! Named types of the module: their declarations, struct fields (promoted ones included) and
//! methods (declared, promoted or of an interface).

use std::collections::HashSet;

use tree_sitter::Node;

use super::Program;
use super::calls::Callee;
use crate::load::{Decl, string_literal};
use crate::ty::{Ty, TypeName};

impl<'m> Program<'m> {
    /// The node that defines a named type of the module: `type_spec` of a package type, or a
    /// synthesised type's `struct_type`/`type_spec`; with its file.
    pub fn type_decl(&self, name: &TypeName) -> Option<(usize, Node<'m>)> {
        if !name.internal {
            return None;
        }
        if let Some(decl) = self
            .ix
            .package(&name.pkg)
            .and_then(|p| p.types.get(&name.name))
        {
            return Some((decl.file, decl.node));
        }
        self.synth
            .borrow()
            .get(&name.qualified())
            .map(|synth| (synth.file, synth.node))
    }

    /// The type expression a named type is defined as (a `struct_type` for synthesised
    /// anonymous structs), with its file.
    pub fn type_def(&self, name: &TypeName) -> Option<(usize, Node<'m>)> {
        let (file, node) = self.type_decl(name)?;
        if node.kind() == "struct_type" {
            return Some((file, node));
        }
        node.child_by_field_name("type").map(|ty| (file, ty))
    }

    /// The struct type a named type is, following `type A B` chains (not outside types).
    pub fn struct_of(&self, name: &TypeName) -> Option<(usize, Node<'m>, TypeName)> {
        let mut current = name.clone();
        for _ in 0..8 {
            let (file, def) = self.type_def(&current)?;
            match def.kind() {
                "struct_type" => return Some((file, def, current)),
                _ => match self.type_expr(file, def, &current.name) {
                    Ty::Named(next) if next.internal => current = next,
                    _ => return None,
                },
            }
        }
        None
    }

    /// Every field of a struct type: (Go name or `None` for embedded, type node, tag,
    /// declaring node).
    pub fn struct_fields(&self, file: usize, struct_type: Node<'m>) -> Vec<RawField<'m>> {
        let mut out = Vec::new();
        let Some(list) = struct_type.named_child(0) else {
            return out;
        };
        let mut cursor = list.walk();
        for field in list.named_children(&mut cursor) {
            if field.kind() != "field_declaration" {
                continue;
            }
            let Some(ty) = field.child_by_field_name("type") else {
                continue;
            };
            let tag = field
                .child_by_field_name("tag")
                .map(|tag| string_literal(tag, self.ix.text(file)))
                .unwrap_or_default();
            let mut c = field.walk();
            let names: Vec<Node<'m>> = field.children_by_field_name("name", &mut c).collect();
            if names.is_empty() {
                let mut c = field.walk();
                let pointer = field.children(&mut c).any(|child| child.kind() == "*");
                out.push(RawField {
                    name: None,
                    ty,
                    pointer,
                    tag,
                    node: field,
                });
            } else {
                for name in names {
                    out.push(RawField {
                        name: Some(self.text(file, name).to_owned()),
                        ty,
                        pointer: false,
                        tag: tag.clone(),
                        node: name,
                    });
                }
            }
        }
        out
    }

    /// The Go name of an embedded field: its type's name.
    pub fn embedded_name(&self, file: usize, ty: Node<'m>) -> String {
        let mut node = ty;
        loop {
            match node.kind() {
                "qualified_type" => {
                    return node
                        .child_by_field_name("name")
                        .map(|n| self.text(file, n).to_owned())
                        .unwrap_or_default();
                }
                "generic_type" => match node.child_by_field_name("type") {
                    Some(inner) => node = inner,
                    None => return String::new(),
                },
                "pointer_type" => match node.named_child(0) {
                    Some(inner) => node = inner,
                    None => return String::new(),
                },
                _ => return self.text(file, node).to_owned(),
            }
        }
    }

    /// The type of field `field` of a named struct type, promoted fields included.
    pub fn field_type(&self, owner: &TypeName, field: &str) -> Option<Ty> {
        let mut level = vec![owner.clone()];
        let mut seen = HashSet::new();
        for _ in 0..6 {
            let mut next = Vec::new();
            for name in &level {
                if !seen.insert(name.clone()) {
                    continue;
                }
                let Some((file, st, real)) = self.struct_of(name) else {
                    continue;
                };
                for raw in self.struct_fields(file, st) {
                    let go_name = match &raw.name {
                        Some(n) => n.clone(),
                        None => self.embedded_name(file, raw.ty),
                    };
                    let hint = format!("{}.{go_name}", real.name);
                    let ty = self.type_expr(file, raw.ty, &hint);
                    let ty = if raw.pointer {
                        Ty::Ptr(Box::new(ty))
                    } else {
                        ty
                    };
                    if go_name == field {
                        return Some(ty);
                    }
                    if raw.name.is_none()
                        && let Some(inner) = ty.named()
                    {
                        next.push(inner.clone());
                    }
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// The method `method` of a named type: declared on it (or its pointer), promoted from an
    /// embedded field, or an interface's method.
    pub fn method(&self, owner: &TypeName, method: &str) -> Option<Callee<'m>> {
        let mut level = vec![owner.clone()];
        let mut seen = HashSet::new();
        for _ in 0..6 {
            let mut next = Vec::new();
            for name in &level {
                if !name.internal || !seen.insert(name.clone()) {
                    continue;
                }
                if let Some(decl) = self
                    .ix
                    .package(&name.pkg)
                    .and_then(|p| p.methods.get(&name.name))
                    .and_then(|m| m.get(method))
                {
                    let pointer = decl
                        .node
                        .child_by_field_name("receiver")
                        .map(|r| self.text(decl.file, r).contains('*'))
                        .unwrap_or(false);
                    let recv = if pointer {
                        format!("(*{})", name.name)
                    } else {
                        name.name.clone()
                    };
                    return Some(Callee::Func {
                        decl: *decl,
                        name: format!("{}.{recv}.{method}", name.pkg),
                    });
                }
                let Some((file, def)) = self.type_def(name) else {
                    continue;
                };
                match def.kind() {
                    "interface_type" => {
                        if let Some(found) = self.interface_method(file, def, name, method) {
                            return Some(found);
                        }
                    }
                    "struct_type" => {
                        for raw in self.struct_fields(file, def) {
                            if raw.name.is_none()
                                && let Some(inner) = self.type_expr(file, raw.ty, "").named()
                            {
                                next.push(inner.clone());
                            }
                        }
                    }
                    _ => {
                        if let Ty::Named(inner) = self.type_expr(file, def, &name.name) {
                            next.push(inner);
                        }
                    }
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    fn interface_method(
        &self,
        file: usize,
        def: Node<'m>,
        owner: &TypeName,
        method: &str,
    ) -> Option<Callee<'m>> {
        let mut cursor = def.walk();
        for element in def.named_children(&mut cursor) {
            match element.kind() {
                "method_elem" => {
                    let name = element
                        .child_by_field_name("name")
                        .map(|n| self.text(file, n));
                    if name == Some(method) {
                        return Some(Callee::Interface {
                            decl: Decl {
                                file,
                                node: element,
                            },
                            name: format!("{}.{method}", owner.qualified()),
                        });
                    }
                }
                "type_elem" => {
                    // An embedded interface.
                    if let Some(inner) = element.named_child(0)
                        && let Ty::Named(embedded) = self.type_expr(file, inner, "")
                        && let Some(found) = self.method(&embedded, method)
                    {
                        return Some(found);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Whether a named type of the module has its own JSON encoding: a `MarshalJSON` or
    /// `UnmarshalJSON` method on it or its pointer, or promoted from an embedded field.
    pub fn custom_json(&self, name: &TypeName) -> bool {
        ["MarshalJSON", "UnmarshalJSON"]
            .iter()
            .any(|method| matches!(self.method(name, method), Some(Callee::Func { .. })))
    }
}

/// A struct field as declared.
pub(crate) struct RawField<'m> {
    /// `None` for an embedded field.
    pub name: Option<String>,
    pub ty: Node<'m>,
    /// An embedded `*T`.
    pub pointer: bool,
    /// The tag's contents.
    pub tag: String,
    /// The node to report the field's position with.
    pub node: Node<'m>,
}
