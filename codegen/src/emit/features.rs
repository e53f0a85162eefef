//! The cargo features of `zadig-api`: one per API module, enabling the modules whose types it
//! uses, and `full` for all of them.
//!
//! The generated code puts each module behind `#[cfg(feature = "<module>")]`; this block is what
//! declares those features. It lives in `zadig-api/Cargo.toml` between two marker lines, which
//! `cargo xtask codegen` rewrites (and `--check` compares) like a generated file.

use crate::ir::Api;

/// The line that opens the generated block in `Cargo.toml`.
pub const BEGIN: &str =
    "# @generated module features, from spec/ by `cargo xtask codegen`. Do not edit by hand.";
/// The line that closes it.
pub const END: &str = "# @end of generated module features";

/// The block's lines, markers included, each ending with a newline.
pub fn cargo_features(api: &Api) -> String {
    let quoted = |names: &mut dyn Iterator<Item = &str>| {
        names
            .map(|name| format!("\"{name}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut text = format!("{BEGIN}\n");
    text.push_str("## Every API module (part of the default features).\n");
    text.push_str(&format!(
        "full = [{}]\n",
        quoted(&mut api.modules.iter().map(|module| module.name.as_str()))
    ));
    for module in &api.modules {
        let what = if module.endpoints.is_empty() {
            format!("Types used by other modules ({}).", module.title)
        } else {
            format!(
                "The {} API: {} endpoint{}.",
                module.title,
                module.endpoints.len(),
                if module.endpoints.len() == 1 { "" } else { "s" }
            )
        };
        text.push_str(&format!("## {what}\n"));
        text.push_str(&format!(
            "{} = [{}]\n",
            module.name,
            quoted(&mut module.dependencies.iter().map(String::as_str))
        ));
    }
    text.push_str(END);
    text.push('\n');
    text
}

/// `manifest` with its generated block replaced by `block`; an error when the markers are
/// missing, out of order or repeated.
pub fn splice(manifest: &str, block: &str) -> Result<String, String> {
    crate::output::splice_block(manifest, BEGIN, END, block)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splice_replaces_only_the_block() {
        let manifest = format!("[features]\ndefault = []\n{BEGIN}\nold = []\n{END}\n\n[deps]\n");
        let block = format!("{BEGIN}\nnew = []\n{END}\n");
        assert_eq!(
            splice(&manifest, &block).unwrap(),
            format!("[features]\ndefault = []\n{BEGIN}\nnew = []\n{END}\n\n[deps]\n")
        );
        assert!(
            splice("[features]\n", &block)
                .unwrap_err()
                .contains("missing")
        );
        let twice = format!("{BEGIN}\n{END}\n{END}\n");
        assert!(splice(&twice, &block).unwrap_err().contains("twice"));
        let reversed = format!("{END}\n{BEGIN}\n");
        assert!(splice(&reversed, &block).unwrap_err().contains("before"));
    }
}
