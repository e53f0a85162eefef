//! The spec as it is written in `spec/*.yaml`: a faithful serde model of the file format.
//!
//! Every struct denies unknown keys, so a misspelt key is an error rather than a silently
//! dropped setting. Nothing here is resolved or checked beyond YAML syntax and key names:
//! The generator's validation checks meaning and its lowering builds its model from this.
//! `spec/README.md` documents every key with an example.

use indexmap::IndexMap;
use serde::Deserialize;

/// One spec file: one API module (`workflow.yaml`) or shared types (`common.yaml`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModuleFile {
    /// Module name, snake_case; it must equal the file stem.
    pub module: String,
    /// Human title of the module, used in generated module docs.
    pub title: String,
    /// Our own one-paragraph description of the module.
    #[serde(default)]
    pub description: Option<String>,
    /// URL of the vendor's doc page for this module; endpoint `doc` anchors are relative to it.
    #[serde(default)]
    pub doc: Option<String>,
    #[serde(default)]
    pub endpoints: Vec<Endpoint>,
    /// Named types, in the order they should appear in the generated file.
    #[serde(default, deserialize_with = "deserialize_types")]
    pub types: IndexMap<String, TypeDef>,
    /// Overview rows the server does not serve at all and that no served route can stand for.
    /// They are kept for the record; no method is generated for them.
    #[serde(default)]
    pub unserved: Vec<Unserved>,
}

/// One HTTP endpoint.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Endpoint {
    /// Unique snake_case id across the whole spec; it becomes the client method name.
    pub id: String,
    /// `GET`, `POST`, `PUT`, `PATCH` or `DELETE`.
    pub method: String,
    /// Path with `{name}` placeholders, one per path parameter, exactly as the server routes it.
    pub path: String,
    /// One line in our own words.
    pub summary: String,
    /// Longer notes in our own words (optional).
    #[serde(default)]
    pub description: Option<String>,
    /// Anchor (`#get-a-workflow-list`, relative to the module `doc`) or a full URL. Required
    /// unless the endpoint is `undocumented`.
    #[serde(default)]
    pub doc: Option<String>,
    /// Where the endpoint's parameters and shapes come from.
    pub source: Source,
    /// The server serves the route but Zadig's public docs do not list it; everything about
    /// it comes from the server's source (`source: server`).
    #[serde(default)]
    pub undocumented: bool,
    /// The first release that serves it (`v4.2.0`, or `main` for what no release serves yet);
    /// absent: every release the project knows.
    #[serde(default)]
    pub since: Option<String>,
    /// The last release that serves it; absent: still served by the newest facts.
    #[serde(default)]
    pub until: Option<String>,
    /// Where releases before the newest form serve the endpoint, when its path moved: each
    /// form serves from the release after the previous one's `until` (or from `since`) through
    /// its own `until`; `path` serves after the last.
    #[serde(default)]
    pub paths: Vec<PathForm>,
    #[serde(default)]
    pub path_params: Vec<Param>,
    #[serde(default)]
    pub query: Vec<Param>,
    /// JSON request body.
    #[serde(default)]
    pub body: Option<Body>,
    pub response: Response,
    /// The list is paged with page number / page size query parameters.
    #[serde(default)]
    pub pagination: Option<Pagination>,
    /// The docs give method and path but no (or only partial) request/response shapes.
    #[serde(default)]
    pub lacks_detail: bool,
    /// Where the docs disagree with themselves or the server, and what this spec decided.
    #[serde(default)]
    pub errata: Vec<Erratum>,
    /// Where some releases of the server differ from the spec in a way the bindings accept.
    #[serde(default)]
    pub release_differences: Vec<ReleaseDifference>,
    /// Documented example payloads.
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// An older path of an endpoint ([`Endpoint::paths`]).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathForm {
    /// The path, with `{name}` placeholders naming parameters of the endpoint (a query
    /// parameter named here travels in the path in these releases).
    pub path: String,
    /// The last release that serves the endpoint at this path.
    pub until: String,
}

/// Where a spec item's shape comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The vendor's docs only; the server's source has nothing to check it against (for
    /// example the Go type is `interface{}`).
    Docs,
    /// The server's source only: the facts in `server/releases/`.
    Server,
    /// Both agree, or the disagreements are recorded as errata and the spec follows the server.
    Both,
}

