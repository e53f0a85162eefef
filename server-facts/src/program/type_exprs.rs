//! Type expressions: what a type written in the source denotes, as a [`Ty`], and the names
//! given to anonymous structs and function-local types.

use tree_sitter::Node;
use zadig_spec_model::facts::BASIC_TYPES;

use super::Program;
use super::consts::ConstValue;
use super::scopes::FnScope;
use super::syntax::{block_statements, collapse, enclosing_function_name};
use crate::load::{Decl, text};
use crate::ty::{Ty, TypeName};

/// A synthesised named type: an anonymous struct or a type declared inside a function.
#[derive(Clone, Copy)]
pub(crate) struct Synth<'m> {
    pub file: usize,
    /// A `struct_type`, or a function-local `type_spec`/`type_alias`.
    pub node: Node<'m>,
}

impl<'m> Program<'m> {
    /// The type a type expression denotes, in its file. `hint` names an anonymous struct met
    /// at the top (`Outer.Field`, `Handler.resp`); the package is the file's.
    pub fn type_expr(&self, file: usize, node: Node<'m>, hint: &str) -> Ty {
        let Ok(_guard) = self.enter() else {
            return Ty::Other(self.text(file, node).to_owned());
        };
        match node.kind() {
            "type_identifier" | "identifier" => self.type_ident(file, node),
            "qualified_type" => {
                let package = node
                    .child_by_field_name("package")
                    .map(|n| self.text(file, n));
                let name = node.child_by_field_name("name").map(|n| self.text(file, n));
                match (package, name) {
                    (Some(package), Some(name)) => self.qualified(file, package, name),
                    _ => Ty::Other(collapse(self.text(file, node))),
                }
            }
            "pointer_type" => match node.named_child(0) {
                Some(inner) => Ty::Ptr(Box::new(self.type_expr(file, inner, hint))),
                None => Ty::Other(collapse(self.text(file, node))),
            },
            "slice_type" | "implicit_length_array_type" => {
                match node.child_by_field_name("element") {
                    Some(inner) => Ty::Slice(Box::new(self.type_expr(file, inner, hint))),
                    None => Ty::Other(collapse(self.text(file, node))),
                }
            }
            "array_type" => {
                let element = node.child_by_field_name("element");
                let length = node
                    .child_by_field_name("length")
                    .and_then(|len| self.const_expr(file, len, 0, 0).ok())
                    .and_then(|value| match value {
                        ConstValue::Int(n) => u64::try_from(n).ok(),
                        _ => None,
                    });
                match (element, length) {
                    (Some(element), Some(length)) => {
                        Ty::Array(length, Box::new(self.type_expr(file, element, hint)))
                    }
                    _ => Ty::Other(collapse(self.text(file, node))),
                }
            }
            "map_type" => {
                let key = node.child_by_field_name("key");
                let value = node.child_by_field_name("value");
                match (key, value) {
                    (Some(key), Some(value)) => Ty::Map(
                        Box::new(self.type_expr(file, key, hint)),
                        Box::new(self.type_expr(file, value, hint)),
                    ),
                    _ => Ty::Other(collapse(self.text(file, node))),
                }
            }
            "interface_type" => Ty::Any,
            "struct_type" => Ty::Named(self.synth_name(file, node, hint)),
            "parenthesized_type" | "parenthesized_expression" => match node.named_child(0) {
                Some(inner) => self.type_expr(file, inner, hint),
                None => Ty::Other(collapse(self.text(file, node))),
            },
            "generic_type" => {
                let base = node
                    .child_by_field_name("type")
                    .map(|base| self.type_expr(file, base, hint));
                let args = node
                    .child_by_field_name("type_arguments")
                    .map(|args| {
                        let mut cursor = args.walk();
                        let list: Vec<String> = args
                            .named_children(&mut cursor)
                            .map(|arg| {
                                let arg = arg.named_child(0).unwrap_or(arg);
                                self.type_expr(file, arg, hint).to_string()
                            })
                            .collect();
                        format!("[{}]", list.join(","))
                    })
                    .unwrap_or_default();
                match base {
                    Some(Ty::Named(name)) => Ty::Generic(name, args),
                    _ => Ty::Other(collapse(self.text(file, node))),
                }
            }
            "selector_expression" => {
                // A type written in expression position: `pkg.T` in `new(pkg.T)`.
                let operand = node.child_by_field_name("operand");
                let field = node.child_by_field_name("field");
                match (operand, field) {
                    (Some(operand), Some(field)) if operand.kind() == "identifier" => {
                        self.qualified(file, self.text(file, operand), self.text(file, field))
                    }
                    _ => Ty::Other(collapse(self.text(file, node))),
                }
            }
            "unary_expression"
                if node.child_by_field_name("operator").map(|o| o.kind()) == Some("*") =>
            {
                match node.child_by_field_name("operand") {
                    Some(inner) => Ty::Ptr(Box::new(self.type_expr(file, inner, hint))),
                    None => Ty::Other(collapse(self.text(file, node))),
                }
            }
            _ => Ty::Other(collapse(self.text(file, node))),
        }
    }

