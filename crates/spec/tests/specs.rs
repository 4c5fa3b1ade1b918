//! The committed specs: they load without problems, the committed meta-schemas are
//! current, and every file validates against its `$schema` with an independent
//! validator (the jsonschema crate).

use std::path::{Path, PathBuf};

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

#[test]
fn committed_specs_load_without_problems() {
    let loaded = tencent_chat_spec::load_dir(&specs_dir());
    let set = match loaded.result {
        Ok(set) => set,
        Err(problems) => panic!("the committed specs have problems:\n{problems}"),
    };
    let paths: Vec<String> = set.endpoints.iter().map(|e| e.path.clone()).collect();
    for seed in [
        "v4/group_open_http_svc/destroy_group",
        "v4/group_open_http_svc/delete_group_member",
        "v4/group_open_http_svc/delete_group_msg_by_sender",
        "v4/sns/group_delete",
    ] {
        assert!(
            paths.iter().any(|p| p == seed),
            "{seed} missing from {paths:?}"
        );
    }
    // Every file read is reported for rebuild tracking.
    assert!(loaded.files.iter().any(|f| f.ends_with("errors.json")));
    assert!(
        loaded
            .files
            .iter()
            .any(|f| f.ends_with("sns/group_delete.json"))
    );
}

#[test]
fn committed_meta_schemas_are_current() {
    let dir = specs_dir().join(tencent_chat_spec::SCHEMA_DIR);
    let mut stale = Vec::new();
    for (name, text) in tencent_chat_spec::meta_schemas() {
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        if committed != text {
            stale.push(name);
        }
    }
    assert!(
        stale.is_empty(),
        "stale meta-schemas {stale:?} under specs/schema/: run `cargo xtask meta-schema` and commit the result"
    );
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            if !path.ends_with(tencent_chat_spec::SCHEMA_DIR) {
                json_files(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

#[test]
fn every_spec_file_validates_against_its_schema() {
    let mut files = Vec::new();
    json_files(&specs_dir(), &mut files);
    assert!(
        files.len() >= 8,
        "expected the shared files and the four seed specs: {files:?}"
    );
    let mut failures = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
        let schema_rel = doc["$schema"]
            .as_str()
            .expect("every spec file names its $schema");
        let schema_path = file.parent().unwrap().join(schema_rel);
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&schema_path).unwrap()).unwrap();
        let validator = jsonschema::draft202012::new(&schema)
            .unwrap_or_else(|e| panic!("{}: bad schema: {e}", schema_path.display()));
        for error in validator.iter_errors(&doc) {
            failures.push(format!(
                "{}: {} at {}",
                file.display(),
                error,
                error.instance_path()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_meta_schema_rejects_what_the_loader_rejects() {
    // The independent validator is not vacuous: a spec with a misspelt key fails it.
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(specs_dir().join("schema/endpoint.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let mut doc: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(specs_dir().join("sns/group_delete.json")).unwrap(),
    )
    .unwrap();
    assert!(validator.is_valid(&doc));
    doc["rate_limt"] = serde_json::json!({"per_second": 1});
    assert!(!validator.is_valid(&doc));
}
