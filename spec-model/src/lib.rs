//! The base layer: the Zadig API spec and the server facts as data.
//!
//! - [`spec`]: the serde model of `spec/*.yaml`; [`load`] reads a spec directory into it.
//! - [`facts`]: the facts `cargo xtask server` reads from the Zadig server's Go source, with
//!   their lookups.
//! - [`release`]: release names (`v4.2.0`, `main`) and availability ranges.
//! - [`typeexpr`], [`path`], [`naming`]: type expressions, path templates and Rust naming
//!   rules, shared by everything that reads the spec.
//! - [`errata`]: the grammar of an erratum's `about:`.
//! - [`diagnostic`]: problems reported with file and place, never a panic.
//! - [`text`]: small text helpers for the Markdown that reports and docs print.
//!
//! Nothing here generates Rust: the Go reader (`zadig-server-facts`) depends on this crate
//! alone, and the generator (`zadig-codegen`) builds on it.

pub mod diagnostic;
pub mod errata;
pub mod facts;
pub mod load;
pub mod naming;
pub mod path;
pub mod project;
pub mod release;
pub mod spec;
pub mod text;
pub mod typeexpr;

pub use diagnostic::{Diagnostic, Diagnostics};
pub use load::{LoadedSpec, SpecFile};
pub use release::{Range, ReleaseName};
