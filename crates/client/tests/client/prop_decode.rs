//! Property tests of response decoding, for every endpoint of the registry (through
//! its type-erased hooks): arbitrary bytes, arbitrary JSON and mutations of the
//! fixtures' responses never make decoding panic, and a decoded response encodes to
//! something that decodes to the same value. One property drives the whole call path
//! (`EndpointHooks::call`) against a server on 127.0.0.1 that answers the body under
//! test.

use std::fs;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use serde_json::{Map, Value};
use tencent_chat::envelope::ResponseEnvelope;
use tencent_chat::{
    CallFailure, CallOptions, Client, Credentials, ENDPOINTS, EndpointInfo, RateLimitMode,
    RetryPolicy,
};

/// One fixture's response body and the input of the endpoint's documented sample.
struct Fixtures {
    /// `(endpoint index, response body bytes)` of every fixture with a response.
    responses: Vec<(usize, Vec<u8>)>,
    /// The documented sample's input, per endpoint index.
    inputs: Vec<Value>,
    /// Every object key seen in a fixture response, to bias arbitrary JSON.
    keys: Vec<String>,
}

fn fixtures() -> &'static Fixtures {
    static FIXTURES: OnceLock<Fixtures> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
        let mut responses = Vec::new();
        let mut inputs = Vec::new();
        let mut keys = std::collections::BTreeSet::new();
        for (i, info) in ENDPOINTS.iter().enumerate() {
            let dir = root.join(info.service).join(info.command);
            let mut files: Vec<PathBuf> = fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|e| e.unwrap().path())
                .collect();
            files.sort();
            let mut input = None;
            for file in files {
                let fixture: Value =
                    serde_json::from_str(&fs::read_to_string(&file).unwrap()).unwrap();
                if file.file_name().unwrap() == "documented_sample.json" {
                    input = Some(fixture["input"].clone());
                }
                let response = &fixture["response"];
                if let Some(body) = response.get("body") {
                    collect_keys(body, &mut keys);
                    responses.push((i, serde_json::to_vec(body).unwrap()));
                } else if let Some(text) = response.get("body_text").and_then(Value::as_str) {
                    responses.push((i, text.as_bytes().to_vec()));
                }
            }
            inputs.push(input.unwrap_or_else(|| panic!("{}: no documented sample", info.path)));
        }
        Fixtures {
            responses,
            inputs,
            keys: keys.into_iter().collect(),
        }
    })
}

fn collect_keys(v: &Value, keys: &mut std::collections::BTreeSet<String>) {
    match v {
        Value::Array(a) => a.iter().for_each(|v| collect_keys(v, keys)),
        Value::Object(o) => {
            for (k, v) in o {
                keys.insert(k.clone());
                collect_keys(v, keys);
            }
        }
        _ => {}
    }
}

