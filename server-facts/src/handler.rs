//! Handler analysis: the query parameters, bodies and responses of each route's handler (and
//! of the helpers it passes the request on to), then the assembly of [`ServerFacts`].

use std::collections::{BTreeMap, HashSet};

use tree_sitter::Node;
use zadig_spec_model::facts::{
    BodyFact, ConstGroup, ExtractConfig, FactsSource, GoConst, Handler, QueryFact, ResponseFact,
    RouteFact, ServerFacts, Unresolved,
};

use crate::ExtractError;
use crate::load::{Decl, string_literal};
use crate::program::{
    Callee, ConstValue, FnScope, Origin, Program, collapse, named_children, unparen,
};
use crate::router::{Route, path_params};
use crate::ty::{Ty, TypeName, external_underlying};
use crate::types::{TypeCollector, tag_lookup};

/// How deep the analysis follows helpers that receive the request.
const MAX_HELPER_DEPTH: u32 = 3;

const GIN: &str = "github.com/gin-gonic/gin";

/// Analyses every route's handler and gathers the facts (source left empty for the caller).
pub(crate) fn assemble<'m>(
    prog: &Program<'m>,
    (routes, mut unresolved): (Vec<Route<'m>>, Vec<Unresolved>),
    config: &ExtractConfig,
) -> Result<ServerFacts, ExtractError> {
    let mut collector = TypeCollector::new(prog);
    let mut facts = Vec::with_capacity(routes.len());
    for route in routes {
        let what = format!("{} {}", route.method, route.path);
        let (decl, name) = match route.handler {
            Ok(found) => found,
            Err(reason) => {
                unresolved.push(Unresolved {
                    what: format!("{what} handler"),
                    reason: reason.clone(),
                    at: Some(route.at.clone()),
                });
                facts.push(RouteFact {
                    method: route.method.clone(),
                    path_params: path_params(&route.path),
                    path: route.path,
                    handler: Handler {
                        name: "?".to_owned(),
                        at: route.at,
                    },
                    query: Vec::new(),
                    bodies: Vec::new(),
                    responses: vec![ResponseFact::Unresolved { reason, at: None }],
                });
                continue;
            }
        };
        let mut analysis = Analysis {
            prog,
            method: route.method.clone(),
            query: Vec::new(),
            bodies: Vec::new(),
            responses: Vec::new(),
            problems: Vec::new(),
            visited: HashSet::new(),
            seeds: Vec::new(),
        };
        analysis.function(decl, 0);
        for (ty, at) in &analysis.seeds {
            collector.add(ty, at);
        }
        for (part, reason, at) in analysis.problems {
            unresolved.push(Unresolved {
                what: format!("{what} {part}"),
                reason,
                at,
            });
        }
        let mut responses = analysis.responses;
        if responses.is_empty() {
            responses.push(ResponseFact::Message);
        }
        facts.push(RouteFact {
            method: route.method.clone(),
            path_params: path_params(&route.path),
            path: route.path,
            handler: Handler {
                name,
                at: prog.ix.at(decl.file, decl.node),
            },
            query: merge_query(analysis.query),
            bodies: analysis.bodies,
            responses,
        });
    }
    for extra in &config.types {
        match extra.rsplit_once('.') {
            Some((pkg, name)) if !pkg.is_empty() && !name.is_empty() => collector.add(
                &Ty::Named(TypeName {
                    pkg: pkg.to_owned(),
                    name: name.to_owned(),
                    internal: true,
                }),
                "spec/server/extract.yaml (types)",
            ),
            _ => unresolved.push(Unresolved {
                what: format!("type {extra}"),
                reason: "not a `package.Name` type name".to_owned(),
                at: Some("spec/server/extract.yaml (types)".to_owned()),
            }),
        }
    }
    collector.run();
    unresolved.append(&mut collector.unresolved);
    let const_groups = const_groups(prog, config, &mut unresolved);
    unresolved.sort();
    unresolved.dedup();
    facts.sort_by(|a, b| (&a.path, &a.method).cmp(&(&b.path, &b.method)));
    Ok(ServerFacts {
        schema: 0,
        source: FactsSource {
            repository: String::new(),
            release: String::new(),
            commit: String::new(),
            module: String::new(),
        },
        routes: facts,
        types: collector.types,
        const_groups,
        unresolved,
    })
}

/// One entry per name, sorted: the first read's type, required if any read requires it.
fn merge_query(reads: Vec<QueryFact>) -> Vec<QueryFact> {
    let mut by_name: BTreeMap<String, QueryFact> = BTreeMap::new();
    for read in reads {
        match by_name.get_mut(&read.name) {
            Some(known) => {
                known.required |= read.required;
                if known.default.is_none() {
                    known.default = read.default;
                }
                if known.go_type == "string" && read.go_type != "string" {
                    known.go_type = read.go_type;
                }
            }
            None => {
                by_name.insert(read.name.clone(), read);
            }
        }
    }
    by_name.into_values().collect()
}

