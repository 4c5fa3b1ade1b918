//! Compile cost: what a crate that depends on `tencent-chat` pays to build it.
//!
//! - A throwaway crate outside the workspace (its own target folder, the workspace's
//!   lock file) depending on the client by path, built cold with each TLS provider,
//!   and with one service instead of all; beside it, the same crate against the
//!   client as it was before the TLS and service features (`--baseline-rev`).
//! - The `tencent-chat` crate's own compile time (from `cargo build --timings`) at
//!   today's number of endpoints and at 100 and 200, made of copies of the real specs
//!   under new command names; the incremental rebuild after editing one spec at each
//!   size; lines of generated code per endpoint.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use serde::Serialize;
use serde_json::Value;

/// The client before the TLS provider and service features: the configuration the
/// compile-cost targets compare with.
pub const BASELINE_REV: &str = "f739e9d";

/// The service built alone in the one-service configuration: the smallest, so the
/// comparison shows what dropping the others saves.
pub const ONE_SERVICE: &str = "sns";

/// One unit of a `cargo build --timings` report.
#[derive(Debug, Clone, Serialize)]
pub struct Unit {
    pub name: String,
    /// `""` for a library, `" build script"`, `" bin \"x\""`, ...
    pub target: String,
    pub mode: String,
    pub duration_s: f64,
}

/// One `cargo build`: its wall time and its units.
#[derive(Debug, Clone, Serialize)]
pub struct Build {
    pub wall_s: f64,
    pub units: usize,
    /// The `tencent-chat` library unit's compile time, if it was built.
    pub tencent_chat_s: Option<f64>,
    /// The ten slowest units.
    pub slowest: Vec<Unit>,
    #[serde(skip)]
    pub all_units: Vec<Unit>,
}

impl Build {
    /// Seconds spent compiling units named `name` (all targets and modes).
    pub fn unit_s(&self, name: &str) -> f64 {
        self.all_units
            .iter()
            .filter(|u| u.name == name)
            .map(|u| u.duration_s)
            .sum()
    }
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

/// `cargo build --offline --timings <args>` in `dir` with `target` as target folder.
pub fn build(dir: &Path, target: &Path, args: &[&str]) -> Result<Build, String> {
    let timings = target.join("cargo-timings");
    let _ = fs::remove_dir_all(&timings);
    let t = Instant::now();
    let out = Command::new(cargo())
        .args(["build", "--quiet", "--offline", "--timings"])
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    let wall_s = t.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(format!(
            "cargo build {args:?} in {} failed:\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let html = fs::read_to_string(timings.join("cargo-timing.html"))
        .map_err(|e| format!("no --timings report: {e}"))?;
    let all_units = parse_timings(&html)?;
    let mut slowest = all_units.clone();
    slowest.sort_by(|a, b| b.duration_s.total_cmp(&a.duration_s));
    slowest.truncate(10);
    let tencent_chat_s = all_units
        .iter()
        .find(|u| u.name == "tencent-chat" && u.target.is_empty())
        .map(|u| u.duration_s);
    Ok(Build {
        wall_s,
        units: all_units.len(),
        tencent_chat_s,
        slowest,
        all_units,
    })
}

/// The units of a `--timings` HTML report: its `UNIT_DATA` array.
pub fn parse_timings(html: &str) -> Result<Vec<Unit>, String> {
    let start = html
        .find("UNIT_DATA = ")
        .ok_or("no UNIT_DATA in the --timings report")?
        + "UNIT_DATA = ".len();
    let mut stream = serde_json::Deserializer::from_str(&html[start..]).into_iter::<Value>();
    let data = stream
        .next()
        .ok_or("empty UNIT_DATA")?
        .map_err(|e| format!("bad UNIT_DATA: {e}"))?;
    let units = data.as_array().ok_or("UNIT_DATA is not an array")?;
    Ok(units
        .iter()
        .map(|u| Unit {
            name: u["name"].as_str().unwrap_or_default().to_owned(),
            target: u["target"].as_str().unwrap_or_default().to_owned(),
            mode: u["mode"].as_str().unwrap_or_default().to_owned(),
            duration_s: u["duration"].as_f64().unwrap_or(0.0),
        })
        .collect())
}

/// A crate outside any workspace depending on the client at `client` with `features`
/// (no default features), with the workspace's lock file so that versions match.
pub fn downstream_crate(
    dir: &Path,
    client: &Path,
    lock: &Path,
    features: Option<&[&str]>,
) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    fs::create_dir_all(dir.join("src")).map_err(io)?;
    let dependency = match features {
        Some(features) => format!(
            "{{ path = {:?}, default-features = false, features = {:?} }}",
            client.display().to_string(),
            features
        ),
        None => format!("{{ path = {:?} }}", client.display().to_string()),
    };
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"downstream\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\ntencent-chat = {dependency}\n\n\
             [profile.dev]\ndebug = \"line-tables-only\"\n\n[workspace]\n"
        ),
    )
    .map_err(io)?;
    // Only items every configuration has: the builder, the registry, the regions.
    fs::write(
        dir.join("src/main.rs"),
        "fn main() {\n\
         \x20   let client = tencent_chat::Client::builder()\n\
         \x20       .credentials(tencent_chat::Credentials::new(1400000000, \"key\"))\n\
         \x20       .region(tencent_chat::Region::Singapore)\n\
         \x20       .build();\n\
         \x20   println!(\"{} endpoints, {}\", tencent_chat::ENDPOINTS.len(), client.is_ok());\n\
         }\n",
    )
    .map_err(io)?;
    fs::copy(lock, dir.join("Cargo.lock")).map_err(io)?;
    Ok(())
}