impl Source {
    /// The spelling in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Docs => "docs",
            Source::Server => "server",
            Source::Both => "both",
        }
    }

    /// The server's source is one of the origins, so the facts must back the item.
    pub fn from_server(self) -> bool {
        matches!(self, Source::Server | Source::Both)
    }
}

/// A path or query parameter.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    /// Exact wire name (`projectKey`, `workLoadType`).
    pub name: String,
    /// Type expression: `string`, `bool`, `i32`, `i64`, `u32`, `u64`, `f64`, an enum type name,
    /// or (query only) `array<...>` of those, sent as a repeated key.
    #[serde(rename = "type")]
    pub ty: String,
    /// Path parameters are always required; query parameters default to optional.
    #[serde(default)]
    pub required: bool,
    /// The server's default when the parameter is omitted (documentation only).
    #[serde(default)]
    pub default: Option<serde_yaml::Value>,
    pub description: String,
    /// Override the Rust name derived from the wire name.
    #[serde(default)]
    pub rust_name: Option<String>,
    /// The server requires the parameter only when another query parameter of the endpoint
    /// has (or has not) some value; the parameter stays optional (a setter).
    #[serde(default)]
    pub required_when: Option<RequiredWhen>,
    /// The first release that serves it (`v4.2.0`, or `main` for what no release serves yet);
    /// absent: every release the project knows.
    #[serde(default)]
    pub since: Option<String>,
    /// The last release that serves it; absent: still served by the newest facts.
    #[serde(default)]
    pub until: Option<String>,
}

/// When the server requires an optional value: another value of the same request (a query
/// parameter of the endpoint, or a field of the same struct) is one of `is`, or none of
/// `is_not`. It mirrors the facts' [`crate::facts::Condition`]; `""` stands for an absent or
/// empty value (`is: [""]`: when it is not given; `is_not: [""]`: when it is).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequiredWhen {
    /// The query parameter tested (wire name); on a query parameter only.
    #[serde(default)]
    pub query: Option<String>,
    /// The field tested (wire name), a field of the same struct; on a field only.
    #[serde(default)]
    pub field: Option<String>,
    /// Holds when the value is one of these (enum values, `true`/`false`, numbers or text).
    #[serde(default, deserialize_with = "scalar_texts")]
    pub is: Vec<String>,
    /// Holds when the value is none of these.
    #[serde(default, deserialize_with = "scalar_texts")]
    pub is_not: Vec<String>,
}

impl RequiredWhen {
    /// The wire name of the value tested, whichever kind it is.
    pub fn target(&self) -> Option<&str> {
        self.query.as_deref().or(self.field.as_deref())
    }
}

/// A list of YAML scalars as text: `[true]`, `[3]` and `["x"]` are all written as the facts
/// write a value.
fn scalar_texts<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Vec<String>, D::Error> {
    let values = Vec::<serde_yaml::Value>::deserialize(deserializer)?;
    values
        .into_iter()
        .map(|value| match value {
            serde_yaml::Value::String(text) => Ok(text),
            serde_yaml::Value::Bool(flag) => Ok(flag.to_string()),
            serde_yaml::Value::Number(number) => Ok(number.to_string()),
            serde_yaml::Value::Null => Ok(String::new()),
            other => Err(serde::de::Error::custom(format_args!(
                "a condition value is a string, number or boolean, not {other:?}"
            ))),
        })
        .collect()
}

/// A JSON request body.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// Type expression, e.g. `ExecuteWorkflowRequest` or `array<ServiceYaml>`.
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub description: Option<String>,
}

/// What a successful call returns: `response: text` or `response: {json: Type}`.
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// A JSON body decoded into the given type expression.
    Json(String),
    /// A plain-text body (YAML documents, full logs).
    Text,
    /// A `text/event-stream` body read line by line as it arrives.
    EventStream,
    /// Zadig's `{"message": "success"}` acknowledgement.
    Message,
    /// Nothing worth decoding; the body is ignored.
    Empty,
}

