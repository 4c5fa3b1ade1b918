//! Recording against a small local server standing in for the service: the recorded
//! fixtures hold no secret, have source "recorded", and pass conformance.

use std::collections::HashMap;
use std::path::Path;
use std::sync::mpsc;

use axum::extract::{Query, Request};
use serde_json::{Value, json};
use xtask::conformance::{self, Options, Status};
use xtask::record::{RecordCredentials, RecordOptions, record};
use xtask::{FIXTURES_DIR, workspace_root};

const APP: u32 = 1_400_123_456;
const KEY: &str = "a-recording-secret-key-that-must-not-leak";
const ADMIN: &str = "recorder";

/// Answers every path with the documented sample's response of its endpoint, except
/// sns/group_delete, which echoes the UserSig it received in ErrorInfo (as a careless
/// server might) so that scrubbing is tested. Refuses calls whose UserSig does not
/// verify with the recording key.
fn fake_service() -> String {
    let root = workspace_root().join(FIXTURES_DIR);
    let mut answers: HashMap<String, Value> = HashMap::new();
    for file in xtask::fixture::discover(&root, &root) {
        if let Some((service, command, case)) = &file.id
            && case == "documented_sample"
        {
            let f: Value =
                serde_json::from_str(&std::fs::read_to_string(&file.path).unwrap()).unwrap();
            answers.insert(
                format!("/v4/{service}/{command}"),
                f["response"]["body"].clone(),
            );
        }
    }
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let app = axum::Router::new().fallback(
                move |Query(query): Query<HashMap<String, String>>, request: Request| {
                    let answers = answers.clone();
                    async move {
                        let path = request.uri().path().to_owned();
                        let sig = query.get("usersig").cloned().unwrap_or_default();
                        let now = std::time::SystemTime::now()
                            .duration_since(std::time::UNIX_EPOCH)
                            .unwrap()
                            .as_secs();
                        if tencent_chat::usersig::verify(&sig, KEY.as_bytes(), APP, ADMIN, now)
                            .is_err()
                        {
                            return axum::Json(
                                json!({"ActionStatus": "FAIL", "ErrorCode": 70003, "ErrorInfo": "bad usersig"}),
                            );
                        }
                        if path == "/v4/sns/group_delete" {
                            return axum::Json(json!({
                                "ActionStatus": "FAIL",
                                "ErrorCode": 30001,
                                "ErrorInfo": format!("usersig {sig} rejected, key {KEY}"),
                            }));
                        }
                        axum::Json(answers.get(&path).cloned().unwrap_or(json!({
                            "ActionStatus": "FAIL", "ErrorCode": 10003, "ErrorInfo": "unknown path"
                        })))
                    }
                },
            );
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            tx.send(format!("http://{}", listener.local_addr().unwrap()))
                .unwrap();
            axum::serve(listener, app).await.unwrap();
        });
    });
    rx.recv().unwrap()
}

fn texts(dir: &Path) -> Vec<(String, String)> {
    xtask::fixture::discover(dir, dir)
        .into_iter()
        .map(|f| (f.display, std::fs::read_to_string(&f.path).unwrap()))
        .collect()
}

#[test]
fn recorded_fixtures_hold_no_secret_and_pass_conformance() {
    let url = fake_service();
    let out = tempfile::tempdir().unwrap();
    let root = workspace_root();
    let opts = RecordOptions {
        base_url: url.clone(),
        fixtures: root.join(FIXTURES_DIR),
        out: out.path().to_path_buf(),
        specs: root.join("specs"),
        endpoint: None,
        case: None,
        credentials: RecordCredentials {
            app_id: APP,
            secret_key: KEY.into(),
            admin: ADMIN.into(),
        },
    };
    let written = record(&opts).unwrap();
    // One per distinct input that is sent: every endpoint's sample at least.
    assert!(
        written.len() >= tencent_chat::ENDPOINTS.len(),
        "{written:?}"
    );
    let recorded = texts(out.path());
    assert_eq!(recorded.len(), written.len());
    for (file, text) in &recorded {
        assert!(file.contains("recorded_"), "{file}");
        assert!(!text.contains(KEY), "{file} holds the secret key");
        assert!(
            !text.contains(&APP.to_string()),
            "{file} holds the SDKAppID"
        );
        assert!(text.contains("\"usersig\": \"<usersig>\""), "{file}");
        let f: Value = serde_json::from_str(text).unwrap();
        assert_eq!(f["source"]["kind"], json!("recorded"), "{file}");
        assert_eq!(f["source"]["reference"], json!(url), "{file}");
        assert!(f["request"]["query"]["random"] == json!("<u32>"), "{file}");
    }
    // The echoed UserSig and key were replaced, in the body and in the expectation.
    let (_, echoed) = recorded
        .iter()
        .find(|(f, _)| f.contains("sns/group_delete/recorded_documented_sample"))
        .expect("the sns sample was recorded");
    assert!(
        echoed.contains("usersig <redacted> rejected, key <redacted>"),
        "{echoed}"
    );
    assert!(echoed.contains("\"code\": 30001"), "{echoed}");
    // A documented success recorded again equals the documented expectation.
    let (_, destroy) = recorded
        .iter()
        .find(|(f, _)| f.contains("destroy_group/recorded_documented_sample"))
        .unwrap();
    let destroy: Value = serde_json::from_str(destroy).unwrap();
    assert_eq!(destroy["expect"], json!({"success": {}}));
    // Refused inputs are never sent, so never recorded.
    assert!(recorded.iter().all(|(f, _)| !f.contains("refused_")));

    // The recorded fixtures pass every per-fixture check (coverage is for the full set).
    let mut check = Options::for_workspace(&root);
    check.fixtures = out.path().to_path_buf();
    let report = conformance::run(&check).unwrap();
    assert_eq!(report.fixtures.len(), recorded.len());
    for f in &report.fixtures {
        for c in &f.checks {
            assert_eq!(c.status, Status::Pass, "{} {:?}", f.file, c.check);
        }
    }
}

