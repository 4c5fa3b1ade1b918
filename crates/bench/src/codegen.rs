//! Code generation scaling: expansion time of the generator, and an incremental
//! `cargo build` after editing one spec, for growing numbers of synthetic endpoints.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde::Serialize;
use serde_json::Value;

/// The crates a generated client needs (the emulator is a dev-dependency of it).
const CRATES: [&str; 5] = ["spec", "codegen", "macros", "client", "emulator"];

/// Figures at one size.
#[derive(Debug, Clone, Serialize)]
pub struct Size {
    pub endpoints: usize,
    /// Median of the runs: loading, checking and generating every spec.
    pub expand_ms: f64,
    pub expand_ms_per_endpoint: f64,
    /// `cargo build` after writing all the specs (the first size also compiles the
    /// dependencies), seconds.
    pub full_build_s: Option<f64>,
    /// `cargo build` after editing one spec, seconds.
    pub incremental_build_s: Option<f64>,
}

pub fn copy_tree(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let path = entry.path();
        let target = to.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_symlink() {
            #[cfg(unix)]
            std::os::unix::fs::symlink(fs::read_link(&path)?, &target)?;
        } else if kind.is_dir() {
            if entry.file_name() != "target" {
                copy_tree(&path, &target)?;
            }
        } else {
            fs::copy(&path, &target)?;
        }
    }
    Ok(())
}

/// Writes `n` synthetic endpoint specs, made from delete_group_member's, plus the
/// shared files, into `dir` (replacing what was there).
pub fn synthesize(ws: &Path, dir: &Path, n: usize) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    if dir.exists() {
        fs::remove_dir_all(dir).map_err(io)?;
    }
    fs::create_dir_all(dir.join("group_open_http_svc")).map_err(io)?;
    let specs = ws.join("specs");
    for shared in ["regions.json", "envelope.json", "errors.json", "types.json"] {
        fs::copy(specs.join(shared), dir.join(shared)).map_err(io)?;
    }
    copy_tree(&specs.join("schema"), &dir.join("schema")).map_err(io)?;
    let template: Value = serde_json::from_str(
        &fs::read_to_string(specs.join("group_open_http_svc/delete_group_member.json"))
            .map_err(io)?,
    )
    .map_err(|e| e.to_string())?;
    for i in 0..n {
        let mut spec = template.clone();
        let command = format!("synthetic_op_{i:04}");
        if let Some(object) = spec.as_object_mut() {
            object.insert("command".into(), Value::String(command.clone()));
            object.insert(
                "summary".into(),
                Value::String(format!("Synthetic endpoint number {i}.")),
            );
            object.remove("see_also");
        }
        let text = serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())?;
        fs::write(
            dir.join(format!("group_open_http_svc/{command}.json")),
            text,
        )
        .map_err(io)?;
    }
    Ok(())
}

/// Expansion time of `dir`'s specs, in ms (median of `runs`).
pub fn expand_ms(dir: &Path, runs: usize) -> Result<f64, String> {
    let options = tencent_chat_codegen::Options::inside_runtime();
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let expansion = tencent_chat_codegen::expand_dir(dir, &options);
        let elapsed = t.elapsed().as_secs_f64() * 1000.0;
        if !expansion.problems.is_empty() {
            return Err(format!(
                "synthetic specs have problems:\n{}",
                expansion.problems
            ));
        }
        std::hint::black_box(expansion.tokens);
        times.push(elapsed);
    }
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2])
}

/// A copy of the client and its generator crates, built against synthetic specs.
pub struct BuildBench {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    target: PathBuf,
}

impl BuildBench {
    pub fn new(ws: &Path) -> Result<BuildBench, String> {
        let io = |e: std::io::Error| e.to_string();
        let tmp = tempfile::tempdir().map_err(io)?;
        let root = tmp.path().join("ws");
        let target = tmp.path().join("target");
        for krate in CRATES {
            copy_tree(
                &ws.join("crates").join(krate),
                &root.join("crates").join(krate),
            )
            .map_err(io)?;
        }
        fs::copy(ws.join("Cargo.lock"), root.join("Cargo.lock")).map_err(io)?;
        let manifest: String = fs::read_to_string(ws.join("Cargo.toml"))
            .map_err(io)?
            .lines()
            .filter(|line| {
                let is_member = line.starts_with("    \"") && line.trim().ends_with("\",");
                let member = line.trim().trim_end_matches(',').trim_matches('"');
                !is_member || CRATES.iter().any(|c| member == format!("crates/{c}"))
            })
            .map(|line| format!("{line}\n"))
            .collect();
        fs::write(root.join("Cargo.toml"), manifest).map_err(io)?;
        Ok(BuildBench {
            _tmp: tmp,
            root,
            target,
        })
    }

    pub fn specs(&self) -> PathBuf {
        self.root.join("specs")
    }

    /// The copy's workspace root.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The copy's target folder.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// `cargo build -p tencent-chat` in the copy; seconds.
    pub fn build(&self) -> Result<f64, String> {
        let t = Instant::now();
        let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["build", "--quiet", "--offline", "-p", "tencent-chat"])
            .current_dir(&self.root)
            .env("CARGO_TARGET_DIR", &self.target)
            .env_remove("RUSTFLAGS")
            .output()
            .map_err(|e| format!("cannot run cargo: {e}"))?;
        if !out.status.success() {
            return Err(format!(
                "cargo build failed:\n{}",
                String::from_utf8_lossy(&out.stderr)
            ));
        }
        Ok(t.elapsed().as_secs_f64())
    }

    /// Edits the summary of one synthetic spec.
    pub fn edit_one(&self, round: usize) -> Result<(), String> {
        let path = self
            .specs()
            .join("group_open_http_svc/synthetic_op_0000.json");
        let text = fs::read_to_string(&path).map_err(|e| e.to_string())?;
        let mut spec: Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
        if let Some(object) = spec.as_object_mut() {
            object.insert(
                "summary".into(),
                Value::String(format!("Synthetic endpoint number 0, edit {round}.")),
            );
        }
        fs::write(
            &path,
            serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())?,
        )
        .map_err(|e| e.to_string())
    }
}
