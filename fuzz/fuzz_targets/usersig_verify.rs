//! UserSig verification on any text, and on any document packed the way a UserSig
//! is (zlib, then the URL-safe base64): never a panic, never accepted (the fuzzer
//! cannot know the key's signature).
#![no_main]

use std::io::Write;

use libfuzzer_sys::fuzz_target;
use tencent_chat::usersig::verify;

const KEY: &[u8] = b"fuzz-usersig-key";
const APP: u32 = 1_400_000_000;
const ADMIN: &str = "administrator";

fn wrap(doc: &[u8]) -> String {
    use base64::Engine;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(doc).unwrap();
    base64::engine::general_purpose::STANDARD
        .encode(encoder.finish().unwrap())
        .replace('+', "*")
        .replace('/', "-")
        .replace('=', "_")
}

fuzz_target!(|data: &[u8]| {
    let now = 1_700_000_000;
    let text = String::from_utf8_lossy(data);
    assert!(verify(&text, KEY, APP, ADMIN, now).is_err());
    assert!(verify(&wrap(data), KEY, APP, ADMIN, now).is_err());
});
