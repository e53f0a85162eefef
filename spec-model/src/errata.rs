//! The grammar of an erratum's `about:`: which part of an endpoint or type a recorded
//! difference between the docs and the server is about.

/// What an erratum's `about` names: a part of the endpoint or type it sits on, so that the
/// audit can tell which difference between the spec and the server it explains.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum About {
    /// `query <name>`: a query parameter of the endpoint.
    Query(String),
    /// `field <wire name>`: a field of the type.
    Field(String),
    /// `value <wire value>`: a value of the enum type.
    Value(String),
    /// `body`: the endpoint's request body.
    Body,
    /// `response`: the endpoint's response.
    Response,
}

impl About {
    /// Parses `about` for an erratum on a type (`on_type`) or on an endpoint.
    pub fn parse(text: &str, on_type: bool) -> Result<About, String> {
        let text = text.trim();
        let about = match text.split_once(' ') {
            Some(("query", name)) if !name.trim().is_empty() => {
                About::Query(name.trim().to_owned())
            }
            Some(("field", name)) if !name.trim().is_empty() => {
                About::Field(name.trim().to_owned())
            }
            Some(("value", name)) if !name.trim().is_empty() => {
                About::Value(name.trim().to_owned())
            }
            None if text == "body" => About::Body,
            None if text == "response" => About::Response,
            _ => {
                return Err(format!(
                    "`about: {text}` is not `query <name>`, `field <name>`, `value <value>`, `body` or `response`"
                ));
            }
        };
        match (&about, on_type) {
            (About::Field(_) | About::Value(_), true)
            | (About::Query(_) | About::Body | About::Response, false) => Ok(about),
            (About::Field(_), false) => {
                Err("`about: field ...` belongs on the type that has the field".to_owned())
            }
            (About::Value(_), false) => {
                Err("`about: value ...` belongs on the enum type that has the value".to_owned())
            }
            (_, true) => Err(format!(
                "`about: {text}` belongs on an endpoint, not a type"
            )),
        }
    }
}

impl std::fmt::Display for About {
    /// As an erratum's `about` writes it (and the audit's findings name their part).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            About::Query(name) => write!(f, "query {name}"),
            About::Field(name) => write!(f, "field {name}"),
            About::Value(value) => write!(f, "value {value}"),
            About::Body => f.write_str("body"),
            About::Response => f.write_str("response"),
        }
    }
}