/// Extracts `rev` of the repository at `ws` into `to` (`git archive`).
pub fn checkout(ws: &Path, rev: &str, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| e.to_string())?;
    let archive = Command::new("git")
        .args(["archive", "--format=tar", rev])
        .current_dir(ws)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if !archive.status.success() {
        return Err(format!(
            "git archive {rev} failed: {}",
            String::from_utf8_lossy(&archive.stderr)
        ));
    }
    let mut tar = Command::new("tar")
        .args(["-x", "-C"])
        .arg(to)
        .stdin(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run tar: {e}"))?;
    {
        use std::io::Write as _;
        let mut stdin = tar.stdin.take().ok_or("no stdin for tar")?;
        stdin
            .write_all(&archive.stdout)
            .map_err(|e| e.to_string())?;
    }
    let status = tar.wait().map_err(|e| e.to_string())?;
    if !status.success() {
        return Err("tar -x failed".into());
    }
    Ok(())
}

/// The real endpoint specs of `specs` as (service, command, JSON), sorted by path.
pub fn real_specs(specs: &Path) -> Result<Vec<(String, String, Value)>, String> {
    let mut out = Vec::new();
    let mut services: Vec<PathBuf> = fs::read_dir(specs)
        .map_err(|e| e.to_string())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        // Not the meta-schemas, nor the callback specs (not endpoints).
        .filter(|p| {
            p.is_dir()
                && p.file_name()
                    .is_some_and(|n| n != "schema" && n != tencent_chat_spec::WEBHOOK_DIR)
        })
        .collect();
    services.sort();
    for service in services {
        let mut files: Vec<PathBuf> = fs::read_dir(&service)
            .map_err(|e| e.to_string())?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for file in files {
            let text = fs::read_to_string(&file).map_err(|e| e.to_string())?;
            let json: Value =
                serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            let name = |k: &str| json[k].as_str().unwrap_or_default().to_owned();
            out.push((name("service"), name("command"), json));
        }
    }
    Ok(out)
}

/// Writes `n` endpoint specs into `dir` (replacing its service folders): the real
/// ones, then copies of them in turn, so every shape (send_group_msg's message
/// unions, create_group's member lists, get_group_info's filters, ...) is repeated,
/// not only the simplest. Copy round `k` of `<service>/<command>` is
/// `<service>_copy<k>/<command>_c<k>`: a service folder of its own, as the real specs'
/// named inline types (`AddGroupMemberItem`) are unique within a service, and a new
/// command, as `Client` methods are unique. Returns the new service names (each needs
/// a feature in the client's manifest; see [`add_service_features`]).
pub fn real_shaped(ws_specs: &Path, dir: &Path, n: usize) -> Result<Vec<String>, String> {
    let io = |e: std::io::Error| e.to_string();
    let real = real_specs(ws_specs)?;
    if real.is_empty() {
        return Err("no endpoint specs".into());
    }
    for entry in fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() && path.file_name().is_some_and(|n| n != "schema") {
            fs::remove_dir_all(&path).map_err(io)?;
        }
    }
    let mut new_services = Vec::new();
    for i in 0..n.max(real.len()) {
        let (service, command, template) = &real[i % real.len()];
        let round = i / real.len();
        let mut spec = template.clone();
        let (service, command) = if round == 0 {
            (service.clone(), command.clone())
        } else {
            let (service, command) = (
                format!("{service}_copy{round}"),
                format!("{command}_c{round}"),
            );
            if let Some(object) = spec.as_object_mut() {
                object.insert("service".into(), Value::String(service.clone()));
                object.insert("command".into(), Value::String(command.clone()));
                // References to other commands would name the originals, and an
                // older path is served by the original only.
                object.remove("see_also");
                object.remove("legacy_paths");
            }
            distinguish_shapes(&mut spec, round);
            if !new_services.contains(&service) {
                new_services.push(service.clone());
            }
            (service, command)
        };
        let folder = dir.join(&service);
        fs::create_dir_all(&folder).map_err(io)?;
        fs::write(
            folder.join(format!("{command}.json")),
            serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())?,
        )
        .map_err(io)?;
    }
    Ok(new_services)
}