/// The untyped string constants of each configured `package.Prefix` group.
fn const_groups(
    prog: &Program,
    config: &ExtractConfig,
    unresolved: &mut Vec<Unresolved>,
) -> BTreeMap<String, ConstGroup> {
    let mut out = BTreeMap::new();
    for group in &config.const_groups {
        let Some((dir, prefix)) = group.rsplit_once('.') else {
            unresolved.push(Unresolved {
                what: format!("const group {group}"),
                reason: "not written `package.Prefix`".to_owned(),
                at: None,
            });
            continue;
        };
        let mut constants = Vec::new();
        if let Some(package) = prog.ix.package(dir) {
            for constant in &package.consts {
                if !constant.name.starts_with(prefix) || prog.const_type(constant).is_some() {
                    continue;
                }
                if let Some(ConstValue::Str(value)) = prog.const_value(dir, &constant.name) {
                    constants.push(GoConst {
                        name: constant.name.clone(),
                        value,
                        at: prog.ix.at(constant.file, constant.spec),
                    });
                }
            }
        }
        if constants.is_empty() {
            unresolved.push(Unresolved {
                what: format!("const group {group}"),
                reason: format!(
                    "package {dir} declares no untyped string constant named {prefix}*"
                ),
                at: None,
            });
            continue;
        }
        out.insert(group.clone(), ConstGroup { constants });
    }
    out
}

struct Analysis<'p, 'm> {
    prog: &'p Program<'m>,
    method: String,
    query: Vec<QueryFact>,
    bodies: Vec<BodyFact>,
    responses: Vec<ResponseFact>,
    /// (part, reason, at) for the route's unresolved entries.
    problems: Vec<(&'static str, String, Option<String>)>,
    /// Functions already analysed for this route.
    visited: HashSet<usize>,
    /// Types to declare, with where they were met.
    seeds: Vec<(Ty, String)>,
}

/// Whether a type is `*gin.Context`.
fn is_gin_context(ty: &Ty) -> bool {
    matches!(ty, Ty::Ptr(inner) if matches!(&**inner, Ty::Named(n) if n.pkg == GIN && n.name == "Context"))
}

/// Whether a type is Zadig's handler context (`*internalhandler.Context`), whose `Resp` the
/// middleware answers with.
fn is_zadig_context(ty: &Ty) -> bool {
    matches!(ty.deref(), Ty::Named(n) if n.internal && n.pkg == "pkg/shared/handler" && n.name == "Context")
}

impl<'m> Analysis<'_, 'm> {
    fn problem(&mut self, part: &'static str, reason: String, at: Option<String>) {
        self.problems.push((part, reason, at));
    }

    /// Analyses a handler or a helper it passes the request to.
    fn function(&mut self, decl: Decl<'m>, depth: u32) {
        if !self.visited.insert(decl.node.id()) {
            return;
        }
        let Some(body) = decl.node.child_by_field_name("body") else {
            return;
        };
        let scope = self.prog.scope_of(decl.file, body);
        let mut nodes = Vec::new();
        collect(body, &mut nodes);
        for node in nodes {
            match node.kind() {
                "call_expression" => self.call(&scope, node, depth),
                "assignment_statement" => self.assignment(&scope, node),
                _ => {}
            }
        }
    }

    fn is_gin(&self, scope: &FnScope<'m>, expr: Node<'m>) -> bool {
        self.prog
            .expr_type(scope, expr)
            .is_ok_and(|t| is_gin_context(&t))
    }

