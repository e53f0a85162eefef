// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The command tree, generated from the spec: one group per API module, one command per
//! endpoint. Nothing here is edited by hand.
/// The `zadig api` commands.
mod api;
/// Every command group, modules by name.
pub(crate) fn groups() -> Vec<clap::Command> {
    vec![api::command()]
}
/// Runs `command` of `group` with its parsed flags.
pub(crate) async fn dispatch(
    ctx: &crate::runtime::Ctx,
    group: &str,
    command: &str,
    matches: &clap::ArgMatches,
) -> Result<(), crate::runtime::Failure> {
    match group {
        "api" => api::dispatch(ctx, command, matches).await,
        _ => Err(crate::runtime::Failure::unknown_command(group, command)),
    }
}
