//! The extraction's own view of a Go type: like [`GoType`], but a named type keeps its package
//! and name apart (an import path may contain dots) and knows whether it is in the module.

use std::fmt;

use zadig_spec_model::facts::GoType;

/// A named type's package and name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct TypeName {
    /// The module-relative directory for the module's types (`pkg/setting`), the import path
    /// otherwise (`time`, `k8s.io/api/core/v1`).
    pub pkg: String,
    /// The type name; synthesised names of anonymous structs have dots (`Outer.Field`).
    pub name: String,
    /// Declared in the module.
    pub internal: bool,
}

impl TypeName {
    pub fn qualified(&self) -> String {
        if self.pkg.is_empty() {
            self.name.clone()
        } else {
            format!("{}.{}", self.pkg, self.name)
        }
    }
}

/// A Go type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Ty {
    Basic(String),
    Ptr(Box<Ty>),
    Slice(Box<Ty>),
    Array(u64, Box<Ty>),
    Map(Box<Ty>, Box<Ty>),
    /// `interface{}`, `any` or any interface literal.
    Any,
    Named(TypeName),
    /// An instance of a generic type (`Page[T]`), written as the source writes it.
    Generic(TypeName, String),
    /// A type parameter of a generic function or type.
    Param(String),
    /// The untyped `nil`.
    Nil,
    /// A type without a JSON form (`func(...)`, `chan T`), as written.
    Other(String),
}

impl Ty {
    /// The type without pointers at its top.
    pub fn deref(&self) -> &Ty {
        match self {
            Ty::Ptr(inner) => inner.deref(),
            other => other,
        }
    }

    /// Whether the type is `string` or `[]byte`, which Zadig's response middleware writes as
    /// text.
    pub fn is_text(&self) -> bool {
        match self.deref() {
            Ty::Basic(name) => name == "string",
            Ty::Slice(elem) => matches!(&**elem, Ty::Basic(b) if b == "byte" || b == "uint8"),
            _ => false,
        }
    }

    /// The named type at the top, pointers removed.
    pub fn named(&self) -> Option<&TypeName> {
        match self.deref() {
            Ty::Named(name) => Some(name),
            _ => None,
        }
    }

    /// Whether the type mentions a type parameter anywhere.
    pub fn has_param(&self) -> bool {
        match self {
            Ty::Param(_) => true,
            Ty::Ptr(inner) | Ty::Slice(inner) | Ty::Array(_, inner) => inner.has_param(),
            Ty::Map(key, value) => key.has_param() || value.has_param(),
            _ => false,
        }
    }

    /// Every named type (and generic instance) the type mentions, outermost first.
    pub fn named_leaves(&self, out: &mut Vec<Ty>) {
        match self {
            Ty::Ptr(inner) | Ty::Slice(inner) | Ty::Array(_, inner) => inner.named_leaves(out),
            Ty::Map(key, value) => {
                key.named_leaves(out);
                value.named_leaves(out);
            }
            Ty::Named(_) | Ty::Generic(..) => out.push(self.clone()),
            _ => {}
        }
    }

    /// The facts file's model of the type.
    pub fn to_go(&self) -> GoType {
        match self {
            Ty::Basic(name) => GoType::Basic(name.clone()),
            Ty::Ptr(inner) => GoType::Pointer(Box::new(inner.to_go())),
            Ty::Slice(inner) => GoType::Slice(Box::new(inner.to_go())),
            Ty::Array(len, inner) => GoType::Array(*len, Box::new(inner.to_go())),
            Ty::Map(key, value) => GoType::Map(Box::new(key.to_go()), Box::new(value.to_go())),
            Ty::Any => GoType::Any,
            Ty::Named(name) => GoType::Named(name.qualified()),
            Ty::Generic(name, args) => GoType::Named(format!("{}{args}", name.qualified())),
            Ty::Param(name) => GoType::Other(name.clone()),
            Ty::Nil => GoType::Other("nil".to_owned()),
            Ty::Other(text) => GoType::Other(text.clone()),
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.to_go())
    }
}

/// `gin.H` and the like: outside named types whose underlying type the extraction needs.
pub(crate) fn external_underlying(name: &TypeName) -> Option<Ty> {
    match (name.pkg.as_str(), name.name.as_str()) {
        ("github.com/gin-gonic/gin", "H") => Some(Ty::Map(
            Box::new(Ty::Basic("string".to_owned())),
            Box::new(Ty::Any),
        )),
        _ => None,
    }
}
