//! Go semantics the extraction needs, over the tree-sitter trees: type expressions to [`Ty`],
//! local scopes, the static type of an expression, callees and their results, struct fields,
//! methods (including promoted and interface methods) and constant values.
//!
//! It is a small type checker: enough to follow Zadig's handlers, not a general one. What it
//! cannot type comes back as an `Err` with a one-line reason that ends up in the facts'
//! `unresolved` list.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use tree_sitter::Node;
use zadig_spec_model::facts::BASIC_TYPES;

use crate::load::{Decl, Index, string_literal, text};
use crate::ty::{Ty, TypeName};

/// How deep the recursive questions (types of types of variables, returns of callees) may go.
const MAX_DEPTH: u32 = 48;

/// Node kinds that open a scope for the declarations directly inside them.
const SCOPES: &[&str] = &[
    "block",
    "if_statement",
    "for_statement",
    "expression_switch_statement",
    "type_switch_statement",
    "select_statement",
    "expression_case",
    "default_case",
    "type_case",
    "communication_case",
    "func_literal",
    "function_declaration",
    "method_declaration",
];

/// The result of typing something: the type, or why it could not be told.
pub(crate) type Typed = Result<Ty, String>;

/// A local variable (or parameter) of a function.
#[derive(Clone)]
pub(crate) struct LocalVar<'m> {
    pub name: String,
    /// Visible from this byte on (the end of its declaring statement).
    pub pos: usize,
    /// The byte range of the scope it is declared in.
    pub scope: (usize, usize),
    pub origin: Origin<'m>,
}

/// Where a local variable's type comes from.
#[derive(Clone, Copy)]
pub(crate) enum Origin<'m> {
    /// A declared type.
    Typed(Node<'m>),
    /// A variadic parameter `...T`: a slice of it.
    Variadic(Node<'m>),
    /// The value of `expr`; `Some(i)` for the `i`th result of a multi-valued expression.
    Value(Node<'m>, Option<usize>),
    /// The key or the value of a `range` over `expr`.
    RangeKey(Node<'m>),
    RangeValue(Node<'m>),
    Unknown,
}

/// A function's (or a file's package-level) local declarations.
pub(crate) struct FnScope<'m> {
    /// A unique id (the function node's id).
    pub id: usize,
    pub file: usize,
    /// The function or method declaration (the file's root for package level).
    pub node: Node<'m>,
    /// `F` or `T.M`, used to name anonymous structs declared inside.
    pub name: String,
    pub vars: Vec<LocalVar<'m>>,
}

impl<'m> FnScope<'m> {
    /// The variable `name` refers to at byte `at`.
    pub fn lookup(&self, name: &str, at: usize) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (index, var) in self.vars.iter().enumerate() {
            if var.name == name && var.scope.0 <= at && at < var.scope.1 && var.pos <= at {
                let better = match best {
                    Some(b) => {
                        let cur = &self.vars[b];
                        // The innermost scope wins; within it the latest declaration.
                        (var.scope.0, var.pos) >= (cur.scope.0, cur.pos)
                    }
                    None => true,
                };
                if better {
                    best = Some(index);
                }
            }
        }
        best
    }
}

/// What a call calls.
#[derive(Clone)]
pub(crate) enum Callee<'m> {
    Builtin(String),
    Conversion(Ty),
    /// A function or method declared in the module; `recv` is the method's receiver type.
    Func {
        decl: Decl<'m>,
        /// Qualified name for messages: `pkg/x.F`, `pkg/x.(*T).M`.
        name: String,
    },
    /// A method of an interface type declared in the module (a `method_elem`).
    Interface {
        decl: Decl<'m>,
        name: String,
    },
    /// A function literal.
    Literal {
        file: usize,
        node: Node<'m>,
    },
    /// A function or method outside the module.
    External {
        name: String,
    },
}

impl Callee<'_> {
    /// A name for messages.
    pub fn describe(&self) -> String {
        match self {
            Callee::Builtin(name) => format!("builtin {name}"),
            Callee::Conversion(ty) => format!("conversion to {ty}"),
            Callee::Func { name, .. } | Callee::Interface { name, .. } => name.clone(),
            Callee::Literal { .. } => "a function literal".to_owned(),
            Callee::External { name } => name.clone(),
        }
    }
}

/// A synthesised named type: an anonymous struct or a type declared inside a function.
#[derive(Clone, Copy)]
pub(crate) struct Synth<'m> {
    pub file: usize,
    /// A `struct_type`, or a function-local `type_spec`/`type_alias`.
    pub node: Node<'m>,
}

/// A constant's value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ConstValue {
    Int(i128),
    Str(String),
    Bool(bool),
    /// Anything else, as written (floats, expressions the evaluator does not do).
    Text(String),
}

impl ConstValue {
    pub fn render(&self) -> String {
        match self {
            ConstValue::Int(value) => value.to_string(),
            ConstValue::Str(value) | ConstValue::Text(value) => value.clone(),
            ConstValue::Bool(value) => value.to_string(),
        }
    }
}

/// The module, indexed, with caches for the questions the extraction asks.
pub(crate) struct Program<'m> {
    pub ix: Index<'m>,
    scopes: RefCell<HashMap<usize, Rc<FnScope<'m>>>>,
    var_types: RefCell<HashMap<(usize, usize), Typed>>,
    busy: RefCell<HashSet<(usize, usize)>>,
    /// Synthesised types by qualified name.
    pub synth: RefCell<BTreeMap<String, Synth<'m>>>,
    /// The name given to each anonymous struct or local type node, by (file, start byte).
    synth_names: RefCell<HashMap<(usize, usize), TypeName>>,
    depth: Cell<u32>,
}

