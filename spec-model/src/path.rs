//! Endpoint path templates (`/openapi/workflows/custom/{workflowKey}/detail`): their
//! placeholders, and a key that compares routes whatever the placeholder names.

use crate::naming;

/// The names in `{...}` placeholders of `path`, in order.
pub fn parse_placeholders(path: &str) -> Result<Vec<String>, String> {
    if !path.starts_with('/') {
        return Err(format!("`{path}` must start with `/`"));
    }
    if path.contains('?') || path.contains('#') {
        return Err(format!(
            "`{path}` holds a query or fragment; declare query parameters under `query:`"
        ));
    }
    let mut names = Vec::new();
    for segment in path.split('/').skip(1) {
        if segment.contains(':') || segment.contains('<') {
            return Err(format!(
                "segment `{segment}` uses the docs' placeholder style; write `{{name}}`"
            ));
        }
        if let Some(inner) = segment.strip_prefix('{') {
            match inner.strip_suffix('}') {
                Some(name) if naming::is_ascii_ident(name) => names.push(name.to_owned()),
                _ => {
                    return Err(format!(
                        "segment `{segment}` is not a valid `{{name}}` placeholder"
                    ));
                }
            }
        } else if segment.contains('{') || segment.contains('}') {
            return Err(format!(
                "segment `{segment}`: a placeholder must be a whole segment"
            ));
        }
    }
    Ok(names)
}

/// The route of `path` with placeholder names erased, for comparing routes.
pub fn route_key(path: &str) -> String {
    path.split('/')
        .map(|segment| {
            if segment.starts_with('{') || segment.starts_with(':') || segment.starts_with('<') {
                "{}"
            } else {
                segment
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}
