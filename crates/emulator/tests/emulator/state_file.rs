//! The state file: loaded on start, saved on stop and periodically, atomically (a save
//! interrupted at any point leaves the previous complete file), and the binary's
//! shutdown on SIGTERM.

use std::path::Path;
use std::time::{Duration, Instant};

use tencent_chat::group_open_http_svc::{DeleteGroupMemberRequest, DestroyGroupRequest};
use tencent_chat_emulator::{Emulator, Error, Friends, Group, GroupType, State};

fn seeded_state(groups: usize) -> State {
    let mut state = State::new();
    state.add_accounts(["alice", "bob"]);
    *state.friends_mut("alice") = Friends::new().with_friends(["bob"]).with_list("l", ["bob"]);
    for i in 0..groups {
        let mut g = Group::new(GroupType::Public)
            .name(format!("group {i}"))
            .owner("alice")
            .members(["bob"]);
        g.push_text("bob", "hello");
        state.add_group(format!("g{i}"), g);
    }
    state
}

#[tokio::test]
async fn the_state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let emulator = Emulator::builder()
        .state_file(&file)
        .state(seeded_state(3))
        .start()
        .await
        .unwrap();
    emulator
        .client()
        .unwrap()
        .destroy_group(&DestroyGroupRequest::new("g0"))
        .await
        .unwrap();
    let before = emulator.state();
    emulator.stop().await.unwrap();

    let emulator = Emulator::builder().state_file(&file).start().await.unwrap();
    assert_eq!(emulator.state(), before);
    assert_eq!(emulator.state().groups.len(), 2);
    // Dropping also stops and saves, in the background.
    emulator
        .client()
        .unwrap()
        .destroy_group(&DestroyGroupRequest::new("g1"))
        .await
        .unwrap();
    drop(emulator);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let loaded = State::load_file(&file).unwrap().unwrap();
        if loaded.groups.len() == 1 {
            break;
        }
        assert!(Instant::now() < deadline, "the drop never saved");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn an_interrupted_save_never_corrupts_the_loaded_state() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let good = seeded_state(2);
    good.save_file(&file).unwrap();
    // What a crash during a save leaves: a temporary file with part of a newer state.
    let newer =
        serde_json::to_vec(&serde_json::json!({"format": 1, "state": seeded_state(5)})).unwrap();
    let stray = dir.path().join(".state.json.tmp-4242-0badc0de");
    std::fs::write(&stray, &newer[..newer.len() / 2]).unwrap();
    let empty_stray = dir.path().join(".state.json.tmp-4243-00000000");
    std::fs::write(&empty_stray, b"").unwrap();

    let emulator = Emulator::builder().state_file(&file).start().await.unwrap();
    assert_eq!(emulator.state(), good);
    assert!(
        !stray.exists() && !empty_stray.exists(),
        "strays are cleaned up"
    );
    emulator.stop().await.unwrap();
    assert_eq!(State::load_file(&file).unwrap().unwrap(), good);
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["state.json"], "a save leaves no temporary file");
}

#[test]
fn loading_leaves_the_temporary_files_of_this_process_alone() {
    // A save of this process may be in progress on the same file (an emulator saving
    // on drop while a test polls the file): its temporary file is not a stray.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    seeded_state(1).save_file(&file).unwrap();
    let ours = dir
        .path()
        .join(format!(".state.json.tmp-{}-12345678", std::process::id()));
    std::fs::write(&ours, b"{").unwrap();
    let other = dir.path().join(format!(
        ".state.json.tmp-{}-12345678",
        std::process::id().wrapping_add(1)
    ));
    std::fs::write(&other, b"{").unwrap();
    State::load_file(&file).unwrap().unwrap();
    assert!(ours.exists(), "a save in progress keeps its file");
    assert!(!other.exists(), "a stray of another process is removed");
}

#[tokio::test]
async fn a_damaged_state_file_is_an_error_not_an_empty_state() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    std::fs::write(&file, b"{\"format\": 1, \"state\": {\"groups\": ").unwrap();
    match Emulator::builder().state_file(&file).start().await {
        Err(Error::StateFormat { path, .. }) => assert_eq!(path, file),
        other => panic!("{other:?}"),
    }
    std::fs::write(&file, b"{\"format\": 99, \"state\": {}}").unwrap();
    let err = Emulator::builder()
        .state_file(&file)
        .start()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("format 99"), "{err}");
    // A missing file is a fresh start.
    let fresh = dir.path().join("new.json");
    let emulator = Emulator::builder()
        .state_file(&fresh)
        .start()
        .await
        .unwrap();
    assert_eq!(emulator.state(), State::new());
    emulator.stop().await.unwrap();
    assert!(fresh.exists());
}

