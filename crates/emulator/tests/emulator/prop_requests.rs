//! Property tests of the emulator's request handling: arbitrary bodies (bytes, JSON,
//! mutations of the fixtures' requests) POSTed with a valid UserSig to every endpoint
//! always get a well-formed answer: the service's HTTP status, a JSON envelope whose
//! ActionStatus agrees with its ErrorCode, a code the endpoint can answer, and on
//! success the endpoint's response fields. The emulator keeps serving afterwards.
//!
//! One emulator on 127.0.0.1 serves every case of a test; its state is seeded with the
//! groups and accounts the fixtures name so that mutated requests reach the handlers.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use serde_json::{Map, Value};
use tencent_chat::envelope::{HTTP_STATUS, QUERY, ResponseEnvelope};
use tencent_chat::{ENDPOINTS, ERROR_CODES, EndpointInfo};
use tencent_chat_emulator::{Emulator, Group, GroupType};

/// The fixtures' request bodies, per endpoint index, and every string they hold.
struct Fixtures {
    requests: Vec<(usize, Value)>,
    strings: Vec<String>,
    keys: Vec<String>,
}

fn fixtures() -> &'static Fixtures {
    static FIXTURES: OnceLock<Fixtures> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let mut requests = Vec::new();
        let mut strings = BTreeSet::new();
        let mut keys = BTreeSet::new();
        for (i, info) in ENDPOINTS.iter().enumerate() {
            let dir = root.join(info.service).join(info.command);
            let mut files: Vec<_> = fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            for file in files {
                let fixture: Value =
                    serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
                // Refused inputs have no request; their input is still a useful body.
                let body = fixture["request"]
                    .get("body")
                    .cloned()
                    .unwrap_or_else(|| fixture["input"].clone());
                collect(&body, &mut strings, &mut keys);
                requests.push((i, body));
            }
        }
        Fixtures {
            requests,
            strings: strings.into_iter().collect(),
            keys: keys.into_iter().collect(),
        }
    })
}

fn collect(v: &Value, strings: &mut BTreeSet<String>, keys: &mut BTreeSet<String>) {
    match v {
        Value::String(s) if s.len() <= 64 => {
            strings.insert(s.clone());
        }
        Value::Array(a) => a.iter().for_each(|v| collect(v, strings, keys)),
        Value::Object(o) => {
            for (k, v) in o {
                keys.insert(k.clone());
                collect(v, strings, keys);
            }
        }
        _ => {}
    }
}

/// Any JSON value, with the fixtures' keys and strings (group ids, accounts, enum
/// values) more often than not.
fn any_json() -> impl Strategy<Value = Value> {
    let f = fixtures();
    let strings = prop::sample::select(f.strings.clone());
    let keys = prop::sample::select(f.keys.clone());
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-3i64..300).prop_map(Value::from),
        prop::num::f64::NORMAL.prop_map(Value::from),
        prop_oneof![2 => strings.prop_map(Value::String), 1 => any::<String>().prop_map(Value::String)],
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        let key = prop_oneof![3 => keys.clone(), 1 => "[A-Za-z_]{0,10}"];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    /// Removes a child (key or item) of a container.
    Drop(usize, usize),
    /// Replaces a value by another.
    Replace(usize, Value),
    /// Repeats an array's items (long lists, duplicates).
    Grow(usize, usize),
}