/// How a list endpoint pages.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pagination {
    /// Wire name of the 1-based page number query parameter (must be declared in `query`).
    pub page: String,
    /// Wire name of the page size query parameter (must be declared in `query`).
    pub size: String,
    /// Wire name of the array field in the response that holds the items.
    pub items: String,
    /// Wire name of the response field with the total number of items, if any.
    #[serde(default)]
    pub total: Option<String>,
}

/// One disagreement between the docs and the server or between two doc pages.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Erratum {
    /// Which doc file says it (`overview.en-v4.0.md`, `environment.en-v4.0.md`, ...).
    pub source: String,
    /// What the docs say, verbatim where it is a path (`GET /openapi/...`).
    pub said: String,
    /// What this spec does instead, and why.
    pub decision: String,
    /// The part of the endpoint or type the disagreement is about, so that the audit can match
    /// it to a difference between the spec and the server: `query <name>`, `field <wire name>`,
    /// `body` or `response`. Absent for disagreements between doc pages (paths, methods).
    #[serde(default)]
    pub about: Option<String>,
}

/// A difference between the spec and some releases of the server that the bindings accept (a
/// shape that still reads, a field an older release types loosely), with why. The audit counts
/// the differences it names (`about`) in those releases as recorded; the generated docs say it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleaseDifference {
    /// The first release that differs; absent: from the oldest release the spec knows.
    #[serde(default)]
    pub since: Option<String>,
    /// The last release that differs; absent: through the newest.
    #[serde(default)]
    pub until: Option<String>,
    /// The part that differs, in the grammar of an erratum's `about`.
    pub about: String,
    /// What differs in those releases and what the bindings do about it, in our own words.
    pub decision: String,
}

/// A documented overview row that has no served route.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unserved {
    pub method: String,
    /// The path as the docs give it.
    pub path: String,
    pub source: String,
    pub decision: String,
}

/// A documented example payload.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Short unique (per endpoint) snake_case name: `success`, `not_found`, `tapd_input`.
    pub name: String,
    pub kind: ExampleKind,
    /// HTTP status for response/error examples (default 200 for responses).
    #[serde(default)]
    pub status: Option<u16>,
    /// The JSON payload, written as YAML or JSON (flow style).
    #[serde(default)]
    pub json: Option<serde_json::Value>,
    /// A text payload (for text and event-stream responses).
    #[serde(default)]
    pub text: Option<String>,
    /// What was changed to make the docs' example valid, in our own words.
    #[serde(default)]
    pub note: Option<String>,
    /// For request examples of a body whose type is a union item or a part of the body:
    /// decode against this type instead of the endpoint's body type.
    #[serde(default, rename = "type")]
    pub ty: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExampleKind {
    /// A request body.
    Request,
    /// A successful response body.
    Response,
    /// An error response (Zadig's error body).
    Error,
}

/// A named type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    /// What the type is, in our own words.
    pub description: String,
    /// Where its shape comes from.
    pub source: Source,
    /// The Go type it follows (`pkg/microservice/aslan/core/build/service.BuildBrief`), or for an
    /// enum of untyped constants the constant group (`pkg/setting.ProductStatus`); required
    /// with `source: server` or `both`.
    pub go: Option<String>,
    /// Its shape.
    pub shape: TypeShape,
    /// Where the docs get this type wrong, and what the spec does.
    pub errata: Vec<Erratum>,
    /// Where some releases differ from the type in a way the bindings accept.
    pub release_differences: Vec<ReleaseDifference>,
}

/// The shape of a named type: exactly one of `struct`, `enum` or `union` in the file.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeShape {
    Struct(StructDef),
    Enum(EnumDef),
    Union(UnionDef),
}

impl TypeShape {
    /// The key that introduces the shape in the file.
    pub fn keyword(&self) -> &'static str {
        match self {
            TypeShape::Struct(_) => "struct",
            TypeShape::Enum(_) => "enum",
            TypeShape::Union(_) => "union",
        }
    }
}

/// How an enum's `go:` names a function whose code checks a value against a set (a `switch`
/// or comparison on plain strings), rather than a Go type or constant group.
pub const GO_FUNC_PREFIX: &str = "func ";

impl TypeDef {
    /// For an enum whose values the server lists in code (`go: func <qualified function>`):
    /// the function.
    pub fn go_func(&self) -> Option<&str> {
        self.go
            .as_deref()?
            .strip_prefix(GO_FUNC_PREFIX)
            .map(str::trim)
    }