    fn call(&mut self, scope: &FnScope<'m>, call: Node<'m>, depth: u32) {
        let prog = self.prog;
        let file = scope.file;
        let Some(function) = call.child_by_field_name("function") else {
            return;
        };
        let args = call
            .child_by_field_name("arguments")
            .map(named_children)
            .unwrap_or_default();
        let at = prog.ix.at(file, call);
        if function.kind() == "selector_expression"
            && let (Some(operand), Some(field)) = (
                function.child_by_field_name("operand"),
                function.child_by_field_name("field"),
            )
        {
            let method = prog.text(file, field);
            if self.is_gin(scope, operand) {
                self.gin_call(scope, call, method, &args, at);
                return;
            }
            // `c.Writer.Write(...)`; `c.Writer.Header()` and the like write no body.
            if matches!(method, "Write" | "WriteString")
                && operand.kind() == "selector_expression"
                && operand
                    .child_by_field_name("field")
                    .is_some_and(|f| prog.text(file, f) == "Writer")
                && operand
                    .child_by_field_name("operand")
                    .is_some_and(|o| self.is_gin(scope, o))
            {
                self.push_response(ResponseFact::Raw {
                    via: format!("c.Writer.{method}"),
                    at,
                });
                return;
            }
        }
        let callee = prog.callee(scope, call);
        match callee {
            Ok(Callee::External { name }) => self.external_call(scope, &name, &args, at),
            Ok(Callee::Func { decl, name }) => {
                let passes_request = args.iter().any(|arg| {
                    prog.expr_type(scope, *arg)
                        .is_ok_and(|t| is_gin_context(&t) || is_zadig_context(&t))
                });
                if !passes_request {
                    return;
                }
                if name.starts_with("pkg/shared/handler.") {
                    let short = name.rsplit('.').next().unwrap_or("");
                    if short == "Stream" {
                        self.push_response(ResponseFact::EventStream { at });
                    }
                    // Zadig's own request plumbing (contexts, the response writer, logs)
                    // reads no query and sets no response.
                    return;
                }
                if depth < MAX_HELPER_DEPTH {
                    self.function(decl, depth + 1);
                }
            }
            _ => {}
        }
        // `c.Writer` handed to a function (`io.Copy(c.Writer, r)`) gets the body written raw.
        for arg in &args {
            if arg.kind() == "selector_expression"
                && arg
                    .child_by_field_name("field")
                    .is_some_and(|f| prog.text(file, f) == "Writer")
                && arg
                    .child_by_field_name("operand")
                    .is_some_and(|o| self.is_gin(scope, o))
            {
                let via = prog
                    .callee(scope, call)
                    .map(|c| c.describe())
                    .unwrap_or_else(|_| "a call".to_owned());
                self.push_response(ResponseFact::Raw {
                    via: format!("{via} on c.Writer"),
                    at: prog.ix.at(file, call),
                });
            }
        }
    }