/// Any JSON value; object keys are mostly the fixtures' own, so that values land in
/// the typed fields.
fn any_json() -> impl Strategy<Value = Value> {
    let keys = prop::sample::select(fixtures().keys.clone());
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::num::f64::NORMAL.prop_map(Value::from),
        prop_oneof![
            Just("OK".to_owned()),
            Just("FAIL".to_owned()),
            "-?[0-9]{1,21}",
            any::<String>()
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        let key = prop_oneof![3 => keys.clone(), 1 => "[A-Za-z_]{0,10}"];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// An envelope around an arbitrary object: `ActionStatus`/`ErrorCode` present (often
/// 0) so that decoding goes on to the endpoint's fields.
fn envelope_json() -> impl Strategy<Value = Value> {
    (
        any_json(),
        prop_oneof![3 => Just(Value::from(0)), 1 => any::<i64>().prop_map(Value::from), 1 => any_json()],
        prop_oneof![Just(Value::from("OK")), Just(Value::from("FAIL")), any_json()],
    )
        .prop_map(|(body, code, status)| {
            let mut map = match body {
                Value::Object(map) => map,
                other => Map::from_iter([("Extra".to_owned(), other)]),
            };
            map.insert("ErrorCode".to_owned(), code);
            map.insert("ActionStatus".to_owned(), status);
            Value::Object(map)
        })
}

#[derive(Debug, Clone)]
enum JsonMutation {
    Drop(usize),
    Replace(usize, Value),
}

/// Drops or replaces the `n`-th node (pre-order, modulo the node count; the root
/// cannot be dropped).
fn mutate_json(doc: &Value, m: &JsonMutation) -> Value {
    fn count(v: &Value) -> usize {
        1 + match v {
            Value::Array(a) => a.iter().map(count).sum(),
            Value::Object(o) => o.values().map(count).sum(),
            _ => 0,
        }
    }
    fn walk(v: &mut Value, n: &mut usize, m: &JsonMutation) -> bool {
        let children: Vec<Value> = match v {
            Value::Array(a) => a.clone(),
            Value::Object(o) => o.values().cloned().collect(),
            _ => return false,
        };
        for i in 0..children.len() {
            if *n == 0 {
                match (v, m) {
                    (Value::Array(a), JsonMutation::Drop(_)) => {
                        a.remove(i);
                    }
                    (Value::Array(a), JsonMutation::Replace(_, new)) => a[i] = new.clone(),
                    (Value::Object(o), JsonMutation::Drop(_)) => {
                        let key = o.keys().nth(i).cloned().unwrap();
                        o.remove(&key);
                    }
                    (Value::Object(o), JsonMutation::Replace(_, new)) => {
                        *o.values_mut().nth(i).unwrap() = new.clone();
                    }
                    _ => unreachable!(),
                }
                return true;
            }
            *n -= 1;
            let child = match v {
                Value::Array(a) => &mut a[i],
                Value::Object(o) => o.values_mut().nth(i).unwrap(),
                _ => unreachable!(),
            };
            if walk(child, n, m) {
                return true;
            }
        }
        false
    }
    let mut doc = doc.clone();
    let pick = match m {
        JsonMutation::Drop(i) | JsonMutation::Replace(i, _) => *i,
    };
    let n = pick % count(&doc);
    if n == 0 {
        if let JsonMutation::Replace(_, new) = m {
            doc = new.clone();
        }
    } else {
        let mut rest = n - 1;
        walk(&mut doc, &mut rest, m);
    }
    doc
}

#[derive(Debug, Clone)]
enum ByteMutation {
    Set(usize, u8),
    Delete(usize),
    Insert(usize, u8),
    Truncate(usize),
}

fn mutate_bytes(bytes: &[u8], edits: &[ByteMutation]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for edit in edits {
        let len = out.len();
        match *edit {
            ByteMutation::Set(i, b) if len > 0 => out[i % len] = b,
            ByteMutation::Delete(i) if len > 0 => {
                out.remove(i % len);
            }
            ByteMutation::Insert(i, b) => out.insert(i % (len + 1), b),
            ByteMutation::Truncate(i) => out.truncate(i % (len + 1)),
            _ => {}
        }
    }
    out
}

fn byte_mutation() -> impl Strategy<Value = ByteMutation> {
    // Bytes that matter to JSON more often than others.
    let byte = prop_oneof![
        prop::sample::select(b"{}[]\",:0123456789-.eE \\ntfu".to_vec()),
        any::<u8>()
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(i, b)| ByteMutation::Set(i, b)),
        any::<usize>().prop_map(ByteMutation::Delete),
        (any::<usize>(), byte).prop_map(|(i, b)| ByteMutation::Insert(i, b)),
        any::<usize>().prop_map(ByteMutation::Truncate),
    ]
}

/// A response body: a fixture's response mutated as JSON or as bytes, an arbitrary
/// envelope, arbitrary JSON, or arbitrary bytes.
fn any_body() -> impl Strategy<Value = Vec<u8>> {
    let responses = fixtures().responses.clone();
    let fixture = prop::sample::select(responses).prop_map(|(_, body)| body);
    let json_mutation = prop_oneof![
        any::<usize>().prop_map(JsonMutation::Drop),
        (any::<usize>(), any_json()).prop_map(|(i, v)| JsonMutation::Replace(i, v)),
    ];
    prop_oneof![
        3 => (fixture.clone(), prop::collection::vec(json_mutation, 1..3)).prop_map(|(body, ms)| {
            match serde_json::from_slice::<Value>(&body) {
                Ok(mut doc) => {
                    for m in &ms {
                        doc = mutate_json(&doc, m);
                    }
                    serde_json::to_vec(&doc).unwrap()
                }
                Err(_) => body,
            }
        }),
        2 => (fixture, prop::collection::vec(byte_mutation(), 1..4))
            .prop_map(|(body, edits)| mutate_bytes(&body, &edits)),
        2 => envelope_json().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        1 => any_json().prop_map(|v| serde_json::to_vec(&v).unwrap()),
        1 => prop::collection::vec(any::<u8>(), 0..64),
    ]
}

/// Decodes `bytes` as every endpoint's answer, as the client does (the envelope,
/// the error code's classification, the endpoint's fields), and checks that a
/// decoded response encodes to JSON that decodes to the same value again.
fn decode_everywhere(bytes: &[u8]) -> Result<(), TestCaseError> {
    let envelope = serde_json::from_slice::<ResponseEnvelope>(bytes);
    let value = serde_json::from_slice::<Value>(bytes);
    for info in ENDPOINTS.iter() {
        if let Ok(envelope) = &envelope {
            let code = envelope.code();
            let _ = (envelope.info(), envelope.display());
            let (name, _) = (info.classify_error)(code);
            prop_assert!(!name.is_empty(), "{}: code {code} has no name", info.path);
        }
        if let Ok(value) = &value
            && let Ok(once) = (info.hooks.reencode_response)(value)
        {
            let twice = (info.hooks.reencode_response)(&once);
            prop_assert_eq!(
                twice.as_ref(),
                Ok(&once),
                "{}: the re-encoded response of {} does not decode to itself",
                info.path,
                value
            );
        }
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
    #![proptest_config(config(256))]

    /// Arbitrary bytes, JSON, envelopes and mutated fixture responses, decoded as the
    /// answer of every endpoint.
    #[test]
    fn decoding_never_panics(body in any_body()) {
        decode_everywhere(&body)?;
    }

    /// Every error code, classified by every endpoint's error enum.
    #[test]
    fn every_code_is_classified(code in prop_oneof![any::<i64>(), 0i64..200_000]) {
        for info in ENDPOINTS.iter() {
            let (name, _) = (info.classify_error)(code);
            prop_assert!(!name.is_empty());
        }
    }
}

/// A server on 127.0.0.1 that answers every request with the body under test.
struct Responder {
    body: Arc<Mutex<Vec<u8>>>,
    runtime: tokio::runtime::Runtime,
    client: Client,
}

fn responder() -> &'static Responder {
    static RESPONDER: OnceLock<Responder> = OnceLock::new();
    RESPONDER.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let body = Arc::new(Mutex::new(Vec::new()));
        let shared = body.clone();
        let addr = runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let addr = listener.local_addr().unwrap();
            let app = axum::Router::new().fallback(move || {
                let body = shared.lock().unwrap().clone();
                async move { ([("content-type", "application/json")], body) }
            });
            tokio::spawn(async move { axum::serve(listener, app).await });
            addr
        });
        Responder {
            body,
            runtime,
            client: client(addr),
        }
    })
}