    /// The struct's definition, if the type is one.
    pub fn as_struct(&self) -> Option<&StructDef> {
        match &self.shape {
            TypeShape::Struct(def) => Some(def),
            _ => None,
        }
    }

    /// True when the type is an enum.
    pub fn is_enum(&self) -> bool {
        matches!(self.shape, TypeShape::Enum(_))
    }
}

/// A type as written in the file: the shape keys are separate options there, so that a
/// missing or doubled shape is reported in words rather than as serde's enum error.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTypeDef {
    description: String,
    source: Source,
    #[serde(default)]
    go: Option<String>,
    #[serde(default, rename = "struct")]
    struct_: Option<StructDef>,
    #[serde(default, rename = "enum")]
    enum_: Option<EnumDef>,
    #[serde(default)]
    union: Option<UnionDef>,
    #[serde(default)]
    errata: Vec<Erratum>,
    #[serde(default)]
    release_differences: Vec<ReleaseDifference>,
}

impl TryFrom<RawTypeDef> for TypeDef {
    type Error = String;

    fn try_from(raw: RawTypeDef) -> Result<Self, String> {
        let shape = match (raw.struct_, raw.enum_, raw.union) {
            (Some(def), None, None) => TypeShape::Struct(def),
            (None, Some(def), None) => TypeShape::Enum(def),
            (None, None, Some(def)) => TypeShape::Union(def),
            (None, None, None) => {
                return Err(
                    "the type has no shape: give exactly one of `struct`, `enum` or `union`"
                        .to_owned(),
                );
            }
            _ => {
                return Err("the type has more than one shape: give exactly one of `struct`, `enum` or `union`".to_owned());
            }
        };
        Ok(TypeDef {
            description: raw.description,
            source: raw.source,
            go: raw.go,
            shape,
            errata: raw.errata,
            release_differences: raw.release_differences,
        })
    }
}

impl<'de> Deserialize<'de> for TypeDef {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawTypeDef::deserialize(deserializer)?;
        TypeDef::try_from(raw).map_err(serde::de::Error::custom)
    }
}

/// The `types:` map, with a shape error naming its type.
fn deserialize_types<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<IndexMap<String, TypeDef>, D::Error> {
    let raw = IndexMap::<String, RawTypeDef>::deserialize(deserializer)?;
    raw.into_iter()
        .map(|(name, def)| match TypeDef::try_from(def) {
            Ok(def) => Ok((name, def)),
            Err(message) => Err(serde::de::Error::custom(format_args!(
                "type `{name}`: {message}"
            ))),
        })
        .collect()
}

/// A JSON object with known fields. Unknown fields are accepted when decoding.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructDef {
    pub fields: Vec<Field>,
}

/// A struct field.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    /// Exact wire name; Zadig mixes cases (`Timeout`, `weChat_webHook`).
    pub name: String,
    /// Type expression (see `spec/README.md`).
    #[serde(rename = "type")]
    pub ty: String,
    /// Always present: a plain Rust value, required in `new()`. Default: optional.
    #[serde(default)]
    pub required: bool,
    /// May be `null` even when present (only meaningful with `required`).
    #[serde(default)]
    pub nullable: bool,
    pub description: String,
    /// Override the Rust name derived from the wire name.
    #[serde(default)]
    pub rust_name: Option<String>,
    /// Other spellings accepted when decoding (never written), for a name the docs spell
    /// differently from the server; an erratum on the type says why.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// For an `any` field: struct types the value is known to take (the spec of a job of one
    /// type). The struct gets `<field>_as::<T>()`, which decodes the value as one of them.
    #[serde(default)]
    pub views: Vec<String>,
    /// The server requires the field only when another field of the same struct has (or has
    /// not) some value; the field stays optional.
    #[serde(default)]
    pub required_when: Option<RequiredWhen>,
    /// The first release that serves it (`v4.2.0`, or `main` for what no release serves yet);
    /// absent: every release the project knows.
    #[serde(default)]
    pub since: Option<String>,
    /// The last release that serves it; absent: still served by the newest facts.
    #[serde(default)]
    pub until: Option<String>,
}