    fn external_call(&mut self, scope: &FnScope<'m>, name: &str, args: &[Node<'m>], at: String) {
        let via = match name {
            "encoding/json.Unmarshal" => "json.Unmarshal",
            "gopkg.in/yaml.v2.Unmarshal"
            | "gopkg.in/yaml.v3.Unmarshal"
            | "sigs.k8s.io/yaml.Unmarshal"
            | "github.com/ghodss/yaml.Unmarshal" => "yaml.Unmarshal",
            _ => return,
        };
        let (Some(data), Some(target)) = (args.first(), args.get(1)) else {
            return;
        };
        if !self.is_raw_body(scope, *data) {
            return;
        }
        self.body(scope, *target, via, at);
    }

    /// Whether an expression holds the raw request body (`c.GetRawData()`,
    /// `io.ReadAll(c.Request.Body)`, Zadig's `GetRawData(c)`), directly or through a variable.
    fn is_raw_body(&self, scope: &FnScope<'m>, expr: Node<'m>) -> bool {
        let expr = unparen(expr);
        let file = scope.file;
        let reads_body = |text: &str| {
            text.contains("GetRawData") || (text.contains("ReadAll") && text.contains("Body"))
        };
        let from_call = |call: Node<'m>| {
            if call.kind() != "call_expression" {
                return false;
            }
            if reads_body(self.prog.text(file, call)) {
                return true;
            }
            // A helper of the module that is given the request and reads its body.
            let given_request = call
                .child_by_field_name("arguments")
                .map(named_children)
                .unwrap_or_default()
                .iter()
                .any(|arg| self.is_gin(scope, *arg));
            given_request
                && matches!(self.prog.callee(scope, call),
                    Ok(Callee::Func { decl, .. }) if reads_body(self.prog.text(decl.file, decl.node)))
        };
        match expr.kind() {
            "identifier" => {
                let Some(var) = scope.lookup(self.prog.text(file, expr), expr.start_byte()) else {
                    return false;
                };
                match scope.vars.get(var).map(|v| v.origin) {
                    Some(Origin::Value(value, _)) => from_call(unparen(value)),
                    _ => false,
                }
            }
            "type_conversion_expression" => expr
                .child_by_field_name("operand")
                .is_some_and(|inner| self.is_raw_body(scope, inner)),
            "call_expression" => {
                // `[]byte(s)` of a raw body string, or the read itself.
                from_call(expr)
                    || named_children(expr.child_by_field_name("arguments").unwrap_or(expr))
                        .first()
                        .is_some_and(|inner| self.is_raw_body(scope, *inner))
            }
            _ => false,
        }
    }

    fn gin_call(
        &mut self,
        scope: &FnScope<'m>,
        call: Node<'m>,
        method: &str,
        args: &[Node<'m>],
        at: String,
    ) {
        let prog = self.prog;
        let file = scope.file;
        let binding = |index: usize| {
            args.get(index)
                .map(|a| {
                    prog.text(file, *a)
                        .rsplit('.')
                        .next()
                        .unwrap_or("")
                        .to_owned()
                })
                .unwrap_or_default()
        };
        let first = args.first().copied();
        match method {
            "Query" | "DefaultQuery" | "GetQuery" | "QueryArray" | "GetQueryArray" => {
                self.query_read(scope, call, method, args, at);
            }
            "ShouldBindJSON" | "BindJSON" => {
                if let Some(target) = first {
                    self.body(scope, target, method, at);
                }
            }
            "ShouldBindQuery" | "BindQuery" => {
                if let Some(target) = first {
                    self.query_struct(scope, target, at);
                }
            }
            "ShouldBindWith" | "MustBindWith" | "ShouldBindBodyWith" => {
                let Some(target) = first else { return };
                match binding(1).as_str() {
                    "Query" | "Form" => self.query_struct(scope, target, at),
                    "JSON" | "YAML" => self.body(scope, target, method, at),
                    other => self.problem(
                        "body",
                        format!("{method} with the binding `{other}`, which the extraction does not read"),
                        Some(at),
                    ),
                }
            }
            "ShouldBind" | "Bind" => {
                let Some(target) = first else { return };
                // gin picks the binding by method: a GET or DELETE binds the query.
                if matches!(self.method.as_str(), "GET" | "DELETE") {
                    self.query_struct(scope, target, at);
                } else {
                    self.body(scope, target, method, at);
                }
            }
            "JSON" | "IndentedJSON" | "PureJSON" | "SecureJSON" | "JSONP" | "AsciiJSON" => {
                if !success(prog, file, first) {
                    return;
                }
                let Some(value) = args.get(1) else { return };
                match prog.expr_type(scope, *value) {
                    Ok(ty) if matches!(ty, Ty::Any | Ty::Other(_) | Ty::Param(_) | Ty::Nil) => {
                        self.unresolved_response(format!("c.{method} of a {ty} value"), at);
                    }
                    Ok(ty) => {
                        let ty = outside_underlying(ty);
                        self.seeds.push((ty.clone(), at.clone()));
                        self.push_response(ResponseFact::Json {
                            go_type: ty.deref().to_string(),
                            via: format!("c.{method}"),
                            at,
                        });
                    }
                    Err(reason) => self.unresolved_response(format!("c.{method}: {reason}"), at),
                }
            }
            // A status other than 200 is an error answer, not what a successful call gives.
            "String" if success(prog, file, first) => self.push_response(ResponseFact::Text { at }),
            "Data" | "DataFromReader" | "Render" if success(prog, file, first) => {
                self.push_response(ResponseFact::Raw {
                    via: format!("c.{method}"),
                    at,
                });
            }
            "File" | "FileAttachment" | "FileFromFS" => {
                self.push_response(ResponseFact::Raw {
                    via: format!("c.{method}"),
                    at,
                });
            }
            "Stream" | "SSEvent" => self.push_response(ResponseFact::EventStream { at }),
            _ => {}
        }
    }

    fn push_response(&mut self, fact: ResponseFact) {
        let key = response_key(&fact);
        if !self
            .responses
            .iter()
            .any(|known| response_key(known) == key)
        {
            self.responses.push(fact);
        }
    }

    fn unresolved_response(&mut self, reason: String, at: String) {
        self.problem("response", reason.clone(), Some(at.clone()));
        self.push_response(ResponseFact::Unresolved {
            reason,
            at: Some(at),
        });
    }

    fn body(&mut self, scope: &FnScope<'m>, target: Node<'m>, via: &str, at: String) {
        match self.prog.expr_type(scope, target) {
            Ok(ty) if !matches!(ty.deref(), Ty::Any | Ty::Other(_) | Ty::Nil | Ty::Param(_)) => {
                let go_type = ty.deref().to_string();
                self.seeds.push((ty, at.clone()));
                if !self.bodies.iter().any(|b| b.go_type == go_type) {
                    self.bodies.push(BodyFact {
                        go_type,
                        via: via.to_owned(),
                        at,
                    });
                }
            }
            Ok(ty) => self.problem("body", format!("{via} into a {ty} value"), Some(at)),
            Err(reason) => self.problem("body", format!("{via}: {reason}"), Some(at)),
        }
    }

    /// A struct bound from the query: one parameter per `form` field.
    fn query_struct(&mut self, scope: &FnScope<'m>, target: Node<'m>, at: String) {
        let ty = match self.prog.expr_type(scope, target) {
            Ok(ty) => ty,
            Err(reason) => {
                self.problem("query", format!("a query-bound value: {reason}"), Some(at));
                return;
            }
        };
        let Some(name) = ty.named().cloned() else {
            self.problem("query", format!("binds the query into a {ty}"), Some(at));
            return;
        };
        self.seeds.push((ty.clone(), at.clone()));
        let mut seen = HashSet::new();
        self.form_fields(&name, &name.qualified(), &at, &mut seen, 0);
    }

    fn form_fields(
        &mut self,
        name: &TypeName,
        via: &str,
        at: &str,
        seen: &mut HashSet<TypeName>,
        depth: u32,
    ) {
        let prog = self.prog;
        if depth > 6 || !seen.insert(name.clone()) {
            return;
        }
        let Some((file, st, real)) = prog.struct_of(name) else {
            self.problem(
                "query",
                format!(
                    "binds the query into {}, which is not a struct of the module",
                    name.qualified()
                ),
                Some(at.to_owned()),
            );
            return;
        };
        for raw in prog.struct_fields(file, st) {
            let form = tag_lookup(&raw.tag, "form");
            if form.as_deref() == Some("-") {
                continue;
            }
            let go_name = match &raw.name {
                Some(n) => n.clone(),
                None => prog.embedded_name(file, raw.ty),
            };
            let hint = format!("{}.{go_name}", real.name);
            let ty = prog.type_expr(file, raw.ty, &hint);
            let ty = if raw.pointer {
                Ty::Ptr(Box::new(ty))
            } else {
                ty
            };
            if raw.name.is_none() && form.is_none() {
                // gin maps an embedded struct's fields as its own.
                if let Some(inner) = ty.named().cloned() {
                    self.form_fields(&inner, via, at, seen, depth + 1);
                }
                continue;
            }
            if !go_name.chars().next().is_some_and(char::is_uppercase) {
                continue;
            }
            let form = form.unwrap_or_default();
            let mut parts = form.split(',');
            let wire = parts
                .next()
                .filter(|n| !n.is_empty())
                .unwrap_or(&go_name)
                .to_owned();
            let default = parts
                .find_map(|opt| opt.strip_prefix("default="))
                .map(str::to_owned);
            let required = tag_lookup(&raw.tag, "binding")
                .unwrap_or_default()
                .split(',')
                .any(|b| b.trim() == "required");
            self.query.push(QueryFact {
                name: wire,
                go_type: ty.to_string(),
                required,
                default,
                via: format!("form {via}"),
                at: prog.ix.at(file, raw.node),
            });
        }
    }

    fn query_read(
        &mut self,
        scope: &FnScope<'m>,
        call: Node<'m>,
        method: &str,
        args: &[Node<'m>],
        at: String,
    ) {
        let prog = self.prog;
        let file = scope.file;
        let Some(name) = args.first().and_then(|a| self.constant_string(scope, *a)) else {
            self.problem(
                "query",
                format!("{method} of a name that is not a constant"),
                Some(at),
            );
            return;
        };
        let array = method.ends_with("Array");
        let mut fact = QueryFact {
            name,
            go_type: if array { "[]string" } else { "string" }.to_owned(),
            required: false,
            default: if method == "DefaultQuery" {
                args.get(1).and_then(|a| self.constant_string(scope, *a))
            } else {
                None
            },
            via: method.to_owned(),
            at,
        };
        // Where the value goes: a parse around the read, or a variable.
        let (parse, value_var, ok_var) = self.read_targets(scope, call);
        let mut parse = parse;
        if parse.is_none()
            && let Some(var) = value_var
        {
            parse = self.parse_of_var(scope, var, call.end_byte());
        }
        if let Some((parse_call, parsed)) = parse {
            fact.go_type = parsed;
            let (result_var, err_var) = self.assigned_vars(scope, parse_call);
            if let Some(err) = err_var {
                match self.check_outcome(scope, err, parse_call.end_byte(), Check::NotNil) {
                    Outcome::Error => fact.required = true,
                    Outcome::Default(value) if result_var.is_some() => fact.default = Some(value),
                    _ => {}
                }
            }
        }
        if let Some(var) = value_var
            && self.check_outcome(scope, var, call.end_byte(), Check::Empty) == Outcome::Error
        {
            fact.required = true;
        }
        if let Some(ok) = ok_var
            && self.check_outcome(scope, ok, call.end_byte(), Check::Not) == Outcome::Error
        {
            fact.required = true;
        }
        // `if c.Query("x") == "" { answer an error }`.
        if let Some(parent) = call.parent()
            && parent.kind() == "binary_expression"
            && is_empty_comparison(prog, file, parent)
            && let Some(if_statement) = parent.parent().filter(|p| p.kind() == "if_statement")
            && answers_error(prog, file, if_statement)
        {
            fact.required = true;
        }
        self.query.push(fact);
    }

    fn constant_string(&self, scope: &FnScope<'m>, node: Node<'m>) -> Option<String> {
        let node = unparen(node);
        if matches!(
            node.kind(),
            "interpreted_string_literal" | "raw_string_literal"
        ) {
            return Some(string_literal(node, self.prog.ix.text(scope.file)));
        }
        match self.prog.const_expr(scope.file, node, 0, 0) {
            Ok(ConstValue::Str(value)) => Some(value),
            _ => None,
        }
    }

    /// For a query read: a parse call directly around it (with the parsed type), the variable
    /// it is assigned to, and the `ok` variable of `GetQuery`.
    #[allow(clippy::type_complexity)]
    fn read_targets(
        &self,
        scope: &FnScope<'m>,
        call: Node<'m>,
    ) -> (Option<(Node<'m>, String)>, Option<usize>, Option<usize>) {
        let mut parse = None;
        if let Some(list) = call.parent().filter(|p| p.kind() == "argument_list")
            && let Some(outer) = list.parent()
            && let Some(parsed) = self.parsed_type(scope, outer)
        {
            parse = Some((outer, parsed));
        }
        let (value, ok) = self.assigned_vars(scope, call);
        (parse, value, ok)
    }

    /// The type a `strconv` parse call gives, if `call` is one.
    fn parsed_type(&self, scope: &FnScope<'m>, call: Node<'m>) -> Option<String> {
        if call.kind() != "call_expression" {
            return None;
        }
        match self.prog.callee(scope, call) {
            Ok(Callee::External { name })
                if name.starts_with("strconv.Parse") || name == "strconv.Atoi" =>
            {
                let results = self.prog.call_results(scope, call).ok()?;
                results.first().map(|t| t.to_string())
            }
            _ => None,
        }
    }

    /// The variables a call's first and second results are declared or assigned into.
    fn assigned_vars(&self, scope: &FnScope<'m>, call: Node<'m>) -> (Option<usize>, Option<usize>) {
        let Some(list) = call.parent().filter(|p| p.kind() == "expression_list") else {
            return (None, None);
        };
        let Some(statement) = list.parent() else {
            return (None, None);
        };
        if !matches!(
            statement.kind(),
            "short_var_declaration" | "assignment_statement"
        ) {
            return (None, None);
        }
        let left = statement
            .child_by_field_name("left")
            .map(named_children)
            .unwrap_or_default();
        let right = named_children(list);
        let lookup = |node: Option<&Node<'m>>| {
            let node = node?;
            if node.kind() != "identifier" {
                return None;
            }
            scope.lookup(self.prog.text(scope.file, *node), statement.end_byte())
        };
        if right.len() == 1 {
            (lookup(left.first()), lookup(left.get(1)))
        } else {
            let index = right.iter().position(|n| n.id() == call.id());
            (index.and_then(|i| lookup(left.get(i))), None)
        }
    }

    /// A parse of the variable after `from`: `strconv.Atoi(v)`.
    fn parse_of_var(
        &self,
        scope: &FnScope<'m>,
        var: usize,
        from: usize,
    ) -> Option<(Node<'m>, String)> {
        let mut calls = Vec::new();
        collect(scope.node, &mut calls);
        for call in calls {
            if call.kind() != "call_expression" || call.start_byte() < from {
                continue;
            }
            let Some(arg) = call
                .child_by_field_name("arguments")
                .and_then(|a| named_children(a).first().copied())
            else {
                continue;
            };
            if arg.kind() != "identifier"
                || scope.lookup(self.prog.text(scope.file, arg), arg.start_byte()) != Some(var)
            {
                continue;
            }
            if let Some(parsed) = self.parsed_type(scope, call) {
                return Some((call, parsed));
            }
        }
        None
    }

    /// What the first `if` after `from` that tests `var` does.
    fn check_outcome(&self, scope: &FnScope<'m>, var: usize, from: usize, check: Check) -> Outcome {
        let prog = self.prog;
        let file = scope.file;
        let mut nodes = Vec::new();
        collect_ifs(scope.node, &mut nodes);
        for if_statement in nodes {
            if if_statement.start_byte() < from {
                continue;
            }
            let Some(condition) = if_statement.child_by_field_name("condition") else {
                continue;
            };
            if !tests_var(prog, scope, condition, var, check) {
                continue;
            }
            if answers_error(prog, file, if_statement) {
                return Outcome::Error;
            }
            if let Some(value) = assigned_constant(prog, file, if_statement) {
                return Outcome::Default(value);
            }
            return Outcome::Nothing;
        }
        Outcome::Nothing
    }

    fn assignment(&mut self, scope: &FnScope<'m>, statement: Node<'m>) {
        let prog = self.prog;
        let file = scope.file;
        let left = statement
            .child_by_field_name("left")
            .map(named_children)
            .unwrap_or_default();
        let right = statement
            .child_by_field_name("right")
            .map(named_children)
            .unwrap_or_default();
        for (index, target) in left.iter().enumerate() {
            if target.kind() != "selector_expression" {
                continue;
            }
            let is_resp = target
                .child_by_field_name("field")
                .is_some_and(|f| prog.text(file, f) == "Resp");
            let owner = target.child_by_field_name("operand");
            if !is_resp
                || !owner
                    .is_some_and(|o| prog.expr_type(scope, o).is_ok_and(|t| is_zadig_context(&t)))
            {
                continue;
            }
            let at = prog.ix.at(file, statement);
            let (value, typed, via) = if right.len() == left.len() {
                let value = right[index];
                (
                    Some(value),
                    prog.expr_type(scope, value),
                    self.describe_value(scope, value, 0),
                )
            } else if let [single] = right.as_slice() {
                (
                    None,
                    prog.nth_value(scope, *single, index),
                    self.describe_value(scope, *single, index),
                )
            } else {
                (
                    None,
                    Err("the assignment's sides do not match".to_owned()),
                    String::new(),
                )
            };
            let typed = match (typed, value) {
                // An `interface{}` variable: what it was last given, if one thing.
                (Ok(Ty::Any), Some(value)) if unparen(value).kind() == "call_expression" => {
                    prog.concrete_result(scope, unparen(value), 0)
                }
                (other, _) => other,
            };
            match typed {
                Ok(Ty::Nil) => {}
                Ok(ty) if ty.is_text() => self.push_response(ResponseFact::Text { at }),
                Ok(ty @ (Ty::Any | Ty::Other(_) | Ty::Param(_))) => {
                    self.unresolved_response(format!("the response value is a {ty} ({via})"), at);
                }
                Ok(ty) => {
                    let ty = outside_underlying(ty);
                    self.seeds.push((ty.clone(), at.clone()));
                    self.push_response(ResponseFact::Json {
                        go_type: ty.deref().to_string(),
                        via,
                        at,
                    });
                }
                Err(reason) => {
                    self.unresolved_response(format!("the response value: {reason}"), at)
                }
            }
        }
    }

    fn describe_value(&self, scope: &FnScope<'m>, value: Node<'m>, index: usize) -> String {
        let value = unparen(value);
        let file = scope.file;
        match value.kind() {
            "call_expression" => match self.prog.callee(scope, value) {
                Ok(callee) => format!("result {index} of {}", callee.describe()),
                Err(_) => "a call".to_owned(),
            },
            "identifier" => format!("variable {}", self.prog.text(file, value)),
            "composite_literal" => "composite literal".to_owned(),
            "unary_expression" => match value.child_by_field_name("operand") {
                Some(inner) => self.describe_value(scope, inner, index),
                None => "expression".to_owned(),
            },
            "selector_expression" => format!("field {}", collapse(self.prog.text(file, value))),
            _ => "expression".to_owned(),
        }
    }
}

/// `gin.H` and the like as their underlying type, which the facts can name.
fn outside_underlying(ty: Ty) -> Ty {
    match ty.named() {
        Some(name) if !name.internal => external_underlying(name).unwrap_or(ty),
        _ => ty,
    }
}

/// Whether a status argument is 200.
fn success<'m>(prog: &Program<'m>, file: usize, code: Option<Node<'m>>) -> bool {
    code.is_some_and(|code| {
        let text = prog.text(file, code);
        text.ends_with("StatusOK") || text == "200"
    })
}

