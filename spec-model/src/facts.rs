//! Facts about the Zadig server read from its Go source: routes, the query parameters and
//! bodies their handlers read, the types they answer with, and every Go type those reach.
//!
//! `cargo xtask server --src DIR` (the `zadig-server-facts` crate) extracts them from a checkout
//! of one release and writes them to [`RELEASES_DIR`]`/<release>.yaml`; [`load`] reads one back
//! for the audit and the generator ([`crate::load`] reads every release's). A file holds facts
//! only (names, paths, Go types, tags, constants, checks, file and line), never the server's code
//! or comments.
//!
//! Go types are written as Go source writes them, with named types qualified by their package
//! path relative to the module root: `[]*pkg/microservice/aslan/core/build/service.BuildBrief`,
//! `map[string]interface{}` (written `map[string]any`), `time.Time`. [`GoType::parse`] reads
//! them back.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::path::route_key;
use crate::release::ReleaseName;
use crate::spec::Endpoint;

/// Where the facts live, relative to the spec directory: one file per release,
/// `<release>.yaml` (`v4.2.0.yaml`, and `main.yaml` for the development branch).
pub const RELEASES_DIR: &str = "server/releases";
/// What the extraction reads beyond the `/openapi` routes, relative to the spec directory.
pub const EXTRACT_CONFIG_FILE: &str = "server/extract.yaml";
/// Version of the facts file's layout; bumped when a key is removed or changes meaning.
pub const FACTS_SCHEMA: u32 = 2;
/// The command that writes the facts, named in the file's header.
pub const EXTRACT_COMMAND: &str = "cargo xtask server --src <zadig checkout>";

/// The whole facts file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerFacts {
    /// [`FACTS_SCHEMA`] of the writer.
    pub schema: u32,
    /// The source the facts were read from.
    pub source: FactsSource,
    /// Every extracted route, sorted by path, then method.
    pub routes: Vec<RouteFact>,
    /// Every Go type that a route's query, body or response reaches, transitively, keyed by
    /// qualified name (`pkg/setting.ProductStatus`). Types outside the module are not here: see
    /// [`known_external`] and [`ServerFacts::unresolved`].
    pub types: BTreeMap<String, GoTypeDecl>,
    /// Untyped string constant groups asked for in [`EXTRACT_CONFIG_FILE`], keyed by package and
    /// name prefix (`pkg/setting.ProductStatus`): Zadig often spells a set of values as
    /// untyped constants sharing a prefix, used with a plain `string` field.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub const_groups: BTreeMap<String, ConstGroup>,
    /// Everything the extraction could not resolve, with the reason, sorted by `what`.
    #[serde(default)]
    pub unresolved: Vec<Unresolved>,
}

/// The repository, release and commit the facts were read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactsSource {
    /// `github.com/koderover/zadig`.
    pub repository: String,
    /// The release tag the checkout is (`v4.2.0`), or `main` for the development branch,
    /// which no release serves yet ([`crate::release::ReleaseName`]). Empty in a schema 1
    /// file, which predates releases.
    #[serde(default)]
    pub release: String,
    /// The full commit hash of the checkout.
    pub commit: String,
    /// The Go module path from `go.mod` (`github.com/koderover/zadig/v2`); qualified names
    /// drop it.
    pub module: String,
}

/// One served route and what its handler reads and answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RouteFact {
    /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    pub method: String,
    /// The full path as the client requests it, gin-style (`/openapi/build/:name/detail`).
    pub path: String,
    /// The handler function.
    pub handler: Handler,
    /// The path's `:name` parameters, in path order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path_params: Vec<String>,
    /// Query parameters the handler (or a helper it passes the request to) reads, sorted by
    /// name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub query: Vec<QueryFact>,
    /// Request bodies the handler decodes, in source order. More than one when the handler
    /// picks the body type by some condition (a query parameter, say).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bodies: Vec<BodyFact>,
    /// What a successful call answers, in source order; more than one when branches differ.
    pub responses: Vec<ResponseFact>,
}

/// A Go function, with where it is declared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handler {
    /// Qualified name (`pkg/microservice/aslan/core/build/handler.OpenAPIGetBuildModule`).
    pub name: String,
    /// `file:line` of the declaration, the file relative to the checkout.
    pub at: String,
}