/// Counts recursion depth for the lifetime of the guard.
struct DepthGuard<'a>(&'a Cell<u32>);

impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(1));
    }
}

impl<'m> Program<'m> {
    pub fn new(ix: Index<'m>) -> Program<'m> {
        Program {
            ix,
            scopes: RefCell::new(HashMap::new()),
            var_types: RefCell::new(HashMap::new()),
            busy: RefCell::new(HashSet::new()),
            synth: RefCell::new(BTreeMap::new()),
            synth_names: RefCell::new(HashMap::new()),
            depth: Cell::new(0),
        }
    }

    fn enter(&self) -> Result<DepthGuard<'_>, String> {
        let depth = self.depth.get() + 1;
        if depth > MAX_DEPTH {
            return Err("too deeply nested to follow".to_owned());
        }
        self.depth.set(depth);
        Ok(DepthGuard(&self.depth))
    }

    /// Source text of a node.
    pub fn text(&self, file: usize, node: Node) -> &'m str {
        self.ix.node_text(file, node)
    }

    // ---------------------------------------------------------------------------------------
    // Type expressions
    // ---------------------------------------------------------------------------------------

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
    fn type_ident(&self, file: usize, node: Node<'m>) -> Ty {
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
    fn qualified(&self, file: usize, package: &str, name: &str) -> Ty {
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
    fn local_type(&self, file: usize, node: Node<'m>, name: &str) -> Option<Ty> {
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

    // ---------------------------------------------------------------------------------------
    // Declarations of named types
    // ---------------------------------------------------------------------------------------

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

    // ---------------------------------------------------------------------------------------
    // Scopes
    // ---------------------------------------------------------------------------------------

    /// The scope of the function (or method) that contains `node`, or of the file's package
    /// level.
    pub fn scope_of(&self, file: usize, node: Node<'m>) -> Rc<FnScope<'m>> {
        let mut top = None;
        let mut current = Some(node);
        while let Some(n) = current {
            if matches!(n.kind(), "function_declaration" | "method_declaration") {
                top = Some(n);
            }
            current = n.parent();
        }
        let root = match top {
            Some(top) => top,
            None => {
                let mut root = node;
                while let Some(parent) = root.parent() {
                    root = parent;
                }
                root
            }
        };
        if let Some(scope) = self.scopes.borrow().get(&root.id()) {
            return scope.clone();
        }
        let source = self.ix.text(file);
        let name = function_name(root, source);
        let mut vars = Vec::new();
        if top.is_some() {
            collect_vars(root, source, &mut vars);
        }
        let scope = Rc::new(FnScope {
            id: root.id(),
            file,
            node: root,
            name,
            vars,
        });
        self.scopes.borrow_mut().insert(root.id(), scope.clone());
        scope
    }

    /// The type of a local variable.
    pub fn var_type(&self, scope: &FnScope<'m>, var: usize) -> Typed {
        let key = (scope.id, var);
        if let Some(known) = self.var_types.borrow().get(&key) {
            return known.clone();
        }
        if !self.busy.borrow_mut().insert(key) {
            return Err("its type depends on itself".to_owned());
        }
        let result = self.var_type_uncached(scope, var);
        self.busy.borrow_mut().remove(&key);
        self.var_types.borrow_mut().insert(key, result.clone());
        result
    }

    fn var_type_uncached(&self, scope: &FnScope<'m>, var: usize) -> Typed {
        let Some(local) = scope.vars.get(var) else {
            return Err("unknown variable".to_owned());
        };
        let hint = format!("{}.{}", scope.name, local.name);
        match local.origin {
            Origin::Typed(node) => Ok(self.type_expr(scope.file, node, &hint)),
            Origin::Variadic(node) => {
                Ok(Ty::Slice(Box::new(self.type_expr(scope.file, node, &hint))))
            }
            Origin::Value(expr, None) => self.expr_type_hinted(scope, expr, &hint),
            Origin::Value(expr, Some(index)) => self.nth_value(scope, expr, index),
            Origin::RangeKey(expr) => match self.expr_type(scope, expr)?.deref() {
                Ty::Map(key, _) => Ok((**key).clone()),
                Ty::Slice(_) | Ty::Array(..) | Ty::Basic(_) => Ok(Ty::Basic("int".to_owned())),
                other => Err(format!("ranges over {other}")),
            },
            Origin::RangeValue(expr) => match self.expr_type(scope, expr)?.deref() {
                Ty::Map(_, value) => Ok((**value).clone()),
                Ty::Slice(elem) | Ty::Array(_, elem) => Ok((**elem).clone()),
                Ty::Basic(b) if b == "string" => Ok(Ty::Basic("rune".to_owned())),
                other => Err(format!("ranges over {other}")),
            },
            Origin::Unknown => Err(format!("the type of `{}` is not known", local.name)),
        }
    }

    /// The `index`th value of a multi-valued expression (`v, ok := m[k]`, `x, err := f()`).
    pub fn nth_value(&self, scope: &FnScope<'m>, expr: Node<'m>, index: usize) -> Typed {
        let expr = unparen(expr);
        match expr.kind() {
            "index_expression" | "type_assertion_expression" | "unary_expression" if index == 1 => {
                Ok(Ty::Basic("bool".to_owned()))
            }
            "index_expression" | "type_assertion_expression" | "unary_expression" => {
                self.expr_type(scope, expr)
            }
            "call_expression" => {
                let results = self.call_results(scope, expr)?;
                let ty = results.get(index).cloned().ok_or_else(|| {
                    format!(
                        "`{}` has no result {index}",
                        collapse(self.text(scope.file, expr))
                    )
                })?;
                if ty == Ty::Any {
                    return Ok(self.concrete_result(scope, expr, index).unwrap_or(Ty::Any));
                }
                Ok(ty)
            }
            _ => Err(format!(
                "`{}` is not multi-valued",
                collapse(self.text(scope.file, expr))
            )),
        }
    }

    // ---------------------------------------------------------------------------------------
    // Expressions
    // ---------------------------------------------------------------------------------------

    /// The static type of an expression.
    pub fn expr_type(&self, scope: &FnScope<'m>, expr: Node<'m>) -> Typed {
        self.expr_type_hinted(scope, expr, &format!("{}.Anonymous", scope.name))
    }

    /// As [`Program::expr_type`], naming an anonymous struct literal by `hint`.
    pub fn expr_type_hinted(&self, scope: &FnScope<'m>, expr: Node<'m>, hint: &str) -> Typed {
        let _guard = self.enter()?;
        let file = scope.file;
        match expr.kind() {
            "parenthesized_expression" => match expr.named_child(0) {
                Some(inner) => self.expr_type_hinted(scope, inner, hint),
                None => Err("empty parentheses".to_owned()),
            },
            "identifier" => self.ident_type(scope, expr),
            "int_literal" => Ok(Ty::Basic("int".to_owned())),
            "float_literal" => Ok(Ty::Basic("float64".to_owned())),
            "imaginary_literal" => Ok(Ty::Basic("complex128".to_owned())),
            "rune_literal" => Ok(Ty::Basic("rune".to_owned())),
            "interpreted_string_literal" | "raw_string_literal" => {
                Ok(Ty::Basic("string".to_owned()))
            }
            "true" | "false" => Ok(Ty::Basic("bool".to_owned())),
            "nil" => Ok(Ty::Nil),
            "iota" => Ok(Ty::Basic("int".to_owned())),
            "func_literal" => Ok(Ty::Other("func".to_owned())),
            "composite_literal" => match expr.child_by_field_name("type") {
                Some(ty) => Ok(self.type_expr(file, ty, hint)),
                None => Err("a composite literal without a type".to_owned()),
            },
            "unary_expression" => {
                let operand = expr
                    .child_by_field_name("operand")
                    .ok_or_else(|| "a unary expression without operand".to_owned())?;
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                match operator {
                    "&" => Ok(Ty::Ptr(Box::new(
                        self.expr_type_hinted(scope, operand, hint)?,
                    ))),
                    "*" => match self.expr_type(scope, operand)? {
                        Ty::Ptr(inner) => Ok(*inner),
                        other => Err(format!("dereferences a {other}")),
                    },
                    "!" => Ok(Ty::Basic("bool".to_owned())),
                    "<-" => Err(format!(
                        "receives from a {}",
                        self.expr_type(scope, operand)?
                    )),
                    _ => self.expr_type(scope, operand),
                }
            }
            "binary_expression" => {
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                if matches!(
                    operator,
                    "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||"
                ) {
                    return Ok(Ty::Basic("bool".to_owned()));
                }
                let left = expr
                    .child_by_field_name("left")
                    .ok_or_else(|| "a binary expression without operand".to_owned())?;
                self.expr_type(scope, left)
            }
            "call_expression" => {
                let results = self.call_results(scope, expr)?;
                match results.first() {
                    Some(Ty::Any) => Ok(self.concrete_result(scope, expr, 0).unwrap_or(Ty::Any)),
                    Some(first) => Ok(first.clone()),
                    None => Err(format!(
                        "`{}` has no result",
                        collapse(self.text(file, expr))
                    )),
                }
            }
            "selector_expression" => self.selector_type(scope, expr),
            "index_expression" => {
                let operand = expr
                    .child_by_field_name("operand")
                    .ok_or_else(|| "an index expression without operand".to_owned())?;
                match self.expr_type(scope, operand)?.deref() {
                    Ty::Slice(elem) | Ty::Array(_, elem) => Ok((**elem).clone()),
                    Ty::Map(_, value) => Ok((**value).clone()),
                    Ty::Basic(b) if b == "string" => Ok(Ty::Basic("byte".to_owned())),
                    other => Err(format!("indexes a {other}")),
                }
            }
            "slice_expression" => {
                let operand = expr
                    .child_by_field_name("operand")
                    .ok_or_else(|| "a slice expression without operand".to_owned())?;
                match self.expr_type(scope, operand)? {
                    Ty::Array(_, elem) => Ok(Ty::Slice(elem)),
                    Ty::Ptr(inner) => match *inner {
                        Ty::Array(_, elem) => Ok(Ty::Slice(elem)),
                        other => Ok(other),
                    },
                    other => Ok(other),
                }
            }
            "type_assertion_expression" | "type_conversion_expression" => {
                match expr.child_by_field_name("type") {
                    Some(ty) => Ok(self.type_expr(file, ty, hint)),
                    None => Err("a type assertion without type".to_owned()),
                }
            }
            other => Err(format!("cannot type a `{other}`")),
        }
    }

    fn ident_type(&self, scope: &FnScope<'m>, ident: Node<'m>) -> Typed {
        let file = scope.file;
        let name = self.text(file, ident);
        if let Some(var) = scope.lookup(name, ident.start_byte()) {
            return self.var_type(scope, var);
        }
        let dir = self.ix.dir(file);
        match name {
            "true" | "false" => return Ok(Ty::Basic("bool".to_owned())),
            "nil" => return Ok(Ty::Nil),
            _ => {}
        }
        self.package_member_type(dir, name)
            .unwrap_or_else(|| Err(format!("`{name}` is not declared in package {dir}")))
    }

    /// The type of a package-level variable or constant.
    fn package_member_type(&self, dir: &str, name: &str) -> Option<Typed> {
        let package = self.ix.package(dir)?;
        if let Some((decl, index)) = package.vars.get(name) {
            let scope = self.scope_of(decl.file, decl.node);
            let hint = name.to_owned();
            if let Some(ty) = decl.node.child_by_field_name("type") {
                return Some(Ok(self.type_expr(decl.file, ty, &hint)));
            }
            let values = decl.node.child_by_field_name("value")?;
            let list = named_children(values);
            let mut c = decl.node.walk();
            let names = decl.node.children_by_field_name("name", &mut c).count();
            return Some(if list.len() == names {
                self.expr_type_hinted(&scope, *list.get(*index)?, &hint)
            } else if list.len() == 1 {
                self.nth_value(&scope, list[0], *index)
            } else {
                Err(format!("cannot match the values of `{name}`"))
            });
        }
        if let Some(constant) = package.consts.iter().find(|c| c.name == name) {
            if let Some(ty) = constant.source.child_by_field_name("type") {
                return Some(Ok(self.type_expr(constant.file, ty, name)));
            }
            let value = constant
                .source
                .child_by_field_name("value")
                .and_then(|v| named_children(v).get(constant.index).copied())?;
            let scope = self.scope_of(constant.file, constant.source);
            return Some(self.expr_type(&scope, value));
        }
        if package.funcs.contains_key(name) {
            return Some(Ok(Ty::Other("func".to_owned())));
        }
        None
    }

    fn selector_type(&self, scope: &FnScope<'m>, expr: Node<'m>) -> Typed {
        let file = scope.file;
        let operand = expr
            .child_by_field_name("operand")
            .ok_or_else(|| "a selector without operand".to_owned())?;
        let field = expr
            .child_by_field_name("field")
            .map(|f| self.text(file, f))
            .ok_or_else(|| "a selector without field".to_owned())?;
        if let Some(import) = self.package_operand(scope, operand) {
            return match self.ix.module_dir(&import) {
                Some(dir) => self
                    .package_member_type(dir, field)
                    .unwrap_or_else(|| Err(format!("`{field}` is not declared in package {dir}"))),
                None => Err(format!("{import}.{field} is outside the module")),
            };
        }
        let owner = self.expr_type(scope, operand)?;
        match owner.deref() {
            Ty::Named(name) if name.internal => {
                if let Some(ty) = self.field_type(name, field) {
                    return Ok(ty);
                }
                if self.method(name, field).is_some() {
                    return Ok(Ty::Other("func".to_owned()));
                }
                Err(format!("{} has no field {field}", name.qualified()))
            }
            Ty::Named(name) => Err(format!(
                "field {field} of {}, outside the module",
                name.qualified()
            )),
            other => Err(format!("field {field} of {other}")),
        }
    }

    /// The import path an identifier operand names, if it is a package name (not shadowed).
    pub fn package_operand(&self, scope: &FnScope<'m>, operand: Node<'m>) -> Option<String> {
        if operand.kind() != "identifier" {
            return None;
        }
        let name = self.text(scope.file, operand);
        if scope.lookup(name, operand.start_byte()).is_some() {
            return None;
        }
        self.ix.import(scope.file, name).map(str::to_owned)
    }

    // ---------------------------------------------------------------------------------------
    // Calls
    // ---------------------------------------------------------------------------------------

    /// What a call expression calls.
    pub fn callee(&self, scope: &FnScope<'m>, call: Node<'m>) -> Result<Callee<'m>, String> {
        let function = call
            .child_by_field_name("function")
            .ok_or_else(|| "a call without function".to_owned())?;
        self.callee_of(scope, function)
    }

    pub fn callee_of(&self, scope: &FnScope<'m>, function: Node<'m>) -> Result<Callee<'m>, String> {
        let file = scope.file;
        match function.kind() {
            "parenthesized_expression" => match function.named_child(0) {
                Some(inner) => self
                    .expr_as_type(scope, inner, "")
                    .map(|ty| Ok(Callee::Conversion(ty)))
                    .unwrap_or_else(|| self.callee_of(scope, inner)),
                None => Err("empty parentheses".to_owned()),
            },
            "identifier" => {
                let name = self.text(file, function);
                if let Some(var) = scope.lookup(name, function.start_byte()) {
                    if let Some(local) = scope.vars.get(var)
                        && let Origin::Value(value, None) = local.origin
                        && unparen(value).kind() == "func_literal"
                    {
                        return Ok(Callee::Literal {
                            file,
                            node: unparen(value),
                        });
                    }
                    return Err(format!("calls the function value `{name}`"));
                }
                let dir = self.ix.dir(file);
                if let Some(package) = self.ix.package(dir) {
                    if let Some(decl) = package.funcs.get(name) {
                        return Ok(Callee::Func {
                            decl: *decl,
                            name: format!("{dir}.{name}"),
                        });
                    }
                    if package.types.contains_key(name) {
                        return Ok(Callee::Conversion(self.type_ident(file, function)));
                    }
                }
                if let Some(ty) = self.local_type(file, function, name) {
                    return Ok(Callee::Conversion(ty));
                }
                if BASIC_TYPES.contains(&name) || matches!(name, "any" | "complex64" | "complex128")
                {
                    return Ok(Callee::Conversion(self.type_ident(file, function)));
                }
                if BUILTINS.contains(&name) {
                    return Ok(Callee::Builtin(name.to_owned()));
                }
                Err(format!(
                    "function `{name}` is not declared in package {dir}"
                ))
            }
            "selector_expression" => {
                let operand = function
                    .child_by_field_name("operand")
                    .ok_or_else(|| "a selector without operand".to_owned())?;
                let field = function
                    .child_by_field_name("field")
                    .map(|f| self.text(file, f))
                    .ok_or_else(|| "a selector without field".to_owned())?;
                if let Some(import) = self.package_operand(scope, operand) {
                    return match self.ix.module_dir(&import) {
                        Some(dir) => {
                            let package = self
                                .ix
                                .package(dir)
                                .ok_or_else(|| format!("package {dir} is not in the checkout"))?;
                            if let Some(decl) = package.funcs.get(field) {
                                return Ok(Callee::Func {
                                    decl: *decl,
                                    name: format!("{dir}.{field}"),
                                });
                            }
                            if package.types.contains_key(field) {
                                return Ok(Callee::Conversion(self.qualified(
                                    file,
                                    self.text(file, operand),
                                    field,
                                )));
                            }
                            Err(format!("function {dir}.{field} is not declared"))
                        }
                        None => Ok(Callee::External {
                            name: format!("{import}.{field}"),
                        }),
                    };
                }
                let owner = self.expr_type(scope, operand)?;
                match owner.deref() {
                    Ty::Named(name) if name.internal => self
                        .method(name, field)
                        .ok_or_else(|| format!("{} has no method {field}", name.qualified())),
                    Ty::Named(name) => Ok(Callee::External {
                        name: format!("{}.{field}", name.qualified()),
                    }),
                    Ty::Generic(name, _) => Err(format!(
                        "method {field} of the generic type {}",
                        name.qualified()
                    )),
                    other => Err(format!("method {field} of {other}")),
                }
            }
            "func_literal" => Ok(Callee::Literal {
                file,
                node: function,
            }),
            "index_expression" | "type_instantiation_expression" => {
                // `F[T](...)`: a generic function instantiated.
                let inner = function
                    .child_by_field_name("operand")
                    .or_else(|| function.child_by_field_name("type"))
                    .or_else(|| function.named_child(0))
                    .ok_or_else(|| "an instantiation without function".to_owned())?;
                self.callee_of(scope, inner)
            }
            _ => match self.expr_as_type(scope, function, "") {
                Some(ty) => Ok(Callee::Conversion(ty)),
                None => Err(format!("calls `{}`", collapse(self.text(file, function)))),
            },
        }
    }

    /// The declared result types of a call.
    pub fn call_results(&self, scope: &FnScope<'m>, call: Node<'m>) -> Result<Vec<Ty>, String> {
        let _guard = self.enter()?;
        let callee = self.callee(scope, call)?;
        let args = call
            .child_by_field_name("arguments")
            .map(named_children)
            .unwrap_or_default();
        match &callee {
            Callee::Builtin(name) => match name.as_str() {
                "new" => {
                    let arg = args.first().ok_or("new without argument")?;
                    let ty = self
                        .expr_as_type(scope, *arg, &format!("{}.Anonymous", scope.name))
                        .ok_or("new of something that is not a type")?;
                    Ok(vec![Ty::Ptr(Box::new(ty))])
                }
                "make" => {
                    let arg = args.first().ok_or("make without argument")?;
                    let ty = self
                        .expr_as_type(scope, *arg, &format!("{}.Anonymous", scope.name))
                        .ok_or("make of something that is not a type")?;
                    Ok(vec![ty])
                }
                "append" | "min" | "max" => {
                    let arg = args.first().ok_or("append without argument")?;
                    Ok(vec![self.expr_type(scope, *arg)?])
                }
                "len" | "cap" | "copy" => Ok(vec![Ty::Basic("int".to_owned())]),
                "real" | "imag" => Ok(vec![Ty::Basic("float64".to_owned())]),
                "complex" => Ok(vec![Ty::Basic("complex128".to_owned())]),
                "recover" => Ok(vec![Ty::Any]),
                _ => Ok(Vec::new()),
            },
            Callee::Conversion(ty) => Ok(vec![ty.clone()]),
            Callee::Func { decl, name } | Callee::Interface { decl, name } => {
                let results = self.results_of(decl.file, decl.node);
                if results.iter().any(Ty::has_param) {
                    return Err(format!("{name} is generic"));
                }
                Ok(results)
            }
            Callee::Literal { file, node } => Ok(self.results_of(*file, *node)),
            Callee::External { name } => known_external_results(name)
                .ok_or_else(|| format!("calls {name}, outside the module")),
        }
    }

    /// The declared result types of a function, method, method element or function literal.
    pub fn results_of(&self, file: usize, function: Node<'m>) -> Vec<Ty> {
        let Some(result) = function.child_by_field_name("result") else {
            return Vec::new();
        };
        let name = function_name(function, self.ix.text(file));
        let hint = format!("{name}.Result");
        if result.kind() != "parameter_list" {
            return vec![self.type_expr(file, result, &hint)];
        }
        let mut out = Vec::new();
        for param in named_children(result) {
            let Some(ty) = param.child_by_field_name("type") else {
                continue;
            };
            let mut c = param.walk();
            let names = param.children_by_field_name("name", &mut c).count().max(1);
            let ty = self.type_expr(file, ty, &hint);
            for _ in 0..names {
                out.push(ty.clone());
            }
        }
        out
    }

    /// The concrete type behind an `interface{}` result: what the callee's return statements
    /// give at `index`, when they agree.
    pub fn concrete_result(&self, scope: &FnScope<'m>, call: Node<'m>, index: usize) -> Typed {
        let callee = self.callee(scope, call)?;
        let (file, node, name) = match &callee {
            Callee::Func { decl, name } => (decl.file, decl.node, name.clone()),
            Callee::Literal { file, node } => (*file, *node, "a function literal".to_owned()),
            other => return Err(format!("{} returns interface{{}}", other.describe())),
        };
        self.returned_type(file, node, index)
            .map_err(|reason| format!("{name} returns interface{{}} and {reason}"))
    }

    /// What a function's return statements give at `index`, ignoring `nil`; the single type
    /// they agree on.
    pub fn returned_type(&self, file: usize, function: Node<'m>, index: usize) -> Typed {
        let _guard = self.enter()?;
        let count = self.results_of(file, function).len();
        let Some(body) = function.child_by_field_name("body") else {
            return Err("has no body".to_owned());
        };
        let scope = self.scope_of(file, body);
        let mut returns = Vec::new();
        collect_returns(body, &mut returns);
        let mut found: Vec<Ty> = Vec::new();
        let mut failures: Vec<String> = Vec::new();
        for ret in returns {
            let values: Vec<Node<'m>> = ret.named_child(0).map(named_children).unwrap_or_default();
            let ty = if values.len() == count {
                let Some(value) = values.get(index) else {
                    continue;
                };
                self.expr_type(&scope, *value)
            } else if values.len() == 1 && count > 1 {
                self.nth_value(&scope, values[0], index)
            } else if values.is_empty() {
                Err("a bare return".to_owned())
            } else {
                Err("a return with a different number of values".to_owned())
            };
            match ty {
                Ok(Ty::Nil) => {}
                Ok(ty) => {
                    if !found.contains(&ty) {
                        found.push(ty);
                    }
                }
                Err(reason) => failures.push(format!("{} ({reason})", self.ix.at(file, ret))),
            }
        }
        if let Some(first) = failures.first() {
            return Err(format!("a return statement cannot be typed: {first}"));
        }
        match found.as_slice() {
            [single] => Ok(single.clone()),
            [] => Err("its return statements give only nil".to_owned()),
            many => Err(format!(
                "its return statements give different types: {}",
                many.iter()
                    .map(|t| t.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }

    // ---------------------------------------------------------------------------------------
    // Constants
    // ---------------------------------------------------------------------------------------

    /// The value of a constant of a module package.
    pub fn const_value(&self, dir: &str, name: &str) -> Option<ConstValue> {
        let package = self.ix.package(dir)?;
        let constant = package.consts.iter().find(|c| c.name == name)?;
        let values = constant.source.child_by_field_name("value")?;
        let value = named_children(values).get(constant.index).copied()?;
        self.const_expr(constant.file, value, constant.iota, 0).ok()
    }

    /// Evaluates a constant expression (`iota`, literals, arithmetic, other constants,
    /// conversions).
    pub fn const_expr(
        &self,
        file: usize,
        expr: Node<'m>,
        iota: u64,
        depth: u32,
    ) -> Result<ConstValue, ()> {
        if depth > 16 {
            return Err(());
        }
        let source = self.ix.text(file);
        match expr.kind() {
            "int_literal" => parse_int(text(expr, source)).map(ConstValue::Int).ok_or(()),
            "interpreted_string_literal" | "raw_string_literal" => {
                Ok(ConstValue::Str(string_literal(expr, source)))
            }
            "true" => Ok(ConstValue::Bool(true)),
            "false" => Ok(ConstValue::Bool(false)),
            "iota" => Ok(ConstValue::Int(i128::from(iota))),
            "float_literal" | "rune_literal" => Ok(ConstValue::Text(text(expr, source).to_owned())),
            "parenthesized_expression" => {
                self.const_expr(file, expr.named_child(0).ok_or(())?, iota, depth + 1)
            }
            "identifier" => {
                let name = text(expr, source);
                self.const_value_at(self.ix.dir(file), name, depth + 1)
            }
            "selector_expression" => {
                let operand = expr.child_by_field_name("operand").ok_or(())?;
                let field = expr.child_by_field_name("field").ok_or(())?;
                let import = self.ix.import(file, text(operand, source)).ok_or(())?;
                let dir = self.ix.module_dir(import).ok_or(())?;
                self.const_value_at(dir, text(field, source), depth + 1)
            }
            "call_expression" | "type_conversion_expression" => {
                // A conversion `T(x)` keeps x's value.
                let args = expr
                    .child_by_field_name("arguments")
                    .map(named_children)
                    .or_else(|| expr.child_by_field_name("operand").map(|o| vec![o]))
                    .ok_or(())?;
                match args.as_slice() {
                    [single] => self.const_expr(file, *single, iota, depth + 1),
                    _ => Err(()),
                }
            }
            "unary_expression" => {
                let operand = self.const_expr(
                    file,
                    expr.child_by_field_name("operand").ok_or(())?,
                    iota,
                    depth + 1,
                )?;
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                match (operator, operand) {
                    ("-", ConstValue::Int(v)) => Ok(ConstValue::Int(-v)),
                    ("+", value) => Ok(value),
                    ("^", ConstValue::Int(v)) => Ok(ConstValue::Int(!v)),
                    ("!", ConstValue::Bool(v)) => Ok(ConstValue::Bool(!v)),
                    _ => Err(()),
                }
            }
            "binary_expression" => {
                let left = self.const_expr(
                    file,
                    expr.child_by_field_name("left").ok_or(())?,
                    iota,
                    depth + 1,
                )?;
                let right = self.const_expr(
                    file,
                    expr.child_by_field_name("right").ok_or(())?,
                    iota,
                    depth + 1,
                )?;
                let operator = expr
                    .child_by_field_name("operator")
                    .map(|o| o.kind())
                    .unwrap_or("");
                match (left, right) {
                    (ConstValue::Int(a), ConstValue::Int(b)) => {
                        let shift = u32::try_from(b).ok().filter(|s| *s < 127);
                        let value = match operator {
                            "+" => a.checked_add(b),
                            "-" => a.checked_sub(b),
                            "*" => a.checked_mul(b),
                            "/" => a.checked_div(b),
                            "%" => a.checked_rem(b),
                            "<<" => shift.and_then(|s| a.checked_shl(s)),
                            ">>" => shift.and_then(|s| a.checked_shr(s)),
                            "|" => Some(a | b),
                            "&" => Some(a & b),
                            "^" => Some(a ^ b),
                            "&^" => Some(a & !b),
                            _ => None,
                        };
                        value.map(ConstValue::Int).ok_or(())
                    }
                    (ConstValue::Str(a), ConstValue::Str(b)) if operator == "+" => {
                        Ok(ConstValue::Str(a + &b))
                    }
                    _ => Err(()),
                }
            }
            _ => Err(()),
        }
    }

    fn const_value_at(&self, dir: &str, name: &str, depth: u32) -> Result<ConstValue, ()> {
        let package = self.ix.package(dir).ok_or(())?;
        let constant = package.consts.iter().find(|c| c.name == name).ok_or(())?;
        let values = constant.source.child_by_field_name("value").ok_or(())?;
        let value = named_children(values)
            .get(constant.index)
            .copied()
            .ok_or(())?;
        self.const_expr(constant.file, value, constant.iota, depth)
    }

    /// The type a constant has: its spec's type, or a conversion's; `None` if untyped.
    pub fn const_type(&self, constant: &crate::load::ConstDecl<'m>) -> Option<Ty> {
        if let Some(ty) = constant.source.child_by_field_name("type") {
            return Some(self.type_expr(constant.file, ty, &constant.name));
        }
        let values = constant.source.child_by_field_name("value")?;
        let value = unparen(named_children(values).get(constant.index).copied()?);
        if value.kind() == "call_expression" || value.kind() == "type_conversion_expression" {
            let scope = self.scope_of(constant.file, constant.source);
            if let Ok(Callee::Conversion(ty)) = self.callee(&scope, value) {
                return Some(ty);
            }
            if let Some(ty) = value.child_by_field_name("type") {
                return Some(self.type_expr(constant.file, ty, &constant.name));
            }
        }
        None
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

/// Go's predeclared functions.
const BUILTINS: &[&str] = &[
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max",
    "min", "new", "panic", "print", "println", "real", "recover",
];

/// Results of the few outside functions whose values the handlers parse or pass on.
fn known_external_results(name: &str) -> Option<Vec<Ty>> {
    let basic = |name: &str| Ty::Basic(name.to_owned());
    let error = || Ty::Basic("error".to_owned());
    Some(match name {
        "strconv.Atoi" => vec![basic("int"), error()],
        "strconv.ParseInt" => vec![basic("int64"), error()],
        "strconv.ParseUint" => vec![basic("uint64"), error()],
        "strconv.ParseFloat" => vec![basic("float64"), error()],
        "strconv.ParseBool" => vec![basic("bool"), error()],
        "strconv.Itoa" | "strconv.FormatInt" | "strconv.FormatBool" | "strconv.Quote" => {
            vec![basic("string")]
        }
        "fmt.Sprintf" | "fmt.Sprint" | "strings.TrimSpace" | "strings.ToLower"
        | "strings.ToUpper" | "strings.Join" | "strings.Trim" | "strings.TrimPrefix"
        | "strings.TrimSuffix" | "strings.ReplaceAll" | "strings.Replace" => vec![basic("string")],
        "strings.Split" | "strings.SplitN" | "strings.Fields" => {
            vec![Ty::Slice(Box::new(basic("string")))]
        }
        "strings.Contains" | "strings.HasPrefix" | "strings.HasSuffix" | "strings.EqualFold" => {
            vec![basic("bool")]
        }
        "errors.New" | "fmt.Errorf" => vec![error()],
        "encoding/json.Marshal"
        | "encoding/json.MarshalIndent"
        | "io.ReadAll"
        | "io/ioutil.ReadAll" => {
            vec![Ty::Slice(Box::new(basic("byte"))), error()]
        }
        "time.Now" => vec![Ty::Named(TypeName {
            pkg: "time".to_owned(),
            name: "Time".to_owned(),
            internal: false,
        })],
        _ => return None,
    })
}

/// Strips parentheses around an expression.
pub(crate) fn unparen(mut node: Node) -> Node {
    while node.kind() == "parenthesized_expression" {
        match node.named_child(0) {
            Some(inner) => node = inner,
            None => break,
        }
    }
    node
}

/// A node's named children, comments left out.
pub(crate) fn named_children(node: Node) -> Vec<Node> {
    let mut cursor = node.walk();
    node.named_children(&mut cursor)
        .filter(|n| n.kind() != "comment")
        .collect()
}

/// The statements directly in a block.
pub(crate) fn block_statements(block: Node) -> Vec<Node> {
    let mut out = Vec::new();
    for child in named_children(block) {
        if child.kind() == "statement_list" {
            out.extend(named_children(child));
        } else {
            out.push(child);
        }
    }
    out
}

/// Whitespace runs collapsed, for types and expressions quoted in messages.
pub(crate) fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parse_int(literal: &str) -> Option<i128> {
    let clean: String = literal.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        i128::from_str_radix(hex, 16).ok()
    } else if let Some(bin) = lower.strip_prefix("0b") {
        i128::from_str_radix(bin, 2).ok()
    } else if let Some(oct) = lower.strip_prefix("0o") {
        i128::from_str_radix(oct, 8).ok()
    } else if lower.len() > 1 && lower.starts_with('0') {
        i128::from_str_radix(&lower[1..], 8).ok()
    } else {
        lower.parse().ok()
    }
}

/// `F` for a function, `T.M` for a method, `func` for a literal, `` for anything else.
pub(crate) fn function_name(node: Node, source: &str) -> String {
    let name = node
        .child_by_field_name("name")
        .map(|n| text(n, source).to_owned())
        .unwrap_or_default();
    match node.kind() {
        "method_declaration" => {
            let receiver = node
                .child_by_field_name("receiver")
                .and_then(|r| r.named_child(0))
                .and_then(|p| p.child_by_field_name("type"))
                .map(|t| text(t, source).trim_start_matches('*').to_owned())
                .unwrap_or_default();
            format!("{receiver}.{name}")
        }
        "function_declaration" | "method_elem" => name,
        "func_literal" => "func".to_owned(),
        _ => name,
    }
}

/// The name of the top-level function that contains a node.
fn enclosing_function_name(node: Node, source: &str) -> String {
    let mut current = Some(node);
    while let Some(n) = current {
        if matches!(n.kind(), "function_declaration" | "method_declaration") {
            return function_name(n, source);
        }
        current = n.parent();
    }
    String::new()
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

/// The scope a declaration inside a function belongs to.
fn scope_range(node: Node) -> (usize, usize) {
    let mut current = node.parent();
    while let Some(n) = current {
        if SCOPES.contains(&n.kind()) {
            return (n.start_byte(), n.end_byte());
        }
        current = n.parent();
    }
    (0, usize::MAX)
}

/// Every local declaration in a function, nested function literals included.
fn collect_vars<'m>(node: Node<'m>, source: &str, out: &mut Vec<LocalVar<'m>>) {
    match node.kind() {
        "parameter_list" => {
            let is_signature = node.parent().is_some_and(|p| {
                matches!(
                    p.kind(),
                    "function_declaration" | "method_declaration" | "func_literal"
                )
            });
            if is_signature && let Some(function) = node.parent() {
                let scope = (function.start_byte(), function.end_byte());
                for param in named_children(node) {
                    let Some(ty) = param.child_by_field_name("type") else {
                        continue;
                    };
                    let variadic = param.kind() == "variadic_parameter_declaration";
                    let mut c = param.walk();
                    for name in param.children_by_field_name("name", &mut c) {
                        out.push(LocalVar {
                            name: text(name, source).to_owned(),
                            pos: name.end_byte(),
                            scope,
                            origin: if variadic {
                                Origin::Variadic(ty)
                            } else {
                                Origin::Typed(ty)
                            },
                        });
                    }
                }
            }
            return;
        }
        "short_var_declaration" => {
            declare_assigned(
                node,
                node.child_by_field_name("left"),
                node.child_by_field_name("right"),
                None,
                source,
                out,
            );
        }
        "var_spec" | "const_spec" => {
            let ty = node.child_by_field_name("type");
            declare_assigned(
                node,
                None,
                node.child_by_field_name("value"),
                ty,
                source,
                out,
            );
        }
        "range_clause" => {
            let mut c = node.walk();
            let declares = node.children(&mut c).any(|child| child.kind() == ":=");
            if declares
                && let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                )
            {
                let scope = scope_range(node);
                for (index, name) in named_children(left).into_iter().enumerate() {
                    if name.kind() != "identifier" || text(name, source) == "_" {
                        continue;
                    }
                    out.push(LocalVar {
                        name: text(name, source).to_owned(),
                        pos: node.end_byte(),
                        scope,
                        origin: if index == 0 {
                            Origin::RangeKey(right)
                        } else {
                            Origin::RangeValue(right)
                        },
                    });
                }
            }
        }
        "type_switch_statement" => {
            // `switch v := x.(type)`: in each case, v has the case's type when it names one.
            if let Some(alias) = node.child_by_field_name("alias")
                && let Some(name) = named_children(alias).first().copied()
            {
                let value = node.child_by_field_name("value");
                for case in named_children(node) {
                    if !matches!(case.kind(), "type_case" | "default_case") {
                        continue;
                    }
                    let mut c = case.walk();
                    let types: Vec<Node<'m>> =
                        case.children_by_field_name("type", &mut c).collect();
                    let origin = match (types.as_slice(), value) {
                        ([single], _) if single.kind() != "nil" => Origin::Typed(*single),
                        (_, Some(value)) => Origin::Value(value, None),
                        _ => Origin::Unknown,
                    };
                    out.push(LocalVar {
                        name: text(name, source).to_owned(),
                        pos: case.start_byte(),
                        scope: (case.start_byte(), case.end_byte()),
                        origin,
                    });
                }
            }
        }
        _ => {}
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_vars(child, source, out);
    }
}

/// Declares the identifiers of `left` (or a var spec's names) with their values.
fn declare_assigned<'m>(
    statement: Node<'m>,
    left: Option<Node<'m>>,
    right: Option<Node<'m>>,
    ty: Option<Node<'m>>,
    source: &str,
    out: &mut Vec<LocalVar<'m>>,
) {
    let names: Vec<Node<'m>> = match left {
        Some(left) => named_children(left),
        None => {
            let mut c = statement.walk();
            statement.children_by_field_name("name", &mut c).collect()
        }
    };
    let values: Vec<Node<'m>> = right.map(named_children).unwrap_or_default();
    let scope = scope_range(statement);
    for (index, name) in names.iter().enumerate() {
        if name.kind() != "identifier" || text(*name, source) == "_" {
            continue;
        }
        let origin = match ty {
            Some(ty) => Origin::Typed(ty),
            None if values.len() == names.len() => Origin::Value(values[index], None),
            None if values.len() == 1 => Origin::Value(values[0], Some(index)),
            None => Origin::Unknown,
        };
        out.push(LocalVar {
            name: text(*name, source).to_owned(),
            pos: statement.end_byte(),
            scope,
            origin,
        });
    }
}

/// Return statements of a function body, not those of nested function literals.
pub(crate) fn collect_returns<'m>(node: Node<'m>, out: &mut Vec<Node<'m>>) {
    if node.kind() == "return_statement" {
        out.push(node);
        return;
    }
    if node.kind() == "func_literal" {
        return;
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_returns(child, out);
    }
}
