//! Handler analysis: the query parameters, bodies and responses of each route's handler (and
//! of the helpers it passes the request on to), then the assembly of [`ServerFacts`].

use std::collections::{BTreeMap, HashSet};

use tree_sitter::Node;
use zadig_spec_model::facts::{
    BodyFact, CheckRule, ConstGroup, ExtractConfig, FactsSource, GoConst, Handler, QueryFact,
    ResponseFact, RouteFact, ServerFacts, Unresolved,
};

use crate::ExtractError;
use crate::checks::{
    self, Check, Found, Outcome, Root, Value, answers_error, is_empty_comparison, is_gin_context,
};
use crate::load::{Decl, string_literal};
use crate::program::{
    Callee, ConstValue, FnScope, Origin, Program, collapse, named_children, unparen,
};
use crate::router::{Route, path_params};
use crate::ty::{Ty, TypeName, external_underlying};
use crate::types::{TypeCollector, tag_lookup};

/// How deep the analysis follows helpers that receive the request.
const MAX_HELPER_DEPTH: u32 = 3;

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
            roots: Vec::new(),
            found: Vec::new(),
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
        let mut query = merge_query(analysis.query);
        let mut bodies = analysis.bodies;
        attach_checks(&mut query, &mut bodies, analysis.found);
        facts.push(RouteFact {
            method: route.method.clone(),
            path_params: path_params(&route.path),
            path: route.path,
            handler: Handler {
                name,
                at: prog.ix.at(decl.file, decl.node),
            },
            query,
            bodies,
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
                for check in read.checks {
                    if !known.checks.contains(&check) {
                        known.checks.push(check);
                    }
                }
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

/// Puts each check found on its query parameter or body; a `required` check makes the
/// parameter required.
fn attach_checks(query: &mut [QueryFact], bodies: &mut [BodyFact], found: Vec<Found>) {
    for Found { value, mut check } in found {
        let checks = match value {
            Value::Query(name) => match query.iter_mut().find(|fact| fact.name == name) {
                Some(fact) => {
                    fact.required |= check.rule == CheckRule::Required;
                    &mut fact.checks
                }
                None => continue,
            },
            Value::Field { body, path } => match bodies.iter_mut().find(|b| b.go_type == body) {
                Some(fact) => {
                    check.field = Some(Value::path_text(&path));
                    // The condition the body is decoded under holds for every check on it.
                    if check.when.is_some() && check.when == fact.when {
                        check.when = None;
                        if check.rule == CheckRule::RequiredWhen {
                            check.rule = CheckRule::Required;
                        }
                    }
                    &mut fact.checks
                }
                None => continue,
            },
            Value::QueryStruct => continue,
        };
        if !checks.contains(&check) {
            checks.push(check);
        }
    }
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
    /// Variables bound to the request (decoded bodies, query-bound structs), by function.
    roots: Vec<(usize, Root)>,
    /// Checks in code on the request's values.
    found: Vec<Found>,
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
        let roots = self.roots_of(&scope);
        checks::scan(self.prog, &scope, body, roots, &mut self.found);
    }

    /// The variables of a function bound to the request.
    fn roots_of(&self, scope: &FnScope<'m>) -> Vec<Root> {
        self.roots
            .iter()
            .filter(|(id, _)| *id == scope.id)
            .map(|(_, root)| root.clone())
            .collect()
    }

    /// Records the variable `target` names (`args`, `&args`) as bound to `value`.
    fn bind_root(&mut self, scope: &FnScope<'m>, target: Node<'m>, value: Value) {
        let mut target = unparen(target);
        if target.kind() == "unary_expression"
            && let Some(operand) = target.child_by_field_name("operand")
        {
            target = unparen(operand);
        }
        if target.kind() != "identifier" {
            return;
        }
        if let Some(var) = scope.lookup(self.prog.text(scope.file, target), target.start_byte()) {
            self.roots
                .retain(|(id, root)| *id != scope.id || root.var != var);
            self.roots.push((
                scope.id,
                Root {
                    var,
                    value,
                    overrides: Vec::new(),
                },
            ));
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
            Ok(Callee::External { name }) => self.external_call(scope, call, &name, &args, at),
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

    fn external_call(
        &mut self,
        scope: &FnScope<'m>,
        call: Node<'m>,
        name: &str,
        args: &[Node<'m>],
        at: String,
    ) {
        let via = match name {
            "encoding/json.Unmarshal" => "json.Unmarshal",
            "gopkg.in/yaml.v2.Unmarshal" | "gopkg.in/yaml.v3.Unmarshal" => "yaml.Unmarshal",
            // These turn YAML into JSON and decode that: the json tags apply.
            "sigs.k8s.io/yaml.Unmarshal" | "github.com/ghodss/yaml.Unmarshal" => {
                "yaml.Unmarshal (json tags)"
            }
            _ => return,
        };
        let (Some(data), Some(target)) = (args.first(), args.get(1)) else {
            return;
        };
        if !self.is_raw_body(scope, *data) {
            return;
        }
        self.body(scope, call, *target, via, at);
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
                    self.body(scope, call, target, method, at);
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
                    "JSON" | "YAML" => self.body(scope, call, target, method, at),
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
                    self.body(scope, call, target, method, at);
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
            // YAML (or XML, TOML) of a value: text, not JSON.
            "Data" | "DataFromReader" | "Render" | "YAML" | "XML" | "TOML"
                if success(prog, file, first) =>
            {
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

    fn body(
        &mut self,
        scope: &FnScope<'m>,
        call: Node<'m>,
        target: Node<'m>,
        via: &str,
        at: String,
    ) {
        match self.prog.expr_type(scope, target) {
            Ok(ty) if !matches!(ty.deref(), Ty::Any | Ty::Other(_) | Ty::Nil | Ty::Param(_)) => {
                let go_type = ty.deref().to_string();
                self.seeds.push((ty, at.clone()));
                self.bind_root(
                    scope,
                    target,
                    Value::Field {
                        body: go_type.clone(),
                        path: Vec::new(),
                    },
                );
                if !self.bodies.iter().any(|b| b.go_type == go_type) {
                    let when =
                        checks::branch_condition(self.prog, scope, call, self.roots_of(scope));
                    self.bodies.push(BodyFact {
                        go_type,
                        via: via.to_owned(),
                        at,
                        when,
                        checks: Vec::new(),
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
        self.bind_root(scope, target, Value::QueryStruct);
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
                checks: Vec::new(),
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
            checks: Vec::new(),
        };
        let roots = self.roots_of(scope);
        let required = |fact: &mut QueryFact, construct: &str, if_statement: Node<'m>| {
            let name = fact.name.clone();
            for check in checks::placed(prog, scope, roots.clone(), if_statement, &name, construct)
            {
                fact.required |= check.rule == CheckRule::Required;
                if !fact.checks.contains(&check) {
                    fact.checks.push(check);
                }
            }
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
                match checks::outcome(prog, scope, err, parse_call.end_byte(), Check::NotNil) {
                    Outcome::Error(if_statement) => required(&mut fact, "parse", if_statement),
                    Outcome::Default(value) if result_var.is_some() => fact.default = Some(value),
                    _ => {}
                }
            }
        }
        if let Some(var) = value_var
            && let Outcome::Error(if_statement) =
                checks::outcome(prog, scope, var, call.end_byte(), Check::Empty)
        {
            required(&mut fact, "empty check", if_statement);
        }
        if let Some(ok) = ok_var
            && let Outcome::Error(if_statement) =
                checks::outcome(prog, scope, ok, call.end_byte(), Check::Not)
        {
            required(&mut fact, "presence check", if_statement);
        }
        // `if c.Query("x") == "" { answer an error }`.
        if let Some(parent) = call.parent()
            && parent.kind() == "binary_expression"
            && is_empty_comparison(prog, file, parent)
            && let Some(if_statement) = parent.parent().filter(|p| p.kind() == "if_statement")
            && answers_error(prog, file, if_statement)
        {
            required(&mut fact, "empty check", if_statement);
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