/// Makes every inline enum and object of a copy differ from the original's by one
/// value or one optional field named after the round: the spec check refuses two
/// inline definitions of the same shape (they should be one named type), and a copy
/// repeats every shape of its original. The cost measured grows by that one value or
/// field per inline definition.
fn distinguish_shapes(value: &mut Value, round: usize) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map.iter_mut() {
                match (key.as_str(), inner) {
                    ("enum", Value::Object(def)) => {
                        let integer = def.get("repr").and_then(Value::as_str) == Some("integer");
                        if let Some(Value::Array(values)) = def.get_mut("values") {
                            let wire = if integer {
                                Value::from(1_000_000 + round as u64)
                            } else {
                                Value::String(format!("copy{round}"))
                            };
                            values.push(serde_json::json!({
                                "value": wire,
                                "name": format!("Copy{round}"),
                                "description": "A value only the benchmark's copy has."
                            }));
                        }
                    }
                    ("object", Value::Object(def)) => {
                        if let Some(Value::Array(fields)) = def.get_mut("fields") {
                            fields.push(serde_json::json!({
                                "name": format!("Copy{round}"),
                                "description": "A field only the benchmark's copy has.",
                                "required": false,
                                "type": "string"
                            }));
                        }
                    }
                    _ => {}
                }
            }
            map.values_mut()
                .for_each(|inner| distinguish_shapes(inner, round));
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|inner| distinguish_shapes(inner, round)),
        _ => {}
    }
}

/// Declares a feature per service in `services` in the client manifest at
/// `manifest`, and lists them in `all-services` (on by default), as a spec author adds
/// a service.
pub fn add_service_features(manifest: &Path, services: &[String]) -> Result<(), String> {
    let text = fs::read_to_string(manifest).map_err(|e| e.to_string())?;
    let mut out = String::new();
    let mut found = false;
    for line in text.lines() {
        if let Some(list) = line.strip_prefix("all-services = [") {
            found = true;
            let extra: String = services.iter().map(|s| format!("\"{s}\", ")).collect();
            out.push_str(&format!("all-services = [{extra}{list}\n"));
            for s in services {
                out.push_str(&format!("{s} = []\n"));
            }
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    if !found {
        return Err(format!("no all-services feature in {}", manifest.display()));
    }
    fs::write(manifest, out).map_err(|e| e.to_string())
}

/// Edits the summary of one spec under `dir` (the first real one, by path).
pub fn edit_one(dir: &Path, round: usize) -> Result<(), String> {
    let real = real_specs(dir)?;
    let (service, command, mut spec) = real.into_iter().next().ok_or("no spec to edit")?;
    if let Some(object) = spec.as_object_mut() {
        let summary = object
            .get("summary")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        object.insert(
            "summary".into(),
            Value::String(format!("{summary} (edit {round})")),
        );
    }
    fs::write(
        dir.join(service).join(format!("{command}.json")),
        serde_json::to_string_pretty(&spec).map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())
}

/// Lines of generated code (formatted with prettyplease) per endpoint of `dir`'s
/// specs: the whole expansion divided by the endpoints, and the endpoint items alone.
pub fn generated_lines(dir: &Path) -> Result<(usize, f64, f64), String> {
    let set = tencent_chat_spec::load_dir(dir)
        .result
        .map_err(|p| format!("specs have problems:\n{p}"))?;
    let options = tencent_chat_codegen::Options::inside_runtime();
    let lines = |tokens: proc_macro2::TokenStream| -> Result<usize, String> {
        let file: syn2::File = syn2::parse2(tokens).map_err(|e| e.to_string())?;
        Ok(prettyplease::unparse(&file).lines().count())
    };
    let n = set.endpoints.len();
    let total = lines(tencent_chat_codegen::generate(&set, &options))?;
    let mut own = 0;
    for endpoint in &set.endpoints {
        own += lines(tencent_chat_codegen::endpoint_tokens(
            &set, endpoint, &options,
        ))?;
    }
    Ok((n, total as f64 / n as f64, own as f64 / n as f64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_shared(from: &Path, to: &Path) {
        for entry in fs::read_dir(from).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap();
            if path.is_file() {
                fs::copy(&path, to.join(name)).unwrap();
            } else if name == "schema" {
                fs::create_dir_all(to.join(name)).unwrap();
                copy_shared(&path, &to.join(name));
            }
        }
    }

    /// The copies the compile-cost section builds pass the spec checks: each round's
    /// inline shapes differ from the originals' (which the same-shape check requires),
    /// and the copies still generate.
    #[test]
    fn real_shaped_copies_load_and_generate() {
        let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
        let real = real_specs(&specs).unwrap().len();
        let dir = tempfile::tempdir().unwrap();
        copy_shared(&specs, dir.path());
        let services = real_shaped(&specs, dir.path(), 3 * real).unwrap();
        assert!(!services.is_empty());
        let (n, _, own) = generated_lines(dir.path()).unwrap();
        assert_eq!(n, 3 * real);
        assert!(own > 0.0);
    }
}