/// Applies a mutation to the `n`-th node (pre-order, modulo the node count).
fn mutate(doc: &Value, m: &Mutation) -> Value {
    fn count(v: &Value) -> usize {
        1 + match v {
            Value::Array(a) => a.iter().map(count).sum(),
            Value::Object(o) => o.values().map(count).sum(),
            _ => 0,
        }
    }
    fn act(v: &mut Value, m: &Mutation) {
        match (m, v) {
            (Mutation::Drop(_, j), Value::Array(a)) if !a.is_empty() => {
                a.remove(j % a.len());
            }
            (Mutation::Drop(_, j), Value::Object(o)) if !o.is_empty() => {
                let key = o.keys().nth(j % o.len()).cloned().unwrap_or_default();
                o.remove(&key);
            }
            (Mutation::Replace(_, new), v) => *v = new.clone(),
            (Mutation::Grow(_, times), Value::Array(a)) if !a.is_empty() => {
                let items = a.clone();
                for i in 0..*times {
                    a.push(items[i % items.len()].clone());
                }
            }
            _ => {}
        }
    }
    fn walk(v: &mut Value, n: &mut usize, m: &Mutation) -> bool {
        if *n == 0 {
            act(v, m);
            return true;
        }
        *n -= 1;
        match v {
            Value::Array(a) => a.iter_mut().any(|c| walk(c, n, m)),
            Value::Object(o) => o.values_mut().any(|c| walk(c, n, m)),
            _ => false,
        }
    }
    let mut doc = doc.clone();
    let pick = match m {
        Mutation::Drop(i, _) | Mutation::Replace(i, _) | Mutation::Grow(i, _) => *i,
    };
    let mut n = pick % count(&doc);
    walk(&mut doc, &mut n, m);
    doc
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(i, j)| Mutation::Drop(i, j)),
        (any::<usize>(), any_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
        (any::<usize>(), 1usize..600).prop_map(|(i, t)| Mutation::Grow(i, t)),
    ]
}

/// A fixture's request, mutated once or twice, with its endpoint's index.
fn mutated_request() -> impl Strategy<Value = (usize, Vec<u8>)> {
    (
        prop::sample::select(fixtures().requests.clone()),
        prop::collection::vec(mutation(), 0..3),
    )
        .prop_map(|((i, body), ms)| {
            let body = ms.iter().fold(body, |doc, m| mutate(&doc, m));
            (i, serde_json::to_vec(&body).unwrap())
        })
}

/// Any body: arbitrary bytes, arbitrary JSON, or a mutated fixture request (cut at
/// a random byte, sometimes).
fn any_body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => prop::collection::vec(any::<u8>(), 0..128),
        2 => any_json().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        3 => mutated_request().prop_map(|(_, body)| body),
        1 => (mutated_request(), any::<prop::sample::Index>()).prop_map(|((_, body), cut)| {
            body[..cut.index(body.len() + 1)].to_vec()
        }),
    ]
}

/// The emulator, its runtime, a plain HTTP client and a UserSig for the admin.
struct Harness {
    runtime: tokio::runtime::Runtime,
    emulator: Emulator,
    http: reqwest::Client,
    query: Vec<(String, String)>,
}

fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Harness> = OnceLock::new();
    HARNESS.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let emulator = runtime.block_on(async {
            Emulator::builder()
                .rate_limits(false)
                .start()
                .await
                .unwrap()
        });
        seed(&emulator);
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

/// Groups of every type under the ids the fixtures use, with the fixtures' strings as
/// accounts and members, so that mutated requests find what they name.
fn seed(emulator: &Emulator) {
    let f = fixtures();
    let accounts: Vec<&String> = f
        .strings
        .iter()
        .filter(|s| !s.is_empty() && !s.starts_with("@TGS") && s.len() <= 32)
        .collect();
    let types = [
        GroupType::Private,
        GroupType::Public,
        GroupType::ChatRoom,
        GroupType::AvChatRoom,
        GroupType::Community,
    ];
    emulator.with_state(|s| {
        s.add_accounts(accounts.iter().map(|a| a.as_str()));
        for (i, id) in f
            .strings
            .iter()
            .filter(|s| s.starts_with("@TGS"))
            .enumerate()
        {
            let group = Group::new(types[i % types.len()].clone())
                .owner(accounts[0].as_str())
                .members(accounts.iter().skip(1).take(20).map(|a| a.as_str()));
            s.add_group(id.as_str(), group);
        }
    });
}