    /// A type named by a bare identifier in a file: predeclared, a type parameter, a local
    /// type of the enclosing function, or a type of the file's package (aliases followed).
    pub(super) fn type_ident(&self, file: usize, node: Node<'m>) -> Ty {
        let name = self.text(file, node);
        if is_type_param(node, self.ix.text(file), name) {
            return Ty::Param(name.to_owned());
        }
        if let Some(local) = self.local_type(file, node, name) {
            return local;
        }
        let dir = self.ix.dir(file);
        if let Some(package) = self.ix.package(dir)
            && let Some(decl) = package.types.get(name)
        {
            return self.declared(dir, name, *decl);
        }
        match name {
            "any" => Ty::Any,
            "byte" | "rune" | "uint8" | "int32" => Ty::Basic(name.to_owned()),
            _ if BASIC_TYPES.contains(&name) => Ty::Basic(name.to_owned()),
            "complex64" | "complex128" => Ty::Basic(name.to_owned()),
            _ => Ty::Named(TypeName {
                pkg: dir.to_owned(),
                name: name.to_owned(),
                internal: true,
            }),
        }
    }

    /// A declared type by its spec: an alias resolves to its target.
    fn declared(&self, dir: &str, name: &str, decl: Decl<'m>) -> Ty {
        if decl.node.kind() == "type_alias"
            && let Some(target) = decl.node.child_by_field_name("type")
        {
            return self.type_expr(decl.file, target, name);
        }
        Ty::Named(TypeName {
            pkg: dir.to_owned(),
            name: name.to_owned(),
            internal: true,
        })
    }

    /// `pkg.Name` in a file.
    pub(super) fn qualified(&self, file: usize, package: &str, name: &str) -> Ty {
        let Some(import) = self.ix.import(file, package) else {
            return Ty::Named(TypeName {
                pkg: package.to_owned(),
                name: name.to_owned(),
                internal: false,
            });
        };
        match self.ix.module_dir(import) {
            Some(dir) => match self.ix.package(dir).and_then(|p| p.types.get(name)) {
                Some(decl) => self.declared(dir, name, *decl),
                None => Ty::Named(TypeName {
                    pkg: dir.to_owned(),
                    name: name.to_owned(),
                    internal: true,
                }),
            },
            None => Ty::Named(TypeName {
                pkg: import.to_owned(),
                name: name.to_owned(),
                internal: false,
            }),
        }
    }

    /// A type declared inside the function that encloses `node`, visible there.
    pub(super) fn local_type(&self, file: usize, node: Node<'m>, name: &str) -> Option<Ty> {
        let mut current = node.parent();
        while let Some(ancestor) = current {
            if ancestor.kind() == "block" {
                for statement in block_statements(ancestor) {
                    if statement.start_byte() >= node.start_byte() {
                        break;
                    }
                    if statement.kind() != "type_declaration" {
                        continue;
                    }
                    let mut cursor = statement.walk();
                    for spec in statement.named_children(&mut cursor) {
                        let spec_name =
                            spec.child_by_field_name("name").map(|n| self.text(file, n));
                        if spec_name != Some(name) {
                            continue;
                        }
                        if spec.kind() == "type_alias" {
                            return spec
                                .child_by_field_name("type")
                                .map(|target| self.type_expr(file, target, name));
                        }
                        let function = enclosing_function_name(spec, self.ix.text(file));
                        let hint = format!("{function}.{name}");
                        return Some(Ty::Named(self.synth_name(file, spec, &hint)));
                    }
                }
            }
            current = ancestor.parent();
        }
        None
    }

