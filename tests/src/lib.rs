//! Workspace-level tests; see the files under `tests/tests/`.
