//! Type expressions as written in the spec: `string`, `i64`, `array<KeyValue>`, `map<any>`.

use std::fmt;

/// A parsed type expression; named types are not resolved here.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TypeExpr {
    String,
    Bool,
    I32,
    I64,
    U32,
    U64,
    F64,
    /// Any JSON value.
    Any,
    Array(Box<TypeExpr>),
    /// A JSON object with string keys and values of one type.
    Map(Box<TypeExpr>),
    /// A type defined in some spec file.
    Named(String),
}

impl TypeExpr {
    /// Parses `text`; the error says what was expected.
    pub fn parse(text: &str) -> Result<TypeExpr, String> {
        let text = text.trim();
        if let Some(inner) = generic_argument(text, "array")? {
            return Ok(TypeExpr::Array(Box::new(TypeExpr::parse(inner)?)));
        }
        if let Some(inner) = generic_argument(text, "map")? {
            return Ok(TypeExpr::Map(Box::new(TypeExpr::parse(inner)?)));
        }
        Ok(match text {
            "string" => TypeExpr::String,
            "bool" => TypeExpr::Bool,
            "i32" => TypeExpr::I32,
            "i64" => TypeExpr::I64,
            "u32" => TypeExpr::U32,
            "u64" => TypeExpr::U64,
            "f64" => TypeExpr::F64,
            "any" => TypeExpr::Any,
            "" => return Err("empty type expression".to_owned()),
            "int" | "integer" | "int64" => {
                return Err(format!(
                    "`{text}` is not a type here; use `i64` (or `i32` for int32)"
                ));
            }
            "str" | "String" => return Err(format!("`{text}` is not a type here; use `string`")),
            "float" | "double" | "number" => {
                return Err(format!("`{text}` is not a type here; use `f64`"));
            }
            "boolean" => return Err("`boolean` is not a type here; use `bool`".to_owned()),
            name if is_type_name(name) => TypeExpr::Named(name.to_owned()),
            other => {
                return Err(format!(
                    "`{other}` is not a type expression (expected string, bool, i32, i64, u32, u64, f64, any, array<T>, map<T> or a PascalCase type name)"
                ));
            }
        })
    }

    /// Named types this expression refers to, outermost first.
    pub fn named(&self) -> Option<&str> {
        match self {
            TypeExpr::Named(name) => Some(name),
            TypeExpr::Array(inner) | TypeExpr::Map(inner) => inner.named(),
            _ => None,
        }
    }

    /// Whether the expression says anything about the shape: `any`, `array<any>` and
    /// `map<any>` do not.
    pub fn is_typed(&self) -> bool {
        match self {
            TypeExpr::Any => false,
            TypeExpr::Array(inner) | TypeExpr::Map(inner) => inner.is_typed(),
            _ => true,
        }
    }

    /// True for types that can be written into a query string or a path segment.
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            TypeExpr::String
                | TypeExpr::Bool
                | TypeExpr::I32
                | TypeExpr::I64
                | TypeExpr::U32
                | TypeExpr::U64
                | TypeExpr::F64
        )
    }
}

fn generic_argument<'a>(text: &'a str, head: &str) -> Result<Option<&'a str>, String> {
    let Some(rest) = text.strip_prefix(head) else {
        return Ok(None);
    };
    let Some(rest) = rest.strip_prefix('<') else {
        return Ok(None);
    };
    match rest.strip_suffix('>') {
        Some(inner) => Ok(Some(inner)),
        None => Err(format!("`{text}` is missing its closing `>`")),
    }
}

fn is_type_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_alphanumeric())
}

impl fmt::Display for TypeExpr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TypeExpr::String => f.write_str("string"),
            TypeExpr::Bool => f.write_str("bool"),
            TypeExpr::I32 => f.write_str("i32"),
            TypeExpr::I64 => f.write_str("i64"),
            TypeExpr::U32 => f.write_str("u32"),
            TypeExpr::U64 => f.write_str("u64"),
            TypeExpr::F64 => f.write_str("f64"),
            TypeExpr::Any => f.write_str("any"),
            TypeExpr::Array(inner) => write!(f, "array<{inner}>"),
            TypeExpr::Map(inner) => write!(f, "map<{inner}>"),
            TypeExpr::Named(name) => f.write_str(name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_nested_expressions() {
        assert_eq!(
            TypeExpr::parse("array<map<KeyValue>>"),
            Ok(TypeExpr::Array(Box::new(TypeExpr::Map(Box::new(
                TypeExpr::Named("KeyValue".into())
            )))))
        );
        assert_eq!(TypeExpr::parse(" i64 "), Ok(TypeExpr::I64));
    }

    #[test]
    fn rejects_go_and_misspelt_types_with_a_hint() {
        assert!(TypeExpr::parse("int").unwrap_err().contains("use `i64`"));
        assert!(
            TypeExpr::parse("array<string")
                .unwrap_err()
                .contains("closing")
        );
        assert!(TypeExpr::parse("[]string").is_err());
        assert!(TypeExpr::parse("keyValue").is_err());
    }
}