/// A query parameter a handler reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryFact {
    /// Wire name.
    pub name: String,
    /// The Go type the value ends up as: `string` for a plain read, the parsed type
    /// (`int64`, `bool`) when the handler parses it, the field type for a bound struct,
    /// `[]string` for repeated reads.
    pub go_type: String,
    /// The handler rejects the request without it: an empty-value check that answers an
    /// error, a parse whose failure answers an error, or `binding:"required"`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// The value used when the parameter is absent (`DefaultQuery`, a `default=` form tag, or
    /// a constant assigned when the parse fails).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// How it is read: `Query`, `DefaultQuery`, `GetQuery`, `QueryArray`, `GetQueryArray`, or
    /// `form <qualified struct>` for a struct bound from the query.
    pub via: String,
    /// `file:line` of the read (or of the struct field).
    pub at: String,
    /// What the handler, or a validation method it calls, decides about the value in code, in
    /// source order. A `required` check also sets [`QueryFact::required`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<CodeCheck>,
}

/// A request body a handler decodes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BodyFact {
    /// The Go type decoded into (pointers removed): `pkg/x.Req`, `[]*pkg/x.Item`.
    pub go_type: String,
    /// How: `BindJSON`, `ShouldBindJSON`, `ShouldBindWith`, `Bind`, `ShouldBind`, or
    /// `json.Unmarshal`, `yaml.Unmarshal` of the raw body. `yaml.Unmarshal` is `gopkg.in/yaml`,
    /// which follows the `yaml` tags ([`GoField::yaml`]); YAML decoders that follow the `json`
    /// tags (`sigs.k8s.io/yaml`, `github.com/ghodss/yaml`) are `yaml.Unmarshal (json tags)`.
    pub via: String,
    /// `file:line` of the call.
    pub at: String,
    /// The handler decodes this body only when a query parameter has (or has not) some value:
    /// the call sits in a branch of an `if` or `switch` on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// What the handler, or a validation method it calls on the decoded value, decides about
    /// the body's fields in code, in source order; each names its field.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub checks: Vec<CodeCheck>,
}

/// A decision the server makes in code, not in a tag, about one value of a request: a query
/// parameter or a body field. The request is rejected (an error answer, or `403` for the
/// authorization check) when the rule does not hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeCheck {
    /// What must hold.
    pub rule: CheckRule,
    /// On a body: the field's path from the body's top by wire names, `.` between fields and
    /// `[]` for every element of an array or map (`service_list[].service_name`). Absent on a
    /// query parameter's checks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For [`CheckRule::Values`]: the values accepted, as the constants spell them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<String>,
    /// When the rule applies: always for [`CheckRule::RequiredWhen`]; for
    /// [`CheckRule::Values`], when the set is only enforced under a condition.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// The construct: `empty check` (`if v == ""`, `len(v) == 0`, `v == nil`, `v == 0`),
    /// `presence check` (`GetQuery`'s `ok`), `parse` (a `strconv` parse whose failure is
    /// answered with an error), `switch` (cases with a `default` that answers an error),
    /// `comparison` (`if v != A && v != B`), `authorization` (the value keys the project
    /// authorization lookup, whose miss answers `403` to all but system administrators); with
    /// ` in <qualified function>` when the check is in a function the handler hands the value
    /// to and answers the error of (a `Validate()` method, a service function).
    pub via: String,
    /// `file:line` of the check.
    pub at: String,
}

impl CodeCheck {
    /// The function the check is in when it is not the handler itself (`via: switch in
    /// <function>`).
    pub fn function(&self) -> Option<&str> {
        self.via.split_once(" in ").map(|(_, function)| function)
    }
}

/// What a [`CodeCheck`] requires of its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckRule {
    /// A value must be given: absent or empty (`""`, `0`, `nil`, an empty list) is rejected.
    Required,
    /// A value must be given when [`CodeCheck::when`] holds.
    RequiredWhen,
    /// The value must be one of [`CodeCheck::values`].
    Values,
}

/// A condition on another value of the same request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The query parameter tested (wire name); exactly one of `query` and `field` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// The body field tested, a path as [`CodeCheck::field`] writes it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Holds when the value is one of these (`true`/`false` for a flag tested alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub is: Vec<String>,
    /// Holds when the value is none of these (`""`: when it is given).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub is_not: Vec<String>,
}