    /// The (unique) synthesised name of an anonymous struct or local type node.
    pub fn synth_name(&self, file: usize, node: Node<'m>, hint: &str) -> TypeName {
        let key = (file, node.start_byte());
        if let Some(name) = self.synth_names.borrow().get(&key) {
            return name.clone();
        }
        let dir = self.ix.dir(file).to_owned();
        let hint = if hint.is_empty() { "Anonymous" } else { hint };
        let mut name = hint.to_owned();
        let mut suffix = 2;
        while self.synth.borrow().contains_key(
            &TypeName {
                pkg: dir.clone(),
                name: name.clone(),
                internal: true,
            }
            .qualified(),
        ) || self
            .ix
            .packages
            .get(&dir)
            .is_some_and(|p| p.types.contains_key(&name))
        {
            name = format!("{hint}{suffix}");
            suffix += 1;
        }
        let type_name = TypeName {
            pkg: dir,
            name,
            internal: true,
        };
        self.synth
            .borrow_mut()
            .insert(type_name.qualified(), Synth { file, node });
        self.synth_names.borrow_mut().insert(key, type_name.clone());
        type_name
    }

    /// A type written in expression position (the argument of `new` or `make`, the callee of
    /// a conversion), or `None` if the expression is not a type.
    pub fn expr_as_type(&self, scope: &FnScope<'m>, node: Node<'m>, hint: &str) -> Option<Ty> {
        let file = scope.file;
        match node.kind() {
            "identifier" | "type_identifier" => {
                let name = self.text(file, node);
                if scope.lookup(name, node.start_byte()).is_some() {
                    return None;
                }
                if BASIC_TYPES.contains(&name) || matches!(name, "any" | "complex64" | "complex128")
                {
                    return Some(self.type_ident(file, node));
                }
                if self.local_type(file, node, name).is_some() {
                    return Some(self.type_ident(file, node));
                }
                let package = self.ix.package(self.ix.dir(file))?;
                package
                    .types
                    .contains_key(name)
                    .then(|| self.type_ident(file, node))
            }
            "selector_expression" => {
                let operand = node.child_by_field_name("operand")?;
                let field = node.child_by_field_name("field")?;
                if operand.kind() != "identifier" {
                    return None;
                }
                let package = self.text(file, operand);
                if scope.lookup(package, node.start_byte()).is_some() {
                    return None;
                }
                let import = self.ix.import(file, package)?;
                let name = self.text(file, field);
                match self.ix.module_dir(import) {
                    Some(dir) => {
                        let p = self.ix.package(dir)?;
                        p.types
                            .contains_key(name)
                            .then(|| self.qualified(file, package, name))
                    }
                    // Outside: an exported name used as a type here.
                    None => Some(self.qualified(file, package, name)),
                }
            }
            "parenthesized_expression" | "parenthesized_type" => {
                self.expr_as_type(scope, node.named_child(0)?, hint)
            }
            "pointer_type"
            | "slice_type"
            | "array_type"
            | "map_type"
            | "interface_type"
            | "struct_type"
            | "qualified_type"
            | "generic_type"
            | "function_type"
            | "channel_type"
            | "implicit_length_array_type" => Some(self.type_expr(file, node, hint)),
            "unary_expression" => {
                let operator = node.child_by_field_name("operator")?;
                if operator.kind() != "*" {
                    return None;
                }
                let inner = self.expr_as_type(scope, node.child_by_field_name("operand")?, hint)?;
                Some(Ty::Ptr(Box::new(inner)))
            }
            _ => None,
        }
    }
}

/// Whether `name` is a type parameter of the generic function, method or type around `node`.
fn is_type_param(node: Node, source: &str, name: &str) -> bool {
    let mut current = node.parent();
    while let Some(n) = current {
        let params = match n.kind() {
            "function_declaration" | "type_spec" | "type_alias" => {
                n.child_by_field_name("type_parameters")
            }
            "method_declaration" => {
                // `func (p *Page[T]) M()`: the receiver's type arguments are parameters.
                let receiver_type = n
                    .child_by_field_name("receiver")
                    .and_then(|r| r.named_child(0))
                    .and_then(|p| p.child_by_field_name("type"));
                let mut generic = receiver_type;
                while let Some(g) = generic {
                    if g.kind() == "pointer_type" {
                        generic = g.named_child(0);
                    } else {
                        break;
                    }
                }
                generic
                    .filter(|g| g.kind() == "generic_type")
                    .and_then(|g| g.child_by_field_name("type_arguments"))
            }
            _ => None,
        };
        if let Some(params) = params
            && declares_name(params, source, name)
        {
            return true;
        }
        current = n.parent();
    }
    false
}

fn declares_name(node: Node, source: &str, name: &str) -> bool {
    if matches!(node.kind(), "identifier" | "type_identifier") && text(node, source) == name {
        // Only names in declaring position: the first identifiers of each declaration.
        return node.parent().is_some_and(|p| {
            matches!(
                p.kind(),
                "type_parameter_declaration" | "type_elem" | "type_arguments"
            )
        });
    }
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .any(|child| declares_name(child, source, name))
}
