//! `cargo xtask fuzz <target> [--time SECONDS]`: runs one cargo-fuzz target of
//! `fuzz/` with the nightly toolchain, after seeding its corpus from the committed
//! specs and fixtures.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

use serde_json::Value;
use tencent_chat::ENDPOINTS;

/// The targets of `fuzz/fuzz_targets/`, with what each feeds.
pub const TARGETS: &[(&str, &str)] = &[
    (
        "spec_load",
        "the spec loader and generator on any file of a specs directory",
    ),
    (
        "response_decode",
        "response decoding of every endpoint on any body",
    ),
    (
        "usersig_verify",
        "UserSig verification on any text and any packed document",
    ),
    (
        "emulator_request",
        "the emulator's request handling on any body, for any endpoint",
    ),
];

/// The fuzz targets' key for the UserSig seeds (fuzz_targets/usersig_verify.rs).
const USERSIG_KEY: &[u8] = b"fuzz-usersig-key";

/// Lists the targets.
pub fn list() -> ExitCode {
    for (name, what) in TARGETS {
        println!("{name:18} {what}");
    }
    ExitCode::SUCCESS
}

/// Runs `target` for `seconds`.
pub fn run(root: &Path, target: &str, seconds: u64) -> ExitCode {
    if !TARGETS.iter().any(|(name, _)| *name == target) {
        eprintln!("unknown fuzz target {target:?}; the targets are:");
        for (name, what) in TARGETS {
            eprintln!("  {name:18} {what}");
        }
        return ExitCode::FAILURE;
    }
    if let Err(message) = check_tools() {
        eprintln!("{message}");
        return ExitCode::FAILURE;
    }
    let fuzz_dir = root.join("fuzz");
    let corpus = fuzz_dir.join("corpus").join(target);
    match seed(root, target, &corpus) {
        Ok(0) => {}
        Ok(n) => println!("seeded {} with {n} inputs", corpus.display()),
        Err(e) => {
            eprintln!("cannot seed {}: {e}", corpus.display());
            return ExitCode::FAILURE;
        }
    }
    println!("cargo +nightly fuzz run {target} -- -max_total_time={seconds}");
    let status = nightly_cargo()
        .arg("fuzz")
        .arg("run")
        .arg("--fuzz-dir")
        .arg(&fuzz_dir)
        .arg(target)
        .arg(&corpus)
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .current_dir(root)
        .status();
    match status {
        Ok(status) if status.success() => {
            println!("{target}: no crash in {seconds} s");
            ExitCode::SUCCESS
        }
        Ok(_) => {
            eprintln!(
                "{target}: crash or error; reproducing inputs are under {}",
                fuzz_dir.join("artifacts").join(target).display()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `cargo +nightly`, through the rustup proxy, without the toolchain variables that
/// the outer `cargo xtask` set for the stable toolchain.
fn nightly_cargo() -> Command {
    let mut cmd = Command::new("cargo");
    cmd.arg("+nightly");
    for var in ["RUSTUP_TOOLCHAIN", "RUSTC", "RUSTDOC", "CARGO"] {
        cmd.env_remove(var);
    }
    cmd
}

/// Whether the nightly toolchain and cargo-fuzz are installed; what to do if not.
fn check_tools() -> Result<(), String> {
    let works = |args: &[&str]| {
        nightly_cargo()
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !works(&["--version"]) {
        return Err(
            "the nightly toolchain is missing (libFuzzer needs it): rustup toolchain install nightly"
                .to_owned(),
        );
    }
    if !works(&["fuzz", "--version"]) {
        return Err("cargo-fuzz is not installed: cargo install cargo-fuzz".to_owned());
    }
    Ok(())
}

/// Writes seed inputs into an empty (or missing) corpus folder; returns how many.
fn seed(root: &Path, target: &str, corpus: &Path) -> std::io::Result<usize> {
    if corpus.is_dir() && fs::read_dir(corpus)?.next().is_some() {
        return Ok(0);
    }
    fs::create_dir_all(corpus)?;
    let inputs = match target {
        "spec_load" => spec_seeds(root)?,
        "response_decode" => fixture_parts(root, "response")?
            .into_iter()
            .map(|(_, body)| body)
            .collect(),
        "usersig_verify" => vec![
            tencent_chat::usersig::sign(USERSIG_KEY, 1_400_000_000, "administrator", 0, 86_400)
                .expose()
                .as_bytes()
                .to_vec(),
            br#"{"TLS.ver":"2.0","TLS.identifier":"administrator","TLS.sdkappid":1400000000,"TLS.expire":86400,"TLS.time":0,"TLS.sig":"AAAA"}"#.to_vec(),
        ],
        "emulator_request" => fixture_parts(root, "request")?
            .into_iter()
            .map(|(index, body)| {
                let mut input = vec![u8::try_from(index).unwrap_or(0)];
                input.extend(body);
                input
            })
            .collect(),
        _ => Vec::new(),
    };
    for (i, input) in inputs.iter().enumerate() {
        fs::write(corpus.join(format!("seed-{i:04}")), input)?;
    }
    Ok(inputs.len())
}

/// The committed specs as inputs of `spec_load`: its first byte picks the file the
/// rest replaces (the shared files in their order, then the endpoint).
fn spec_seeds(root: &Path) -> std::io::Result<Vec<Vec<u8>>> {
    let specs = root.join("specs");
    let mut out = Vec::new();
    for (i, (file, _)) in tencent_chat_spec::SHARED_FILES.iter().enumerate() {
        let mut input = vec![i as u8];
        input.extend(fs::read(specs.join(file))?);
        out.push(input);
    }
    let endpoint_index = tencent_chat_spec::SHARED_FILES.len() as u8;
    for info in ENDPOINTS.iter() {
        let mut input = vec![endpoint_index];
        input.extend(fs::read(
            specs
                .join(info.service)
                .join(format!("{}.json", info.command)),
        )?);
        out.push(input);
    }
    Ok(out)
}

/// `(endpoint index, body)` of every fixture: the response body (`part` =
/// "response") or the request body, else the input (`part` = "request").
fn fixture_parts(root: &Path, part: &str) -> std::io::Result<Vec<(usize, Vec<u8>)>> {
    let fixtures = root.join(xtask::FIXTURES_DIR);
    let mut out = Vec::new();
    for (index, info) in ENDPOINTS.iter().enumerate() {
        let dir = fixtures.join(info.service).join(info.command);
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for file in files {
            let Ok(fixture) = serde_json::from_slice::<Value>(&fs::read(&file)?) else {
                continue;
            };
            let body = match part {
                "response" => match &fixture["response"] {
                    r if r.get("body").is_some() => serde_json::to_vec(&r["body"]).ok(),
                    r => r
                        .get("body_text")
                        .and_then(Value::as_str)
                        .map(|t| t.as_bytes().to_vec()),
                },
                _ => fixture["request"]
                    .get("body")
                    .or_else(|| fixture.get("input"))
                    .and_then(|b| serde_json::to_vec(b).ok()),
            };
            if let Some(body) = body {
                out.push((index, body));
            }
        }
    }
    Ok(out)
}
