// @generated from spec/ by `cargo xtask codegen`. Do not edit by hand.

//! The command tree, generated from the spec: one group per API module, one command per
//! endpoint. Nothing here is edited by hand.
/// The `zadig artifact` commands.
mod artifact;
/// The `zadig build` commands.
mod build;
/// The `zadig cluster` commands.
mod cluster;
/// The `zadig code-scan` commands.
mod code_scan;
/// The `zadig delivery` commands.
mod delivery;
/// The `zadig environment` commands.
mod environment;
/// The `zadig insight` commands.
mod insight;
/// The `zadig project` commands.
mod project;
/// The `zadig registry` commands.
mod registry;
/// The `zadig release-plan` commands.
mod release_plan;
/// The `zadig service` commands.
mod service;
/// The `zadig system` commands.
mod system;
/// The `zadig test` commands.
mod test;
/// The `zadig user` commands.
mod user;
/// The `zadig workflow` commands.
mod workflow;
/// Every command group, modules by name.
pub(crate) fn groups() -> Vec<clap::Command> {
    vec![
        artifact::command(), build::command(), cluster::command(), code_scan::command(),
        delivery::command(), environment::command(), insight::command(),
        project::command(), registry::command(), release_plan::command(),
        service::command(), system::command(), test::command(), user::command(),
        workflow::command()
    ]
}
/// Runs `command` of `group` with its parsed flags.
pub(crate) async fn dispatch(
    ctx: &crate::runtime::Ctx,
    group: &str,
    command: &str,
    matches: &clap::ArgMatches,
) -> Result<(), crate::runtime::Failure> {
    match group {
        "artifact" => artifact::dispatch(ctx, command, matches).await,
        "build" => build::dispatch(ctx, command, matches).await,
        "cluster" => cluster::dispatch(ctx, command, matches).await,
        "code-scan" => code_scan::dispatch(ctx, command, matches).await,
        "delivery" => delivery::dispatch(ctx, command, matches).await,
        "environment" => environment::dispatch(ctx, command, matches).await,
        "insight" => insight::dispatch(ctx, command, matches).await,
        "project" => project::dispatch(ctx, command, matches).await,
        "registry" => registry::dispatch(ctx, command, matches).await,
        "release-plan" => release_plan::dispatch(ctx, command, matches).await,
        "service" => service::dispatch(ctx, command, matches).await,
        "system" => system::dispatch(ctx, command, matches).await,
        "test" => test::dispatch(ctx, command, matches).await,
        "user" => user::dispatch(ctx, command, matches).await,
        "workflow" => workflow::dispatch(ctx, command, matches).await,
        _ => Err(crate::runtime::Failure::unknown_command(group, command)),
    }
}