/// A string enum that stays open: unknown values still decode.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumDef {
    pub values: Vec<EnumValue>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnumValue {
    /// Exact wire value.
    pub value: String,
    pub description: String,
    /// Override the Rust variant name derived from the value.
    #[serde(default)]
    pub rust_name: Option<String>,
    /// For the states of something that runs: whether the state is one it ends in. The enum
    /// then gets `is_final()`; values without it are states the spec does not place.
    #[serde(default)]
    pub lifecycle: Option<Lifecycle>,
    /// The first release that serves it (`v4.2.0`, or `main` for what no release serves yet);
    /// absent: every release the project knows.
    #[serde(default)]
    pub since: Option<String>,
    /// The last release that serves it; absent: still served by the newest facts.
    #[serde(default)]
    pub until: Option<String>,
}

/// Where a state sits in the life of a run ([`EnumValue::lifecycle`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lifecycle {
    /// A run in this state has ended and will not change again.
    Final,
    /// A run passes through this state (queued, running, waiting for a person).
    InProgress,
}

/// An object whose shape depends on a string tag field in the same object
/// (internally tagged). Unknown tags decode to a catch-all that keeps the JSON.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnionDef {
    /// Wire name of the tag field (`job_type`, `type`).
    pub tag: String,
    pub variants: Vec<UnionVariant>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnionVariant {
    /// Tag value on the wire (`zadig-build`).
    pub value: String,
    /// A struct type holding the other fields of the object (not the tag).
    #[serde(rename = "type")]
    pub ty: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Override the Rust variant name derived from the value.
    #[serde(default)]
    pub rust_name: Option<String>,
}

impl<'de> Deserialize<'de> for Response {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ResponseVisitor;

        const UNIT: &[&str] = &["text", "event_stream", "message", "empty"];

        impl<'de> serde::de::Visitor<'de> for ResponseVisitor {
            type Value = Response;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("`text`, `event_stream`, `message`, `empty` or `{json: <type>}`")
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Response, E> {
                match value {
                    "text" => Ok(Response::Text),
                    "event_stream" => Ok(Response::EventStream),
                    "message" => Ok(Response::Message),
                    "empty" => Ok(Response::Empty),
                    "json" => Err(E::custom(
                        "`json` needs a type: write `response: {json: <type>}`",
                    )),
                    other => Err(E::unknown_variant(other, UNIT)),
                }
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Response, A::Error> {
                let Some(key) = map.next_key::<String>()? else {
                    return Err(serde::de::Error::custom(
                        "empty response; write `response: {json: <type>}`",
                    ));
                };
                if key != "json" {
                    return Err(serde::de::Error::unknown_field(&key, &["json"]));
                }
                let ty: String = map.next_value()?;
                if let Some(extra) = map.next_key::<String>()? {
                    return Err(serde::de::Error::custom(format_args!(
                        "unexpected key `{extra}`: a response has only `json`"
                    )));
                }
                Ok(Response::Json(ty))
            }
        }

        deserializer.deserialize_any(ResponseVisitor)
    }
}

/// The names of the round-trip cases built from the server facts; the validator keeps spec
/// examples from taking them.
pub const SERVER_RESPONSE_CASE: &str = "server_response_shape";
/// See [`SERVER_RESPONSE_CASE`].
pub const SERVER_BODY_CASE: &str = "server_body_shape";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn condition_values_read_as_the_facts_write_them() {
        let param: Param = serde_yaml::from_str(
            "{name: n, type: string, description: d, required_when: {query: q, is: [true, 3, x, '']}}",
        )
        .expect("a parameter");
        let when = param.required_when.expect("a condition");
        assert_eq!(when.target(), Some("q"));
        assert_eq!(when.is, ["true", "3", "x", ""]);
        assert!(when.is_not.is_empty());
        let error = serde_yaml::from_str::<Param>(
            "{name: n, type: string, description: d, required_when: {query: q, is: [[1]]}}",
        )
        .expect_err("a list is no condition value");
        assert!(
            error
                .to_string()
                .contains("a condition value is a string, number or boolean")
        );
        assert!(
            serde_yaml::from_str::<Param>(
                "{name: n, type: string, description: d, required_when: {query: q, when: [x]}}",
            )
            .is_err(),
            "unknown keys are rejected"
        );
    }
}
