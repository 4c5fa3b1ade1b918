//! Every service folder under `specs/` has a cargo feature of the same name, listed in
//! `all-services` (on by default). The generator gates each service's items behind
//! that feature, so a service without one would silently never be compiled.

use std::collections::BTreeMap;
use std::path::Path;

/// The `[features]` table of this crate's Cargo.toml: name -> listed features.
fn features() -> BTreeMap<String, Vec<String>> {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let mut out = BTreeMap::new();
    let mut in_features = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_features = line == "[features]";
            continue;
        }
        if !in_features || line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, list) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("a feature on one line: {line}"));
        let list = list.trim();
        assert!(
            list.starts_with('[') && list.ends_with(']'),
            "a feature's list on one line: {line}"
        );
        let items = list[1..list.len() - 1]
            .split(',')
            .map(|s| s.trim().trim_matches('"').to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        out.insert(name.trim().to_owned(), items);
    }
    out
}

/// The service folders of `specs/`: folders holding at least one `.json` file.
fn services() -> Vec<String> {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("specs");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&specs).unwrap() {
        let path = entry.unwrap().path();
        // `schema` holds the meta-schemas; `webhooks` the callback specs, which are
        // not a service (their module is always generated).
        if !path.is_dir()
            || path
                .file_name()
                .is_some_and(|n| n == "schema" || n == "webhooks")
        {
            continue;
        }
        let has_spec = std::fs::read_dir(&path)
            .unwrap()
            .any(|f| f.unwrap().path().extension().is_some_and(|e| e == "json"));
        if has_spec {
            out.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    out.sort();
    out
}

#[test]
fn every_service_folder_has_a_feature_on_by_default() {
    let features = features();
    let services = services();
    assert!(!services.is_empty());
    let all = &features["all-services"];
    for service in &services {
        assert!(
            features.contains_key(service),
            "specs/{service}/ has no feature `{service}` in crates/client/Cargo.toml"
        );
        assert!(
            all.contains(service),
            "feature `{service}` is not in `all-services`"
        );
    }
    for listed in all {
        assert!(
            services.contains(listed),
            "`all-services` lists `{listed}`, which is not a service folder of specs/"
        );
    }
    assert!(features["default"].contains(&"all-services".to_owned()));
}

#[test]
#[cfg(feature = "all-services")]
fn the_registry_holds_every_service_of_the_default_build() {
    let mut registered: Vec<&str> = tencent_chat::ENDPOINTS.iter().map(|e| e.service).collect();
    registered.dedup();
    registered.sort();
    registered.dedup();
    assert_eq!(registered, services());
}

/// Run with some services only (`--no-default-features --features tls-ring,sns`):
/// the others are not compiled in.
#[test]
#[cfg(not(feature = "all-services"))]
fn a_build_with_some_services_registers_only_those() {
    let mut registered: Vec<&str> = tencent_chat::ENDPOINTS.iter().map(|e| e.service).collect();
    registered.sort();
    registered.dedup();
    let services = services();
    assert!(registered.len() < services.len(), "{registered:?}");
    assert!(registered.iter().all(|r| services.iter().any(|s| s == r)));
}