fn response_key(fact: &ResponseFact) -> String {
    match fact {
        ResponseFact::Json { go_type, .. } => format!("json {go_type}"),
        ResponseFact::Message => "message".to_owned(),
        ResponseFact::Text { .. } => "text".to_owned(),
        ResponseFact::EventStream { .. } => "event_stream".to_owned(),
        ResponseFact::Raw { via, .. } => format!("raw {via}"),
        ResponseFact::Unresolved { reason, .. } => format!("unresolved {reason}"),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Check {
    /// `v == ""`, `len(v) == 0`.
    Empty,
    /// `err != nil`.
    NotNil,
    /// `!ok`.
    Not,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    /// The branch answers an error.
    Error,
    /// The branch assigns this constant.
    Default(String),
    Nothing,
}

/// Every call and assignment in a function body, nested literals included, in source order.
fn collect<'m>(node: Node<'m>, out: &mut Vec<Node<'m>>) {
    if matches!(node.kind(), "call_expression" | "assignment_statement") {
        out.push(node);
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect(child, out);
    }
}

fn collect_ifs<'m>(node: Node<'m>, out: &mut Vec<Node<'m>>) {
    if node.kind() == "if_statement" {
        out.push(node);
    }
    let mut cursor = node.walk();
    for child in node.named_children(&mut cursor) {
        collect_ifs(child, out);
    }
}

