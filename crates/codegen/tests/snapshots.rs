//! The generator's formatted output for every committed spec, compared with
//! committed snapshots under `tests/snapshots/`. A change to generated code shows up
//! as a readable diff; accept it with `UPDATE_EXPECT=1 cargo test -p tencent-chat-codegen`.

use std::path::Path;

use proc_macro2::TokenStream;
use tencent_chat_codegen::{Options, endpoint_tokens, shared_tokens};

/// Formats tokens as Rust source; the raw token text, marked, if they do not parse
/// as a file (a generator bug).
fn format_tokens(tokens: &TokenStream) -> String {
    match syn2::parse2::<syn2::File>(tokens.clone()) {
        Ok(file) => prettyplease::unparse(&file),
        Err(e) => format!("// does not parse: {e}\n{tokens}"),
    }
}

fn endpoint_source(
    set: &tencent_chat_spec::SpecSet,
    endpoint: &tencent_chat_spec::Endpoint,
    options: &Options,
) -> String {
    format_tokens(&endpoint_tokens(set, endpoint, options))
}

fn shared_source(set: &tencent_chat_spec::SpecSet, options: &Options) -> String {
    format_tokens(&shared_tokens(set, options))
}

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

#[test]
fn services_are_gated_by_features_inside_the_runtime_only() {
    let set = specs();
    let inside = tencent_chat_codegen::generate(&set, &Options::inside_runtime()).to_string();
    let mut services: Vec<&str> = set.endpoints.iter().map(|e| e.service.as_str()).collect();
    services.dedup();
    for service in services {
        // The feature is the folder's name; the module its snake_case form
        // (`ConfigSvc` -> `config_svc`).
        let module = tencent_chat_spec::names::service_module(service);
        let gate = format!("# [cfg (feature = \"{service}\")] pub mod {module}");
        assert!(inside.contains(&gate), "no `{gate}`");
        // Registry entries and Client methods too: one gate per endpoint each, plus
        // the module.
        let gates = inside
            .matches(&format!("cfg (feature = \"{service}\")"))
            .count();
        let endpoints = set
            .endpoints
            .iter()
            .filter(|e| e.service == service)
            .count();
        assert_eq!(gates, 1 + 2 * endpoints, "{service}");
    }
    let outside = tencent_chat_codegen::generate(&set, &Options::external()).to_string();
    assert!(
        !outside.contains("feature ="),
        "no gate outside tencent-chat"
    );
}