/// What a successful call answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ResponseFact {
    /// A JSON body of this Go type (pointers removed).
    Json {
        go_type: String,
        /// What the type came from: `result 0 of <qualified function>`, `variable <name>`,
        /// `composite literal`, ...
        via: String,
        /// `file:line` of the assignment.
        at: String,
    },
    /// The handler sets no response value, so Zadig's middleware answers
    /// `{"message": "success"}`.
    Message,
    /// A plain-text body (a `string` or `[]byte` response value, or `c.String`).
    Text {
        /// `file:line` of the assignment or call.
        at: String,
    },
    /// A server-sent event stream (`internalhandler.Stream`, `c.Stream`, `c.SSEvent`).
    EventStream {
        /// `file:line` of the call.
        at: String,
    },
    /// Raw bytes written directly (`c.Data`, `c.File`, a writer), or a value written as YAML,
    /// XML or TOML (`c.YAML`).
    Raw {
        /// What writes them.
        via: String,
        /// `file:line` of the call.
        at: String,
    },
    /// The extraction could not tell; the reason is also in [`ServerFacts::unresolved`].
    Unresolved {
        /// Why.
        reason: String,
        /// `file:line` of the assignment, if any.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<String>,
    },
}

/// A named Go type declared in the module.
// No `deny_unknown_fields`: serde does not support it together with `flatten`; the tagged
// `kind` enum denies unknown keys itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoTypeDecl {
    /// `file:line` of the declaration.
    pub at: String,
    /// The type has its own `MarshalJSON` or `UnmarshalJSON` method, so its wire shape is
    /// not (only) its fields.
    #[serde(default, skip_serializing_if = "is_false")]
    pub custom_json: bool,
    /// What it is.
    #[serde(flatten)]
    pub kind: GoTypeKind,
}

/// The shape of a named Go type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum GoTypeKind {
    /// A struct: its JSON fields as `encoding/json` sees them (unexported and `json:"-"`
    /// fields dropped, embedded structs without a name tag flattened in), in declaration
    /// order.
    Struct { fields: Vec<GoField> },
    /// Any other named type (`type ProductStatus string`, `type Items []*Item`), with the
    /// constants declared of it.
    Named {
        /// The underlying type (`string`, `[]*pkg/x.Item`).
        underlying: String,
        /// Constants of this type, in declaration order.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        constants: Vec<GoConst>,
    },
}

/// One JSON field of a Go struct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoField {
    /// The name on the wire: the json tag's name, or the Go name when the tag gives none.
    pub wire: String,
    /// The Go field name.
    pub go_name: String,
    /// The Go type, qualified.
    pub go_type: String,
    /// The json tag has `omitempty`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub omitempty: bool,
    /// The json tag has `string` (a number or bool sent as a JSON string).
    #[serde(default, skip_serializing_if = "is_false")]
    pub string: bool,
    /// The field has `binding:"required"` (gin rejects a request body without it).
    #[serde(default, skip_serializing_if = "is_false")]
    pub required: bool,
    /// The embedded struct (qualified) the field was promoted from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embedded_from: Option<String>,
    /// The key `gopkg.in/yaml` reads the field under, when it is not [`GoField::wire`]: the
    /// yaml tag's name, or the Go name in lower case when the tag gives none; `-` when YAML
    /// does not read it at this place (`yaml:"-"`, or promoted from an embedded struct YAML
    /// does not inline). Recorded only on the types a body read as YAML reaches
    /// ([`BodyFact::via`] `yaml.Unmarshal`); absent elsewhere.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub yaml: Option<String>,
    /// `file:line` of the field.
    pub at: String,
}

/// A constant with its value, as Go source writes it (strings unquoted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoConst {
    /// The Go name (`ProductStatusSleeping`).
    pub name: String,
    /// The value: the string's contents, or the literal text for numbers.
    pub value: String,
    /// `file:line`.
    pub at: String,
}

/// Untyped string constants sharing a name prefix.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConstGroup {
    /// The constants, in declaration order.
    pub constants: Vec<GoConst>,
}

/// Something the extraction could not resolve.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unresolved {
    /// What: `GET /openapi/x response`, `type k8s.io/api/core/v1.Pod`, ...
    pub what: String,
    /// Why, in one line.
    pub reason: String,
    /// `file:line` where it was met, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