/// Whether `code` is one the endpoint may answer: its own codes, the public ones and
/// its invalid-request codes.
fn documented(info: &EndpointInfo, code: i64) -> bool {
    info.errors.iter().any(|e| e.code == code)
        || ERROR_CODES.iter().any(|e| e.public && e.code == code)
        || info.invalid_request_code == code
        || info.invalid_request_fields.iter().any(|f| f.code == code)
}

/// POSTs `body` to the endpoint and checks the answer is well formed.
fn post(h: &Harness, info: &EndpointInfo, body: &[u8]) -> Result<(), TestCaseError> {
    let url = format!("{}/{}", h.emulator.base_url(), info.path);
    let answer = h.runtime.block_on(async {
        let response = h
            .http
            .post(&url)
            .query(&h.query)
            .header("content-type", "application/json")
            .body(body.to_vec())
            .send()
            .await?;
        let status = response.status().as_u16();
        let bytes = response.bytes().await?;
        Ok::<_, reqwest::Error>((status, bytes))
    });
    let shown = || {
        String::from_utf8_lossy(body)
            .chars()
            .take(300)
            .collect::<String>()
    };
    let (status, bytes) = match answer {
        Ok(answer) => answer,
        Err(e) => {
            return Err(TestCaseError::fail(format!(
                "{}: no answer ({e}) to {}",
                info.path,
                shown()
            )));
        }
    };
    prop_assert_eq!(status, HTTP_STATUS, "{}: status for {}", info.path, shown());
    let envelope = serde_json::from_slice::<ResponseEnvelope>(&bytes);
    prop_assert!(
        envelope.is_ok(),
        "{}: not an envelope: {} (for {})",
        info.path,
        String::from_utf8_lossy(&bytes),
        shown()
    );
    let code = envelope.unwrap().code();
    let value: Value = serde_json::from_slice(&bytes).unwrap();
    let status_text = value["ActionStatus"].as_str().unwrap_or_default();
    prop_assert_eq!(
        status_text == "OK",
        code == 0,
        "{}: ActionStatus {} with ErrorCode {}",
        info.path,
        status_text,
        code
    );
    if code == 0 {
        prop_assert!(
            (info.hooks.reencode_response)(&value).is_ok(),
            "{}: success that is not the endpoint's response: {}",
            info.path,
            value
        );
    } else {
        prop_assert!(
            documented(info, code),
            "{}: answered {} (undocumented for this endpoint): {} (for {})",
            info.path,
            code,
            value,
            shown()
        );
    }
    Ok(())
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// One body to every endpoint: 48 cases of as many requests as there are endpoints.
    #[test]
    fn any_body_to_every_endpoint(body in any_body()) {
        let h = harness();
        for info in ENDPOINTS.iter() {
            post(h, info, &body)?;
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// Mutations of the fixtures' requests to their own endpoint, where they get past
    /// decoding into the handlers.
    #[test]
    fn mutated_requests_to_their_endpoint((index, body) in mutated_request()) {
        post(harness(), ENDPOINTS[index], &body)?;
    }
}

/// The unmutated fixture requests all get well-formed answers, and some succeed: the
/// harness reaches the handlers.
#[test]
fn fixture_requests_are_answered() {
    let h = harness();
    let mut successes = 0;
    for (index, body) in &fixtures().requests {
        let info = ENDPOINTS[*index];
        post(h, info, &serde_json::to_vec(body).unwrap()).unwrap();
        let url = format!("{}/{}", h.emulator.base_url(), info.path);
        let ok = h.runtime.block_on(async {
            let r = h
                .http
                .post(&url)
                .query(&h.query)
                .body(serde_json::to_vec(body).unwrap())
                .send()
                .await
                .unwrap();
            let v: Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
            v["ErrorCode"] == 0
        });
        successes += usize::from(ok);
    }
    assert!(successes > 0, "no fixture request succeeded");
}