#[tokio::test]
async fn changes_are_saved_periodically() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let emulator = Emulator::builder()
        .state_file(&file)
        .state(seeded_state(1))
        .save_interval(Duration::from_millis(20))
        .start()
        .await
        .unwrap();
    emulator
        .client()
        .unwrap()
        .delete_group_member(&DeleteGroupMemberRequest::new("g0", ["bob"]))
        .await
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(Some(saved)) = State::load_file(&file)
            && !saved.groups["g0"].members.contains_key("bob")
        {
            break;
        }
        assert!(Instant::now() < deadline, "no periodic save");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    emulator.stop().await.unwrap();
}

#[cfg(unix)]
#[tokio::test]
async fn saves_keep_the_files_mode_and_new_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let emulator = Emulator::builder().state_file(&file).start().await.unwrap();
    emulator.with_state(|s| s.add_accounts(["alice"]));
    emulator.save().await.unwrap();
    assert_eq!(mode(&file), 0o600, "a new state file is private");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
    emulator.with_state(|s| s.add_accounts(["bob"]));
    emulator.save().await.unwrap();
    assert_eq!(mode(&file), 0o640, "a save keeps the mode");
    emulator.stop().await.unwrap();
    assert_eq!(mode(&file), 0o640);
    // State::save_file does the same.
    let other = dir.path().join("other.json");
    State::new().save_file(&other).unwrap();
    assert_eq!(mode(&other), 0o600);
}

#[tokio::test]
async fn a_state_file_that_cannot_be_written_fails_the_start() {
    let dir = tempfile::tempdir().unwrap();
    // A folder that does not exist, and a "folder" that is a file.
    let plain = dir.path().join("plain");
    std::fs::write(&plain, b"").unwrap();
    for file in [
        dir.path().join("missing").join("state.json"),
        plain.join("state.json"),
        dir.path().to_path_buf(),
    ] {
        let err = Emulator::builder()
            .state_file(&file)
            .start()
            .await
            .expect_err("refused at start");
        assert!(matches!(err, Error::StateWrite { .. }), "{err}");
        assert!(err.to_string().contains(&*file.to_string_lossy()), "{err}");
    }
    // Nothing is left behind by the check.
    let ok = dir.path().join("state.json");
    let emulator = Emulator::builder().state_file(&ok).start().await.unwrap();
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["plain"]);
    emulator.stop().await.unwrap();
}

#[cfg(unix)]
mod binary {
    use std::io::{BufRead, BufReader};
    use std::process::{Child, Command, Stdio};
    use std::sync::{Arc, Mutex};

    use super::*;

    const KEY: &str = "binary-test-key";

    /// The binary's log: the lines read so far, and the reader, done at end of output.
    type Log = (Arc<Mutex<Vec<String>>>, std::thread::JoinHandle<()>);