/// Whether a condition tests the variable the way `check` says (anywhere in `a || b`).
fn tests_var<'m>(
    prog: &Program<'m>,
    scope: &FnScope<'m>,
    condition: Node<'m>,
    var: usize,
    check: Check,
) -> bool {
    let file = scope.file;
    let is_var = |node: Node<'m>| {
        let node = unparen(node);
        node.kind() == "identifier"
            && scope.lookup(prog.text(file, node), node.start_byte()) == Some(var)
    };
    let condition = unparen(condition);
    match condition.kind() {
        "binary_expression" => {
            let operator = condition
                .child_by_field_name("operator")
                .map(|o| o.kind())
                .unwrap_or("");
            let (Some(left), Some(right)) = (
                condition.child_by_field_name("left"),
                condition.child_by_field_name("right"),
            ) else {
                return false;
            };
            match operator {
                "||" | "&&" => {
                    tests_var(prog, scope, left, var, check)
                        || tests_var(prog, scope, right, var, check)
                }
                "==" if check == Check::Empty => {
                    let operand = if is_var(left) || is_len_of(prog, file, left, &is_var) {
                        right
                    } else if is_var(right) || is_len_of(prog, file, right, &is_var) {
                        left
                    } else {
                        return false;
                    };
                    matches!(prog.text(file, operand), "\"\"" | "0" | "``")
                }
                "!=" if check == Check::NotNil => {
                    (is_var(left) && prog.text(file, right) == "nil")
                        || (is_var(right) && prog.text(file, left) == "nil")
                }
                _ => false,
            }
        }
        "unary_expression" if check == Check::Not => {
            condition.child_by_field_name("operator").map(|o| o.kind()) == Some("!")
                && condition.child_by_field_name("operand").is_some_and(is_var)
        }
        _ => false,
    }
}

