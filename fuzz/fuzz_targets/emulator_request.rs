//! The emulator's request handling on any body: the first byte picks the endpoint,
//! the rest is POSTed to it on 127.0.0.1 with a valid UserSig. The answer must be the
//! service's HTTP status with a JSON envelope whose ActionStatus agrees with its
//! ErrorCode, a code the endpoint can answer, and on success the endpoint's fields.
//! A panic in the emulator aborts the process (libFuzzer's panic hook).
#![no_main]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use tencent_chat::envelope::{HTTP_STATUS, QUERY, ResponseEnvelope};
use tencent_chat::{ENDPOINTS, ERROR_CODES, EndpointInfo};
use tencent_chat_emulator::{Emulator, Group, GroupType};

struct Harness {
    runtime: tokio::runtime::Runtime,
    emulator: Emulator,
    http: reqwest::Client,
    query: Vec<(String, String)>,
}

/// Every string of the fixtures' request bodies: group ids and accounts to seed.
fn fixture_strings() -> BTreeSet<String> {
    fn collect(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::String(s) if !s.is_empty() && s.len() <= 32 => {
                out.insert(s.clone());
            }
            Value::Array(a) => a.iter().for_each(|v| collect(v, out)),
            Value::Object(o) => o.values().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    let mut out = BTreeSet::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
    for info in ENDPOINTS.iter() {
        let Ok(entries) = fs::read_dir(root.join(info.service).join(info.command)) else {
            continue;
        };
        for entry in entries.flatten() {
            if let Ok(text) = fs::read_to_string(entry.path())
                && let Ok(fixture) = serde_json::from_str::<Value>(&text)
            {
                collect(&fixture["input"], &mut out);
            }
        }
    }
    out
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let emulator = runtime
            .block_on(Emulator::builder().rate_limits(false).start())
            .unwrap();
        let strings = fixture_strings();
        let accounts: Vec<&str> = strings
            .iter()
            .filter(|s| !s.starts_with("@TGS"))
            .map(String::as_str)
            .collect();
        let types = [
            GroupType::Private,
            GroupType::Public,
            GroupType::ChatRoom,
            GroupType::AvChatRoom,
            GroupType::Community,
        ];
        emulator.with_state(|s| {
            s.add_accounts(accounts.iter().copied());
            for (i, id) in strings.iter().filter(|s| s.starts_with("@TGS")).enumerate() {
                let group = Group::new(types[i % types.len()])
                    .owner(accounts.first().copied().unwrap_or("owner"))
                    .members(accounts.iter().skip(1).take(20).copied());
                s.add_group(id.as_str(), group);
            }
        });
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let credentials = emulator.credentials();
        let sig = credentials.sign(now, 86_400);
        let mut query = vec![
            (QUERY.app_id.to_owned(), credentials.app_id().to_string()),
            (
                QUERY.identifier.to_owned(),
                credentials.admin_identifier().to_owned(),
            ),
            (QUERY.signature.to_owned(), sig.expose().to_owned()),
            (QUERY.nonce.to_owned(), "4242".to_owned()),
        ];
        query.extend(
            QUERY
                .fixed
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        );
        Harness {
            runtime,
            emulator,
            http: reqwest::Client::new(),
            query,
        }
    })
}

fn documented(info: &EndpointInfo, code: i64) -> bool {
    info.errors.iter().any(|e| i64::from(e.code) == code)
        || ERROR_CODES
            .iter()
            .any(|e| e.public && i64::from(e.code) == code)
        || i64::from(info.invalid_request_code) == code
        || info
            .invalid_request_fields
            .iter()
            .any(|f| i64::from(f.code) == code)
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, body)) = data.split_first() else {
        return;
    };
    let h = harness();
    let info = ENDPOINTS[usize::from(which) % ENDPOINTS.len()];
    let url = format!("{}/{}", h.emulator.base_url(), info.path);
    let (status, bytes) = h
        .runtime
        .block_on(async {
            let response = h
                .http
                .post(&url)
                .query(&h.query)
                .header("content-type", "application/json")
                .body(body.to_vec())
                .send()
                .await?;
            let status = response.status().as_u16();
            Ok::<_, reqwest::Error>((status, response.bytes().await?))
        })
        .unwrap_or_else(|e| panic!("{}: no answer: {e}", info.path));
    assert_eq!(status, HTTP_STATUS, "{}", info.path);
    let envelope = serde_json::from_slice::<ResponseEnvelope>(&bytes)
        .unwrap_or_else(|e| panic!("{}: not an envelope ({e})", info.path));
    let code = envelope.code();
    let value: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(
        value["ActionStatus"] == "OK",
        code == 0,
        "{}: {value}",
        info.path
    );
    if code == 0 {
        assert!(
            (info.hooks.reencode_response)(&value).is_ok(),
            "{}: success that is not the response: {value}",
            info.path
        );
    } else {
        assert!(
            documented(info, code),
            "{}: undocumented code {code}",
            info.path
        );
    }
});
