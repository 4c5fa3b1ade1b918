//! Property tests of UserSig verification: arbitrary strings and documents never make
//! `verify` panic or succeed, and a valid UserSig changed in any way is refused.

use std::io::Write;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{Value, json};
use tencent_chat::usersig::{VerifyError, sign, verify};

const KEY: &[u8] = b"prop-usersig-test-key";
const APP: u32 = 1_400_000_000;
const ADMIN: &str = "administrator";
const TIME: u64 = 1_700_000_000;
const EXPIRE: u64 = 86_400;
const NOW: u64 = TIME + 60;

/// The URL-safe alphabet of a UserSig: base64 with `*`, `-`, `_` for `+`, `/`, `=`.
const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-_";

/// Compresses and encodes a document the way a UserSig carries it.
fn wrap(doc: &[u8]) -> String {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(doc).unwrap();
    STANDARD
        .encode(encoder.finish().unwrap())
        .chars()
        .map(|c| match c {
            '+' => '*',
            '/' => '-',
            '=' => '_',
            c => c,
        })
        .collect()
}

/// The document inside a UserSig, decoded with no other check: base64, then one zlib
/// stream that must span the whole data.
fn unwrap(usersig: &str) -> Option<Vec<u8>> {
    let b64: String = usersig
        .chars()
        .map(|c| match c {
            '*' => '+',
            '-' => '/',
            '_' => '=',
            c => c,
        })
        .collect();
    let compressed = STANDARD.decode(b64).ok()?;
    let mut json = Vec::new();
    let mut decoder = flate2::read::ZlibDecoder::new(&compressed[..]);
    std::io::Read::read_to_end(&mut decoder, &mut json).ok()?;
    (decoder.total_in() == compressed.len() as u64).then_some(json)
}

fn valid() -> String {
    sign(KEY, APP, ADMIN, TIME, EXPIRE).expose().to_owned()
}

/// A JSON value for a field of the document: numbers of every range, numbers in
/// strings, and anything else.
fn field_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        prop::num::f64::ANY
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        any::<u64>().prop_map(|n| Value::from(n.to_string())),
        Just(Value::from(u64::MAX)),
        Just(Value::from(u64::MAX.to_string())),
        ".{0,12}".prop_map(Value::from),
        Just(Value::Null),
        Just(json!([])),
        Just(json!({})),
    ]
}

#[derive(Debug, Clone)]
enum Edit {
    Set(usize, u8),
    Delete(usize),
    Insert(usize, u8),
    Truncate(usize),
    Append(Vec<u8>),
    /// Drops the base64 padding (`_`) and appends characters: bytes after the zlib
    /// stream.
    Extend(Vec<u8>),
}