    /// Starts the binary on an ephemeral port; returns it, its base URL and its log.
    fn spawn(state: &Path, save_interval: &str) -> (Child, String, Log) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tencent-chat-emulator"))
            .args([
                "--listen",
                "127.0.0.1:0",
                "--secret-key",
                KEY,
                "--no-rate-limits",
            ])
            .arg("--state")
            .arg(state)
            .args(["--save-interval", save_interval])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let url = loop {
            let line = lines
                .next()
                .expect("the binary printed its address")
                .unwrap();
            if let Some(at) = line.find("serving http://") {
                let rest = &line[at + "serving ".len()..];
                break rest.split_whitespace().next().unwrap().to_owned();
            }
        };
        // Keep reading the log so the binary never blocks on a full pipe.
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        let reader = std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        (child, url, (log, reader))
    }

    fn client(url: &str) -> tencent_chat::Client {
        tencent_chat::Client::builder()
            .credentials(tencent_chat::Credentials::new(
                tencent_chat_emulator::DEFAULT_APP_ID,
                KEY,
            ))
            .base_url(url)
            .build()
            .unwrap()
    }

    fn signal(child: &Child, name: &str) {
        let status = Command::new("kill")
            .args([name, &child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    #[tokio::test]
    async fn sigterm_stops_the_binary_and_saves() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state.json");
        seeded_state(3).save_file(&file).unwrap();
        let (mut child, url, log) = spawn(&file, "3600");
        client(&url)
            .destroy_group(&DestroyGroupRequest::new("g2"))
            .await
            .unwrap();
        signal(&child, "-TERM");
        let status = tokio::task::spawn_blocking(move || child.wait().unwrap())
            .await
            .unwrap();
        assert!(status.success(), "{status:?}");
        // One line per call, with the query but never the UserSig or the key.
        let (log, reader) = log;
        reader.join().unwrap();
        let log = log.lock().unwrap().join("\n");
        let call = log
            .lines()
            .find(|l| l.contains("/v4/group_open_http_svc/destroy_group -> 0 in"))
            .unwrap_or_else(|| panic!("no line for the call in:\n{log}"));
        assert!(call.contains("usersig=<redacted>"), "{call}");
        assert!(call.contains("sdkappid=1400000000"), "{call}");
        assert!(!log.contains(KEY), "{log}");
        assert!(log.contains("terminated: stopping"), "{log}");
        let saved = State::load_file(&file).unwrap().unwrap();
        assert_eq!(saved.groups.keys().collect::<Vec<_>>(), ["g0", "g1"]);
    }

    /// Kills the binary (SIGKILL, no chance to clean up) while it saves a large state
    /// every few milliseconds: whenever the kill lands, the file on disk is a complete
    /// state, the one before or after some save.
    #[tokio::test]
    async fn a_kill_during_saves_leaves_a_complete_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state.json");
        let groups = 3000;
        seeded_state(groups).save_file(&file).unwrap();
        for round in 0..4u64 {
            let (mut child, url, _) = spawn(&file, "0.002");
            let client = client(&url);
            // Changes keep the state dirty, so the binary saves continuously.
            for i in 0..(10 + round * 7) {
                let group = format!("g{}", (round * 100 + i) % groups as u64);
                client
                    .delete_group_member(&DeleteGroupMemberRequest::new(group, ["bob"]))
                    .await
                    .unwrap();
            }
            signal(&child, "-KILL");
            tokio::task::spawn_blocking(move || child.wait().unwrap())
                .await
                .unwrap();
            let loaded = State::load_file(&file)
                .unwrap_or_else(|e| panic!("round {round}: {e}"))
                .expect("the file is still there");
            assert_eq!(loaded.groups.len(), groups, "round {round}");
            assert_eq!(loaded.accounts.len(), 2);
        }
    }

    #[test]
    fn a_save_interval_too_long_for_a_duration_is_a_usage_error() {
        for interval in ["1e20", "-1", "0", "NaN", "soon"] {
            let out = Command::new(env!("CARGO_BIN_EXE_tencent-chat-emulator"))
                .args(["--secret-key", KEY, "--listen", "127.0.0.1:0"])
                .arg(format!("--save-interval={interval}"))
                .output()
                .unwrap();
            // clap's usage error, not a panic (101).
            assert_eq!(out.status.code(), Some(2), "{interval}: {out:?}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains("--save-interval"), "{stderr}");
            assert!(!stderr.contains("panicked"), "{stderr}");
        }
    }

    #[tokio::test]
    async fn logged_paths_and_queries_are_clipped() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("state.json");
        let (mut child, url, log) = spawn(&file, "3600");
        let long = "x".repeat(20_000);
        let response = reqwest::Client::new()
            .post(format!("{url}/v4/{long}?usersig=SECRET&note={long}"))
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status().as_u16(),
            tencent_chat::envelope::HTTP_STATUS
        );
        signal(&child, "-TERM");
        tokio::task::spawn_blocking(move || child.wait().unwrap())
            .await
            .unwrap();
        let (log, reader) = log;
        reader.join().unwrap();
        let log = log.lock().unwrap().join("\n");
        let line = log
            .lines()
            .find(|l| l.contains("/v4/xxx"))
            .unwrap_or_else(|| panic!("no line for the call in:\n{log}"));
        assert!(line.len() < 2000, "a line of {} bytes", line.len());
        assert!(line.contains("more bytes]"), "{line}");
        assert!(!line.contains("SECRET"), "{line}");
    }
}