/// What `cargo xtask server` extracts beyond every `/openapi` route ([`EXTRACT_CONFIG_FILE`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtractConfig {
    /// The repository the checkout is of (`github.com/koderover/zadig`).
    pub repository: String,
    /// Extra routes as `METHOD /path` with gin placeholders, e.g. the `/api/aslan` routes the
    /// spec uses (the gateway serves aslan's `/api/x` at `/api/aslan/x`).
    #[serde(default)]
    pub routes: Vec<String>,
    /// Untyped constant groups to record, as `package.Prefix` (`pkg/setting.ProductStatus`).
    #[serde(default)]
    pub const_groups: Vec<String>,
    /// Types to record although no route reaches them, as `package.Name`: those a handler
    /// sends through an `interface{}` field (the spec of a job of one type).
    #[serde(default)]
    pub types: Vec<String>,
}

impl ServerFacts {
    /// The types the bodies decoded by `gopkg.in/yaml` ([`BodyFact::via`] `yaml.Unmarshal`)
    /// reach, through underlying types and the fields YAML reads (not those whose
    /// [`GoField::yaml`] is `-`).
    pub fn yaml_body_types(&self) -> std::collections::BTreeSet<&str> {
        let mut queue: Vec<&str> = self
            .routes
            .iter()
            .flat_map(|route| &route.bodies)
            .filter(|body| body.via == "yaml.Unmarshal")
            .filter_map(|body| GoType::parse(&body.go_type).ok())
            .flat_map(|ty| {
                ty.named()
                    .into_iter()
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter_map(|name| {
                self.types
                    .get_key_value(name.as_str())
                    .map(|(k, _)| k.as_str())
            })
            .collect();
        let mut reached = std::collections::BTreeSet::new();
        while let Some(name) = queue.pop() {
            if !reached.insert(name) {
                continue;
            }
            let Some(decl) = self.types.get(name) else {
                continue;
            };
            let inner: Vec<&str> = match &decl.kind {
                // A field YAML does not read at all leads nowhere.
                GoTypeKind::Struct { fields } => fields
                    .iter()
                    .filter(|field| field.yaml.as_deref() != Some("-"))
                    .map(|field| field.go_type.as_str())
                    .collect(),
                GoTypeKind::Named { underlying, .. } => vec![underlying.as_str()],
            };
            for text in inner {
                if let Ok(ty) = GoType::parse(text) {
                    for named in ty.named() {
                        if let Some((key, _)) = self.types.get_key_value(named) {
                            queue.push(key.as_str());
                        }
                    }
                }
            }
        }
        reached
    }

    /// Whether some handler, or a function it hands a request value to, checks a value
    /// against a set (a [`CheckRule::Values`] check) in the function `name` (qualified as the
    /// facts write handlers and `via: ... in <function>`).
    pub fn checks_values_in(&self, name: &str) -> bool {
        self.routes.iter().any(|route| {
            let checks = route
                .query
                .iter()
                .flat_map(|query| &query.checks)
                .chain(route.bodies.iter().flat_map(|body| &body.checks));
            checks
                .filter(|check| check.rule == CheckRule::Values)
                .any(|check| check.function().unwrap_or(&route.handler.name) == name)
        })
    }

    /// The route that serves `endpoint` (same method, same path whatever the placeholder
    /// names), if any.
    pub fn route_of(&self, endpoint: &Endpoint) -> Option<&RouteFact> {
        let key = route_key(&endpoint.path);
        self.routes
            .iter()
            .find(|route| route.method == endpoint.method && route_key(&route.path) == key)
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A parsed Go type expression.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GoType {
    /// A predeclared type: `string`, `bool`, `int`, `int64`, `uint8`, `float64`, `byte`, ...
    Basic(String),
    /// `*T`.
    Pointer(Box<GoType>),
    /// `[]T`.
    Slice(Box<GoType>),
    /// `[N]T`.
    Array(u64, Box<GoType>),
    /// `map[K]V`.
    Map(Box<GoType>, Box<GoType>),
    /// `interface{}`, `any`, or any interface type.
    Any,
    /// A named type, qualified: `pkg/setting.ProductStatus`, `time.Time`.
    Named(String),
    /// A type that has no JSON form (`func`, `chan`), kept as written.
    Other(String),
}

impl GoType {
    /// Parses a type as the facts file writes it.
    pub fn parse(text: &str) -> Result<GoType, String> {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix('*') {
            return Ok(GoType::Pointer(Box::new(GoType::parse(rest)?)));
        }
        if let Some(rest) = text.strip_prefix("[]") {
            return Ok(GoType::Slice(Box::new(GoType::parse(rest)?)));
        }
        if let Some(rest) = text.strip_prefix('[') {
            let (len, elem) = rest
                .split_once(']')
                .ok_or_else(|| format!("`{text}`: unclosed array length"))?;
            let len = len
                .parse()
                .map_err(|_| format!("`{text}`: array length `{len}` is not a number"))?;
            return Ok(GoType::Array(len, Box::new(GoType::parse(elem)?)));
        }
        if let Some(rest) = text.strip_prefix("map[") {
            let close =
                matching_bracket(rest).ok_or_else(|| format!("`{text}`: unclosed map key type"))?;
            let key = GoType::parse(&rest[..close])?;
            let value = GoType::parse(&rest[close + 1..])?;
            return Ok(GoType::Map(Box::new(key), Box::new(value)));
        }
        if text == "any" || text == "interface{}" || text.starts_with("interface {") {
            return Ok(GoType::Any);
        }
        if text.is_empty() {
            return Err("empty Go type".to_owned());
        }
        if text.starts_with("func") || text.starts_with("chan") || text.starts_with("<-chan") {
            return Ok(GoType::Other(text.to_owned()));
        }
        if BASIC_TYPES.contains(&text) {
            return Ok(GoType::Basic(text.to_owned()));
        }
        if text.contains('.') && !text.contains(char::is_whitespace) {
            return Ok(GoType::Named(text.to_owned()));
        }
        Err(format!("`{text}` is not a Go type the facts file writes"))
    }

    /// Every named type in the expression (`map[string][]*pkg/x.Item` names `pkg/x.Item`).
    pub fn named(&self) -> Vec<&str> {
        match self {
            GoType::Named(name) => vec![name.as_str()],
            GoType::Pointer(inner) | GoType::Slice(inner) | GoType::Array(_, inner) => {
                inner.named()
            }
            GoType::Map(key, value) => {
                let mut names = key.named();
                names.extend(value.named());
                names
            }
            GoType::Basic(_) | GoType::Any | GoType::Other(_) => Vec::new(),
        }
    }

    /// The type without any pointers at its top.
    pub fn strip_pointers(&self) -> &GoType {
        match self {
            GoType::Pointer(inner) => inner.strip_pointers(),
            other => other,
        }
    }
}

/// Go's predeclared types that can appear in JSON.
pub const BASIC_TYPES: &[&str] = &[
    "string", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
    "uint32", "uint64", "uintptr", "float32", "float64", "byte", "rune", "error",
];

fn matching_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (index, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return Some(index),
            ']' => depth -= 1,
            _ => {}
        }
    }
    None
}

impl fmt::Display for GoType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            GoType::Basic(name) | GoType::Named(name) | GoType::Other(name) => f.write_str(name),
            GoType::Pointer(inner) => write!(f, "*{inner}"),
            GoType::Slice(inner) => write!(f, "[]{inner}"),
            GoType::Array(len, inner) => write!(f, "[{len}]{inner}"),
            GoType::Map(key, value) => write!(f, "map[{key}]{value}"),
            GoType::Any => f.write_str("any"),
        }
    }
}

