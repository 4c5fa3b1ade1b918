//! Dropping a spec file into `specs/` adds an endpoint with no other change, and a
//! plain `cargo build` notices: new files through `build.rs`, edits and deletions
//! through the macro's `include_bytes!`.
//!
//! The test copies the workspace's crates and specs into a temporary directory and
//! builds the `endpoints` example there with cargo, in a target directory of its own
//! (the outer `cargo test` holds a lock on the workspace's). Its first build compiles
//! the dependencies once; later builds are incremental.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The crates the copy needs: the client, what generates it, and the emulator its
/// examples use.
const COPIED: [&str; 5] = ["spec", "codegen", "macros", "client", "emulator"];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let path = entry.path();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&path).unwrap(), &target).unwrap();
        } else if kind.is_dir() {
            if entry.file_name() != "target" {
                copy_tree(&path, &target);
            }
        } else {
            fs::copy(&path, &target).unwrap();
        }
    }
}

/// Runs the `endpoints` example in the copy and returns its output.
fn run_example(root: &Path, target: &Path) -> String {
    let out = Command::new(env!("CARGO"))
        .args([
            "run",
            "--quiet",
            "--offline",
            "-p",
            "tencent-chat",
            "--example",
            "endpoints",
        ])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "cargo failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn endpoint_count(output: &str) -> usize {
    output
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("unexpected output:\n{output}"))
}

#[cfg(unix)]
#[test]
fn a_dropped_in_spec_becomes_an_endpoint_on_the_next_build() {
    let ws = workspace();
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("ws");
    let target = tmp.path().join("target");
    fs::create_dir_all(root.join("crates")).unwrap();
    for krate in COPIED {
        copy_tree(
            &ws.join("crates").join(krate),
            &root.join("crates").join(krate),
        );
    }
    copy_tree(&ws.join("specs"), &root.join("specs"));
    fs::copy(ws.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    // Keep only the copied crates among the workspace members.
    let manifest: String = fs::read_to_string(ws.join("Cargo.toml"))
        .unwrap()
        .lines()
        .filter(|line| {
            let member = line.trim().trim_end_matches(',').trim_matches('"');
            !(line.starts_with("    \"")
                && line.trim().ends_with("\",")
                && !COPIED.iter().any(|c| member == format!("crates/{c}")))
        })
        .map(|line| format!("{line}\n"))
        .collect();
    fs::write(root.join("Cargo.toml"), manifest).unwrap();

    let before = run_example(&root, &target);
    let n = endpoint_count(&before);
    assert!(!before.contains("dismiss_group"));

    // Drop in a new spec: no Rust change.
    let source =
        fs::read_to_string(root.join("specs/group_open_http_svc/destroy_group.json")).unwrap();
    let new_spec = source
        .replace(
            "\"command\": \"destroy_group\"",
            "\"command\": \"dismiss_group\"",
        )
        .replace(
            "Disband a group as the app admin.",
            "A dropped-in endpoint.",
        );
    let new_path = root.join("specs/group_open_http_svc/dismiss_group.json");
    fs::write(&new_path, new_spec).unwrap();
    let after = run_example(&root, &target);
    assert_eq!(endpoint_count(&after), n + 1, "{after}");
    assert!(
        after.contains("POST v4/group_open_http_svc/dismiss_group"),
        "{after}"
    );
    assert!(after.contains("A dropped-in endpoint."), "{after}");

    // Edit it: the macro tracks the file.
    let edited = fs::read_to_string(&new_path)
        .unwrap()
        .replace("A dropped-in endpoint.", "An edited endpoint.");
    fs::write(&new_path, edited).unwrap();
    let after_edit = run_example(&root, &target);
    assert!(after_edit.contains("An edited endpoint."), "{after_edit}");

    // Delete it.
    fs::remove_file(&new_path).unwrap();
    let after_delete = run_example(&root, &target);
    assert_eq!(endpoint_count(&after_delete), n, "{after_delete}");
}
