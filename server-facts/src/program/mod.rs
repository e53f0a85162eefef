//! Go semantics the extraction needs, over the tree-sitter trees: a small type checker,
//! enough to follow Zadig's handlers, not a general one. What it cannot type comes back as an
//! `Err` with a one-line reason that ends up in the facts' `unresolved` list.
//!
//! [`Program`] holds the indexed module and the caches; its methods are spread over one module
//! per question it answers:
//! - `type_exprs`: what a type expression denotes ([`Ty`]), names for anonymous structs;
//! - `named_types`: the declaration, struct fields and methods of a named type;
//! - `scopes`: a function's local variables and their types;
//! - `exprs`: the static type of an expression;
//! - `calls`: what a call calls and what it returns;
//! - `consts`: the values of constants.
//!
//! `syntax` holds the tree helpers they share with the rest of the crate.

mod calls;
mod consts;
mod exprs;
mod named_types;
mod scopes;
mod syntax;
mod type_exprs;

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use tree_sitter::Node;

use crate::load::Index;
use crate::ty::{Ty, TypeName};

pub(crate) use calls::Callee;
pub(crate) use consts::ConstValue;
pub(crate) use named_types::RawField;
pub(crate) use scopes::{FnScope, Origin};
pub(crate) use syntax::{block_statements, collapse, named_children, unparen};
pub(crate) use type_exprs::Synth;

/// How deep the recursive questions (types of types of variables, returns of callees) may go.
const MAX_DEPTH: u32 = 48;

/// The result of typing something: the type, or why it could not be told.
pub(crate) type Typed = Result<Ty, String>;

/// The module, indexed, with caches for the questions the extraction asks.
pub(crate) struct Program<'m> {
    pub ix: Index<'m>,
    scopes: RefCell<HashMap<usize, Rc<FnScope<'m>>>>,
    var_types: RefCell<HashMap<(usize, usize), Typed>>,
    busy: RefCell<HashSet<(usize, usize)>>,
    /// Synthesised types by qualified name.
    pub synth: RefCell<BTreeMap<String, Synth<'m>>>,
    /// The name given to each anonymous struct or local type node, by (file, start byte).
    synth_names: RefCell<HashMap<(usize, usize), TypeName>>,
    depth: Cell<u32>,
}

/// Counts recursion depth for the lifetime of the guard.
struct DepthGuard<'a>(&'a Cell<u32>);

impl Drop for DepthGuard<'_> {
    fn drop(&mut self) {
        self.0.set(self.0.get().saturating_sub(1));
    }
}

impl<'m> Program<'m> {
    pub fn new(ix: Index<'m>) -> Program<'m> {
        Program {
            ix,
            scopes: RefCell::new(HashMap::new()),
            var_types: RefCell::new(HashMap::new()),
            busy: RefCell::new(HashSet::new()),
            synth: RefCell::new(BTreeMap::new()),
            synth_names: RefCell::new(HashMap::new()),
            depth: Cell::new(0),
        }
    }

    fn enter(&self) -> Result<DepthGuard<'_>, String> {
        let depth = self.depth.get() + 1;
        if depth > MAX_DEPTH {
            return Err("too deeply nested to follow".to_owned());
        }
        self.depth.set(depth);
        Ok(DepthGuard(&self.depth))
    }

    /// Source text of a node.
    pub fn text(&self, file: usize, node: Node) -> &'m str {
        self.ix.node_text(file, node)
    }
}