#[test]
fn credentials_come_from_the_environment_and_errors_never_show_the_key() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    let c = RecordCredentials::from_lookup(env(&[
        ("TENCENT_CHAT_SDKAPPID", "1400000001"),
        ("TENCENT_CHAT_SECRET_KEY", "k-e-y"),
    ]))
    .unwrap();
    assert_eq!(
        (c.app_id, c.admin.as_str()),
        (1_400_000_001, "administrator")
    );
    assert!(!format!("{c:?}").contains("k-e-y"));
    let err = RecordCredentials::from_lookup(env(&[("TENCENT_CHAT_SDKAPPID", "1")])).unwrap_err();
    assert_eq!(err, "TENCENT_CHAT_SECRET_KEY is not set");
    let err = RecordCredentials::from_lookup(env(&[
        ("TENCENT_CHAT_SDKAPPID", "not-a-number-secret"),
        ("TENCENT_CHAT_SECRET_KEY", "k-e-y"),
    ]))
    .unwrap_err();
    assert!(!err.contains("secret") && !err.contains("k-e-y"), "{err}");
}

#[test]
fn recording_from_an_unreachable_server_fails_without_the_url() {
    // Nothing listens on port 9 of 127.0.0.1: nothing is recorded, and the error names
    // the host, never the URL with its UserSig.
    let out = tempfile::tempdir().unwrap();
    let root = workspace_root();
    let opts = RecordOptions {
        base_url: "http://127.0.0.1:9".into(),
        fixtures: root.join(FIXTURES_DIR),
        out: out.path().to_path_buf(),
        specs: root.join("specs"),
        endpoint: Some("destroy_group".into()),
        case: Some("documented_sample".into()),
        credentials: RecordCredentials {
            app_id: APP,
            secret_key: KEY.into(),
            admin: ADMIN.into(),
        },
    };
    let err = record(&opts).unwrap_err();
    assert!(
        err.starts_with("http://127.0.0.1:9: upstream unreachable"),
        "{err}"
    );
    assert!(!err.contains("usersig") && !err.contains(KEY), "{err}");
    assert!(texts(out.path()).is_empty());
}

#[test]
fn recording_from_the_emulator_gives_fixtures_that_pass() {
    use tencent_chat_emulator::{Emulator, Group, GroupType};
    let (tx, rx) = mpsc::channel();
    let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
    let server = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let emulator = Emulator::builder()
                .sdkappid(APP)
                .secret_key(KEY)
                .admin(ADMIN)
                .rate_limits(false)
                .start()
                .await
                .unwrap();
            emulator.with_state(|s| {
                s.add_accounts([
                    "id", "leckie", "tommy", "jared", "bob", "peter", "test", "test1", "test2",
                ]);
                s.add_group(
                    "@TGS#2J4SZEAEL",
                    Group::new(GroupType::Public)
                        .owner("leckie")
                        .members(["tommy", "jared"]),
                );
                s.add_group(
                    "@TGS#2C5SZEAEF",
                    Group::new(GroupType::Public).owner("leckie"),
                );
            });
            tx.send(emulator.base_url()).unwrap();
            let _ = stop_rx.await;
            emulator.stop().await.unwrap();
        });
    });
    let url = rx.recv().unwrap();
    let out = tempfile::tempdir().unwrap();
    let root = workspace_root();
    let opts = RecordOptions {
        base_url: url,
        fixtures: root.join(FIXTURES_DIR),
        out: out.path().to_path_buf(),
        specs: root.join("specs"),
        endpoint: None,
        case: None,
        credentials: RecordCredentials {
            app_id: APP,
            secret_key: KEY.into(),
            admin: ADMIN.into(),
        },
    };
    let written = record(&opts).unwrap();
    let _ = stop_tx.send(());
    server.join().unwrap();

    let recorded = texts(out.path());
    assert_eq!(recorded.len(), written.len());
    let outcomes: Vec<String> = recorded
        .iter()
        .map(|(_, t)| {
            let f: Value = serde_json::from_str(t).unwrap();
            f["expect"]
                .as_object()
                .unwrap()
                .keys()
                .next()
                .unwrap()
                .clone()
        })
        .collect();
    assert!(outcomes.iter().any(|o| o == "success"), "{outcomes:?}");
    assert!(outcomes.iter().any(|o| o == "error"), "{outcomes:?}");
    for (file, text) in &recorded {
        assert!(!text.contains(KEY), "{file}");
    }
    // Every endpoint is recorded at least once, and every recorded case passes.
    for info in tencent_chat::ENDPOINTS {
        let dir = format!("{}/{}/", info.service, info.command);
        assert!(
            recorded.iter().any(|(f, _)| f.contains(&dir)),
            "nothing recorded for {}",
            info.path
        );
    }
    let mut check = Options::for_workspace(&root);
    check.fixtures = out.path().to_path_buf();
    let report = conformance::run(&check).unwrap();
    for f in &report.fixtures {
        for c in &f.checks {
            assert_eq!(c.status, Status::Pass, "{} {:?}", f.file, c.check);
        }
    }
}