fn edit() -> impl Strategy<Value = Edit> {
    let ch = prop_oneof![4 => prop::sample::select(ALPHABET.to_vec()), 1 => any::<u8>()];
    prop_oneof![
        (any::<usize>(), ch.clone()).prop_map(|(i, c)| Edit::Set(i, c)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), ch.clone()).prop_map(|(i, c)| Edit::Insert(i, c)),
        any::<usize>().prop_map(Edit::Truncate),
        prop::collection::vec(ch.clone(), 1..8).prop_map(Edit::Append),
        prop::collection::vec(ch, 1..8).prop_map(Edit::Extend),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for e in edits {
        let len = bytes.len();
        match e {
            Edit::Set(i, c) if len > 0 => bytes[i % len] = *c,
            Edit::Delete(i) if len > 0 => {
                bytes.remove(i % len);
            }
            Edit::Insert(i, c) => bytes.insert(i % (len + 1), *c),
            Edit::Truncate(i) => bytes.truncate(i % (len + 1)),
            Edit::Append(tail) => bytes.extend_from_slice(tail),
            Edit::Extend(tail) => {
                while bytes.last() == Some(&b'_') {
                    bytes.pop();
                }
                bytes.extend_from_slice(tail);
            }
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
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

    /// Any string: refused, never a panic.
    #[test]
    fn arbitrary_strings_are_refused(s in prop_oneof![any::<String>(), "[A-Za-z0-9*_-]{0,300}"]) {
        prop_assert!(verify(&s, KEY, APP, ADMIN, NOW).is_err());
    }

    /// Any bytes, compressed and encoded as a UserSig is: refused, never a panic.
    #[test]
    fn arbitrary_documents_are_refused(doc in prop::collection::vec(any::<u8>(), 0..256)) {
        prop_assert!(verify(&wrap(&doc), KEY, APP, ADMIN, NOW).is_err());
    }

    /// A document with the right shape and arbitrary values (huge times, numbers in
    /// strings, negative or fractional numbers, wrong types): never a panic, and
    /// accepted only with the signature of exactly its claims.
    #[test]
    fn documents_with_arbitrary_fields(
        app in field_value(),
        identifier in prop_oneof![Just(Value::from(ADMIN)), field_value()],
        time in prop_oneof![Just(Value::from(TIME)), field_value()],
        expire in prop_oneof![Just(Value::from(EXPIRE)), field_value()],
        sig in prop_oneof![field_value(), "[A-Za-z0-9+/]{43}=".prop_map(Value::from)],
        now in any::<u64>(),
    ) {
        let doc = json!({
            "TLS.ver": "2.0",
            "TLS.identifier": identifier,
            "TLS.sdkappid": app,
            "TLS.expire": expire,
            "TLS.time": time,
            "TLS.sig": sig,
        });
        let text = wrap(doc.to_string().as_bytes());
        prop_assert!(verify(&text, KEY, APP, ADMIN, now).is_err());
    }

    /// A valid UserSig with its text changed (characters replaced, removed, inserted,
    /// the end cut or extended) is refused. The one exception is a change the zlib
    /// format itself ignores (the unused bits that pad the last deflate block to a
    /// byte, for instance): the document inside is then byte for byte the original,
    /// so nothing it claims has changed. Refusing those too would need one canonical
    /// compression, which the signing libraries of other languages do not produce.
    #[test]
    fn mutated_usersigs_are_refused(edits in prop::collection::vec(edit(), 1..4)) {
        let original = valid();
        let mutated = apply(&original, &edits);
        prop_assume!(mutated != original);
        if verify(&mutated, KEY, APP, ADMIN, NOW).is_ok() {
            prop_assert_eq!(
                unwrap(&mutated),
                unwrap(&original),
                "accepted {:?}, from {:?}, with another document",
                mutated,
                original
            );
        }
    }

    /// A valid UserSig whose signed claims or signature are changed, and signed
    /// nothing anew, is refused for the right reason.
    #[test]
    fn documents_with_a_changed_claim_are_refused(
        which in 0usize..5,
        number in any::<u64>(),
        text in ".{0,16}",
    ) {
        let original = json!({
            "TLS.ver": "2.0",
            "TLS.identifier": ADMIN,
            "TLS.sdkappid": APP,
            "TLS.expire": EXPIRE,
            "TLS.time": TIME,
        });
        let sig = {
            // The signature is the one `sign` computes; take it from a signed UserSig.
            let signed = valid();
            let b64: String = signed
                .chars()
                .map(|c| match c { '*' => '+', '-' => '/', '_' => '=', c => c })
                .collect();
            let compressed = STANDARD.decode(b64).unwrap();
            let mut json = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::ZlibDecoder::new(&compressed[..]), &mut json).unwrap();
            let doc: Value = serde_json::from_slice(&json).unwrap();
            doc["TLS.sig"].as_str().unwrap().to_owned()
        };
        let mut doc = original.clone();
        doc["TLS.sig"] = Value::from(sig.clone());
        prop_assert!(verify(&wrap(doc.to_string().as_bytes()), KEY, APP, ADMIN, NOW).is_ok());
        match which {
            0 => {
                prop_assume!(number != u64::from(APP));
                doc["TLS.sdkappid"] = Value::from(number);
            }
            1 => {
                prop_assume!(text != ADMIN);
                doc["TLS.identifier"] = Value::from(text);
            }
            2 => {
                prop_assume!(number != TIME);
                doc["TLS.time"] = Value::from(number);
            }
            3 => {
                prop_assume!(number != EXPIRE);
                doc["TLS.expire"] = Value::from(number);
            }
            _ => {
                let mut raw = STANDARD.decode(&sig).unwrap();
                let i = (number as usize) % raw.len();
                raw[i] ^= 1 << (number % 8);
                doc["TLS.sig"] = Value::from(STANDARD.encode(raw));
            }
        }
        let outcome = verify(&wrap(doc.to_string().as_bytes()), KEY, APP, ADMIN, NOW);
        let expected_reason = match which {
            0 => matches!(outcome, Err(VerifyError::WrongApp(_))),
            1 => matches!(outcome, Err(VerifyError::WrongIdentifier)),
            _ => matches!(outcome, Err(VerifyError::BadSignature)),
        };
        prop_assert!(expected_reason, "change {which}: {outcome:?}");
    }
}

/// The UserSig the mutations start from verifies.
#[test]
fn the_original_verifies() {
    assert!(verify(&valid(), KEY, APP, ADMIN, NOW).is_ok());
}

/// Bytes after the zlib stream are refused: the text differs, the document does not.
#[test]
fn data_after_the_zlib_stream_is_refused() {
    let original = valid();
    for tail in ["AAAA", "A", "AA_", "QUJD"] {
        let mut mutated = original.trim_end_matches('_').to_owned();
        mutated.push_str(tail);
        let outcome = verify(&mutated, KEY, APP, ADMIN, NOW);
        assert!(outcome.is_err(), "{mutated:?} accepted: {outcome:?}");
    }
}