fn is_len_of<'m>(
    prog: &Program<'m>,
    file: usize,
    node: Node<'m>,
    is_var: &dyn Fn(Node<'m>) -> bool,
) -> bool {
    let node = unparen(node);
    node.kind() == "call_expression"
        && node
            .child_by_field_name("function")
            .is_some_and(|f| prog.text(file, f) == "len")
        && node
            .child_by_field_name("arguments")
            .and_then(|a| named_children(a).first().copied())
            .is_some_and(is_var)
}

/// `x == ""` or `"" == x`.
fn is_empty_comparison(prog: &Program, file: usize, binary: Node) -> bool {
    binary.child_by_field_name("operator").map(|o| o.kind()) == Some("==")
        && [
            binary.child_by_field_name("left"),
            binary.child_by_field_name("right"),
        ]
        .into_iter()
        .flatten()
        .any(|side| prog.text(file, side) == "\"\"")
}

/// Whether an `if`'s consequence answers an error: it returns, after setting `RespErr`,
/// aborting, writing a non-200 answer, or returning an error value.
fn answers_error(prog: &Program, file: usize, if_statement: Node) -> bool {
    let Some(consequence) = if_statement.child_by_field_name("consequence") else {
        return false;
    };
    let statements = crate::program::block_statements(consequence);
    let Some(last) = statements.last() else {
        return false;
    };
    if last.kind() != "return_statement" {
        return false;
    }
    // A helper returning an error value: `return nil, err`, `return fmt.Errorf(...)`.
    if let Some(values) = last.named_child(0) {
        let values = named_children(values);
        if values.last().is_some_and(|v| prog.text(file, *v) != "nil") {
            return true;
        }
    }
    statements.iter().any(|statement| {
        let text = prog.text(file, *statement);
        match statement.kind() {
            "assignment_statement" => statement
                .child_by_field_name("left")
                .map(named_children)
                .unwrap_or_default()
                .iter()
                .any(|target| {
                    target
                        .child_by_field_name("field")
                        .is_some_and(|f| prog.text(file, f) == "RespErr")
                }),
            "expression_statement" => {
                let Some(call) = statement
                    .named_child(0)
                    .filter(|c| c.kind() == "call_expression")
                else {
                    return false;
                };
                let name = call
                    .child_by_field_name("function")
                    .and_then(|f| f.child_by_field_name("field"))
                    .map(|f| prog.text(file, f))
                    .unwrap_or("");
                name.starts_with("Abort")
                    || (matches!(name, "JSON" | "String" | "Status") && !text.contains("StatusOK"))
            }
            _ => false,
        }
    })
}

/// The constant a branch assigns (`n = 10` when a parse fails), rendered.
fn assigned_constant<'m>(
    prog: &Program<'m>,
    file: usize,
    if_statement: Node<'m>,
) -> Option<String> {
    let consequence = if_statement.child_by_field_name("consequence")?;
    for statement in crate::program::block_statements(consequence) {
        if statement.kind() != "assignment_statement" {
            continue;
        }
        let right = named_children(statement.child_by_field_name("right")?);
        if let [value] = right.as_slice()
            && let Ok(value) = prog.const_expr(file, *value, 0, 0)
        {
            return Some(value.render());
        }
    }
    None
}
