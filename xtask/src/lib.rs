//! The project's tasks as a library, so tests can drive them: the conformance
//! harness ([`conformance::run`]), the JSON Schemas ([`schemas`]), fixture scaffolding
//! ([`scaffold`]) and recording ([`record`]). `src/main.rs` is the command line.

pub mod conformance;
pub mod fixture;
pub mod json;
pub mod limits;
pub mod record;
pub mod scaffold;
pub mod schemas;
pub mod server;
pub mod webhooks;

use std::path::{Path, PathBuf};

/// The folder of the fixtures, relative to the workspace.
pub const FIXTURES_DIR: &str = "tests/fixtures";

/// The workspace's root folder.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}