fn client(addr: SocketAddr) -> Client {
    Client::builder()
        .credentials(Credentials::new(1_400_000_000, "prop-decode-test-key"))
        .base_url(format!("http://{addr}"))
        .retry(RetryPolicy::none())
        .rate_limit(RateLimitMode::Off)
        .build()
        .unwrap()
}

/// What a call answered with `body` may be, whatever the body.
fn check_call(
    info: &EndpointInfo,
    body: &[u8],
    result: Result<Value, CallFailure>,
) -> Result<(), TestCaseError> {
    let envelope = serde_json::from_slice::<ResponseEnvelope>(body);
    match result {
        Ok(response) => {
            prop_assert!(
                matches!(&envelope, Ok(e) if e.code() == 0),
                "{}: success from a body whose envelope is not a success: {}",
                info.path,
                String::from_utf8_lossy(body)
            );
            prop_assert!((info.hooks.reencode_response)(&response).is_ok());
        }
        Err(CallFailure::Service { code, .. }) => {
            prop_assert!(
                matches!(&envelope, Ok(e) if e.code() == code && code != 0),
                "{}: service error {code} from {}",
                info.path,
                String::from_utf8_lossy(body)
            );
        }
        Err(CallFailure::Undecodable { .. }) => {}
        Err(other) => {
            prop_assert!(false, "{}: unexpected failure {other}", info.path);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(64))]

    /// The whole call path of a random endpoint (its documented sample's input) on a
    /// random body: a typed success, a service error or a decode error; never a panic.
    #[test]
    fn the_call_path_never_panics(body in any_body(), which in any::<prop::sample::Index>()) {
        let responder = responder();
        let index = which.index(ENDPOINTS.len());
        let info = ENDPOINTS[index];
        let input = fixtures().inputs[index].clone();
        *responder.body.lock().unwrap() = body.clone();
        let result = responder.runtime.block_on(async {
            (info.hooks.call)(&responder.client, input, CallOptions::new()).await
        });
        check_call(info, &body, result)?;
    }
}

/// The responder serves the body under test: each endpoint's documented sample
/// answer decodes to a success through the call path.
#[test]
fn documented_samples_succeed_through_the_responder() {
    let responder = responder();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    for (index, info) in ENDPOINTS.iter().enumerate() {
        let file = root
            .join(info.service)
            .join(info.command)
            .join("documented_sample.json");
        let fixture: Value = serde_json::from_str(&fs::read_to_string(file).unwrap()).unwrap();
        *responder.body.lock().unwrap() = serde_json::to_vec(&fixture["response"]["body"]).unwrap();
        let input = fixtures().inputs[index].clone();
        let result = responder.runtime.block_on(async {
            (info.hooks.call)(&responder.client, input, CallOptions::new()).await
        });
        assert!(result.is_ok(), "{}: {:?}", info.path, result.err());
    }
}