/// The JSON a type from outside the module serialises to, for the few that the API uses and
/// whose encoding is well known; `None` for any other.
pub fn known_external(qualified: &str) -> Option<ExternalJson> {
    Some(match qualified {
        // RFC 3339 text.
        "time.Time" => ExternalJson::String,
        // A count of nanoseconds.
        "time.Duration" => ExternalJson::Integer,
        // MongoDB's ObjectID marshals as its 24-digit hex text.
        "go.mongodb.org/mongo-driver/bson/primitive.ObjectID" => ExternalJson::String,
        // Any JSON, kept as it came.
        "encoding/json.RawMessage" => ExternalJson::Any,
        // Kubernetes quantities ("500m", "1Gi") marshal as text.
        "k8s.io/apimachinery/pkg/api/resource.Quantity" => ExternalJson::String,
        // Kubernetes timestamps marshal as RFC 3339 text.
        "k8s.io/apimachinery/pkg/apis/meta/v1.Time" => ExternalJson::String,
        // An int or a string, as the value holds.
        "k8s.io/apimachinery/pkg/util/intstr.IntOrString" => ExternalJson::Any,
        _ => return None,
    })
}

/// What a well-known outside type is on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExternalJson {
    /// A JSON string.
    String,
    /// A JSON integer.
    Integer,
    /// Any JSON value.
    Any,
}

