//! Calls: what a call expression calls (a function or method of the module, a builtin, a
//! conversion, a function literal, something outside) and the types it returns.

use tree_sitter::Node;
use zadig_spec_model::facts::BASIC_TYPES;

use super::scopes::{FnScope, Origin};
use super::syntax::{collapse, function_name, named_children, unparen};
use super::{Program, Typed};
use crate::load::Decl;
use crate::ty::{Ty, TypeName};

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

impl<'m> Program<'m> {
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
