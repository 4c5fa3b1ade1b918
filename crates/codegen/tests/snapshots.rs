//! The generator's formatted output for every committed spec, compared with
//! committed snapshots under `tests/snapshots/`. A change to generated code shows up
//! as a readable diff; accept it with `UPDATE_EXPECT=1 cargo test -p tencent-chat-codegen`.

use std::path::Path;

use tencent_chat_codegen::{Options, endpoint_source, shared_source};

fn specs() -> tencent_chat_spec::SpecSet {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs");
    match tencent_chat_spec::load_dir(&dir).result {
        Ok(set) => set,
        Err(problems) => panic!("{problems}"),
    }
}

#[test]
fn every_endpoint_matches_its_snapshot() {
    let set = specs();
    let options = Options::inside_runtime();
    assert!(!set.endpoints.is_empty());
    for endpoint in &set.endpoints {
        let source = endpoint_source(&set, endpoint, &options);
        assert!(!source.starts_with("// does not parse"), "{source}");
        let path = format!(
            "{}/tests/snapshots/{}/{}.rs",
            env!("CARGO_MANIFEST_DIR"),
            endpoint.service,
            endpoint.command
        );
        // expect-test writes the file but not its folder (a new service).
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            std::fs::create_dir_all(Path::new(&path).parent().unwrap()).unwrap();
        }
        expect_test::expect_file![path].assert_eq(&source);
    }
}

#[test]
fn shared_items_match_their_snapshot() {
    let set = specs();
    let source = shared_source(&set, &Options::inside_runtime());
    assert!(!source.starts_with("// does not parse"), "{source}");
    expect_test::expect_file![format!(
        "{}/tests/snapshots/shared.rs",
        env!("CARGO_MANIFEST_DIR")
    )]
    .assert_eq(&source);
}

#[test]
fn external_runtime_paths_are_used_throughout() {
    let set = specs();
    let endpoint = &set.endpoints[0];
    let source = endpoint_source(&set, endpoint, &Options::external());
    assert!(source.contains("::tencent_chat::Endpoint for"), "{source}");
    assert!(
        !source.contains("crate::"),
        "no path into the invoking crate: {source}"
    );
}

#[test]
fn generation_is_deterministic() {
    let set = specs();
    let options = Options::inside_runtime();
    let a = tencent_chat_codegen::generate(&set, &options).to_string();
    let b = tencent_chat_codegen::generate(&set, &options).to_string();
    assert_eq!(a, b);
}