/// The header line of the facts file.
pub fn header(source: &FactsSource) -> String {
    format!(
        "# @generated by `{EXTRACT_COMMAND}` from {} {} (commit {}). Do not edit by hand.\n",
        source.repository, source.release, source.commit
    )
}

/// The facts of one release, as loaded from [`RELEASES_DIR`].
#[derive(Debug, Clone, PartialEq)]
pub struct ReleaseFacts {
    /// The release they were read from.
    pub release: ReleaseName,
    /// The file, as messages name it (`spec/server/releases/v4.2.0.yaml`).
    pub file: String,
    pub facts: ServerFacts,
}

/// The file name of a release's facts in [`RELEASES_DIR`].
pub fn release_file_name(release: ReleaseName) -> String {
    format!("{release}.yaml")
}

/// The facts file's text: the header, then the facts as YAML.
pub fn render(facts: &ServerFacts) -> Result<String, String> {
    let body = serde_yaml::to_string(facts)
        .map_err(|err| format!("internal error: cannot write the facts as YAML: {err}"))?;
    Ok(format!("{}{body}", header(&facts.source)))
}

/// Reads a facts file; the error names the file, line and column.
pub fn load(path: &Path) -> Result<ServerFacts, Diagnostic> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|err| {
        Diagnostic::new(&display, "", format!("cannot read the facts file: {err}"))
    })?;
    parse(&display, &text)
}

/// The single facts file of a spec from before the facts were kept per release (schema 1, one
/// unreleased commit), read as the facts of `main`: `cargo xtask diff --base` compares with
/// revisions that have it.
pub const LEGACY_FACTS_FILE: &str = "server/facts.yaml";

/// Reads a [`LEGACY_FACTS_FILE`] as the facts of `main`.
pub fn load_legacy(path: &Path) -> Result<ServerFacts, Diagnostic> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|err| {
        Diagnostic::new(&display, "", format!("cannot read the facts file: {err}"))
    })?;
    let mut facts = parse_schema(&display, &text, 1)?;
    facts.source.release = crate::release::MAIN.to_owned();
    Ok(facts)
}

/// Parses the facts file's text.
pub fn parse(display: &str, text: &str) -> Result<ServerFacts, Diagnostic> {
    parse_schema(display, text, FACTS_SCHEMA)
}

fn parse_schema(display: &str, text: &str, schema: u32) -> Result<ServerFacts, Diagnostic> {
    let facts: ServerFacts = serde_yaml::from_str(text).map_err(|err| {
        let location = err
            .location()
            .map(|loc| format!("line {}, column {}", loc.line(), loc.column()))
            .unwrap_or_default();
        Diagnostic::new(display, location, err.to_string())
    })?;
    if facts.schema != schema {
        // Schema 1 had one file (`server/facts.yaml`) for one commit and no release.
        return Err(Diagnostic::new(
            display,
            "schema",
            format!(
                "facts schema {} is not the {schema} this version reads",
                facts.schema
            ),
        )
        .help(format!("rerun `{EXTRACT_COMMAND}`")));
    }
    Ok(facts)
}

/// Reads the extraction config.
pub fn load_config(path: &Path) -> Result<ExtractConfig, Diagnostic> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|err| {
        Diagnostic::new(
            &display,
            "",
            format!("cannot read the extraction config: {err}"),
        )
    })?;
    serde_yaml::from_str(&text).map_err(|err| {
        let location = err
            .location()
            .map(|loc| format!("line {}, column {}", loc.line(), loc.column()))
            .unwrap_or_default();
        Diagnostic::new(&display, location, err.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_go_types() {
        for text in [
            "string",
            "*pkg/x.Foo",
            "[]*pkg/x.Foo",
            "map[string][]int64",
            "map[string]map[string]any",
            "[4]byte",
            "time.Time",
            "go.mongodb.org/mongo-driver/bson/primitive.ObjectID",
        ] {
            let parsed = GoType::parse(text).unwrap_or_else(|err| panic!("{err}"));
            assert_eq!(parsed.to_string(), text);
        }
        assert_eq!(GoType::parse("interface{}"), Ok(GoType::Any));
        assert_eq!(
            GoType::parse("**pkg/x.Foo").map(|t| t.strip_pointers().clone()),
            Ok(GoType::Named("pkg/x.Foo".into()))
        );
        assert!(GoType::parse("map[string").is_err());
        assert!(GoType::parse("Foo").is_err());
    }
}
