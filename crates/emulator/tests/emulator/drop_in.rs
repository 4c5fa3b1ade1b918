//! A spec dropped into `specs/` is served by the emulator with no Rust change: its
//! generic tier validates the request with the endpoint's code, resolves the spec's
//! preconditions (an unknown group gets 10010) and answers success from the response
//! spec.
//!
//! The test copies the workspace's crates and specs into a temporary directory, adds
//! `dismiss_group.json` (a copy of `destroy_group.json` under a new command), builds
//! the emulator binary there once, and calls the new path over plain HTTP on
//! 127.0.0.1. The build uses a target directory of its own under
//! `CARGO_TARGET_TMPDIR` (the outer `cargo test` holds the workspace's lock), kept
//! between runs so that only the copied crates are rebuilt.

use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The crates the copy needs to build the emulator.
const COPIED: [&str; 5] = ["spec", "codegen", "macros", "client", "emulator"];
const SECRET: &str = "drop-in-test-secret";

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

/// The copy of the workspace with only the copied crates as members.
fn copy_workspace(root: &Path) {
    let ws = workspace();
    fs::create_dir_all(root.join("crates")).unwrap();
    for krate in COPIED {
        copy_tree(
            &ws.join("crates").join(krate),
            &root.join("crates").join(krate),
        );
    }
    copy_tree(&ws.join("specs"), &root.join("specs"));
    fs::copy(ws.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
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
}

/// Kills the emulator when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Sends one call and returns the response's JSON body.
fn call(port: u16, path: &str, usersig: &str, body: &str) -> serde_json::Value {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let request = format!(
        "POST /{path}?sdkappid=1400000000&identifier=administrator&usersig={usersig}&random=7&contenttype=json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (_, json) = response
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("no body in {response:?}"));
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json:?}"))
}

fn code(answer: &serde_json::Value) -> i64 {
    answer["ErrorCode"]
        .as_i64()
        .unwrap_or_else(|| panic!("no ErrorCode in {answer}"))
}

#[cfg(unix)]
#[test]
fn a_dropped_in_spec_is_served_generically_with_validation_and_preconditions() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("ws");
    copy_workspace(&root);
    let source =
        fs::read_to_string(root.join("specs/group_open_http_svc/destroy_group.json")).unwrap();
    let new_spec = source.replace(
        "\"command\": \"destroy_group\"",
        "\"command\": \"dismiss_group\"",
    );
    assert_ne!(new_spec, source);
    fs::write(
        root.join("specs/group_open_http_svc/dismiss_group.json"),
        new_spec,
    )
    .unwrap();

    // One build of the binary in the copy.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("emulator-drop-in");
    let build = Command::new(env!("CARGO"))
        .args([
            "build",
            "--quiet",
            "--offline",
            "-p",
            "tencent-chat-emulator",
            "--bin",
            "tencent-chat-emulator",
        ])
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    assert!(
        build.status.success(),
        "cargo failed:\n{}",
        String::from_utf8_lossy(&build.stderr)
    );
    let binary = target.join("debug/tencent-chat-emulator");

    // The listing names the new endpoint as generic.
    let list = Command::new(&binary).arg("--list").output().unwrap();
    let list = String::from_utf8(list.stdout).unwrap();
    assert!(
        list.lines()
            .any(|l| l == "v4/group_open_http_svc/dismiss_group generic"),
        "{list}"
    );
    assert!(
        list.lines()
            .any(|l| l == "v4/group_open_http_svc/destroy_group stateful"),
        "{list}"
    );

    let usersig = Command::new(&binary)
        .args(["--secret-key", SECRET, "--print-usersig"])
        .output()
        .unwrap();
    let usersig = String::from_utf8(usersig.stdout).unwrap().trim().to_owned();

    // A free port on 127.0.0.1 for the server.
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _server = Running(
        Command::new(&binary)
            .args([
                "--listen",
                &format!("127.0.0.1:{port}"),
                "--secret-key",
                SECRET,
                "--quiet",
            ])
            .stdout(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut ready = false;
    for _ in 0..600 {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(ready, "the emulator did not start listening");

    let path = "v4/group_open_http_svc/dismiss_group";
    // Validation: a GroupId that is not a string gets the endpoint's code.
    let bad = call(port, path, &usersig, r#"{"GroupId": 5}"#);
    assert_eq!(code(&bad), 10004, "{bad}");
    let missing = call(port, path, &usersig, "{}");
    assert_eq!(code(&missing), 10004, "{missing}");
    // The precondition: the group must exist.
    let unknown = call(port, path, &usersig, r#"{"GroupId": "nope"}"#);
    assert_eq!(code(&unknown), 10010, "{unknown}");
    // An existing group (made by a stateful endpoint): success.
    let created = call(
        port,
        "v4/group_open_http_svc/create_group",
        &usersig,
        r#"{"Type": "Public", "Name": "drop-in", "GroupId": "g1"}"#,
    );
    assert_eq!(code(&created), 0, "{created}");
    let ok = call(port, path, &usersig, r#"{"GroupId": "g1"}"#);
    assert_eq!(code(&ok), 0, "{ok}");
    assert_eq!(ok["ActionStatus"], "OK", "{ok}");
}
