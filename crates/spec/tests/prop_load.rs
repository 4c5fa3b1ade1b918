//! Property tests of the loader: whatever a spec file holds, `load_dir` returns (it
//! never panics), a broken file gets diagnostics that name it with a position inside
//! it, and a set that loads only has service and command names the generator can
//! turn into Rust identifiers.
//!
//! Each case writes a small specs directory (the four shared files and one endpoint)
//! into a temporary folder, so a load costs a few milliseconds.

use std::fs;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError};
use serde_json::{Map, Value};
use tencent_chat_spec::{Diagnostic, SHARED_FILES, load_dir, names};

fn specs_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../specs")
}

fn read_json(rel: &str) -> Value {
    let text = fs::read_to_string(specs_root().join(rel)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The committed endpoint specs, as `service/command.json` paths.
fn endpoint_files() -> Vec<String> {
    let mut out = Vec::new();
    for dir in fs::read_dir(specs_root()).unwrap() {
        let dir = dir.unwrap().path();
        let service = dir.file_name().unwrap().to_string_lossy().into_owned();
        if !dir.is_dir() || service == "schema" || service == tencent_chat_spec::WEBHOOK_DIR {
            continue;
        }
        for file in fs::read_dir(&dir).unwrap() {
            let name = file.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".json") {
                out.push(format!("{service}/{name}"));
            }
        }
    }
    out.sort();
    assert!(!out.is_empty());
    out
}

/// A temporary specs directory holding the shared files and exactly one endpoint.
struct Dir {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
}

impl Dir {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("specs");
        fs::create_dir_all(&dir).unwrap();
        Dir { _tmp: tmp, dir }
    }

    /// Replaces the directory's content: the shared files (with `shared_override`
    /// as the text of one of them) and `text` at `rel`.
    fn write(&self, shared_override: Option<(&str, &str)>, rel: &str, text: &str) {
        for entry in fs::read_dir(&self.dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                fs::remove_dir_all(&path).unwrap();
            } else {
                fs::remove_file(&path).unwrap();
            }
        }
        for (file, _) in SHARED_FILES {
            let text = match shared_override {
                Some((name, text)) if name == *file => text.to_owned(),
                _ => fs::read_to_string(specs_root().join(file)).unwrap(),
            };
            fs::write(self.dir.join(file), text).unwrap();
        }
        let path = self.dir.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
}

/// Any JSON value, biased towards the shapes and words of the spec format so that
/// mutations get past the first parse into the checks.
fn any_json() -> impl Strategy<Value = Value> {
    let words = prop::sample::select(vec![
        "string",
        "integer",
        "array",
        "object",
        "enum",
        "map",
        "union",
        "GroupType",
        "name",
        "type",
        "items",
        "max_items",
        "min_items",
        "max_bytes",
        "fields",
        "required",
        "default",
        "values",
        "",
        "_",
        "1svc",
        "self",
        "Self",
        "\u{feff}",
        "é",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::num::f64::NORMAL.prop_map(Value::from),
        prop_oneof![2 => words.clone().prop_map(str::to_owned), 1 => any::<String>()]
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        let key = prop_oneof![2 => words.clone().prop_map(str::to_owned), 1 => "[a-z_$]{0,8}"];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A mutation of a JSON document at the node chosen by `pick` (an index into a
/// pre-order walk, modulo the node count).
#[derive(Debug, Clone)]
enum Mutation {
    /// Drops a key of an object or an item of an array.
    Drop(usize),
    /// Replaces a value by another.
    Replace(usize, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::Drop),
        (any::<usize>(), any_json()).prop_map(|(i, v)| Mutation::Replace(i, v)),
    ]
}

fn count_nodes(v: &Value) -> usize {
    1 + match v {
        Value::Array(a) => a.iter().map(count_nodes).sum(),
        Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

/// Applies the mutation to the `n`-th node in pre-order: drops it from its parent
/// container or replaces it. The root (node 0) can only be replaced.
fn at_node(root: &mut Value, n: usize, m: &Mutation) {
    fn walk(v: &mut Value, n: &mut usize, m: &Mutation) -> bool {
        match v {
            Value::Array(items) => {
                for i in 0..items.len() {
                    if *n == 0 {
                        match m {
                            Mutation::Drop(_) => {
                                items.remove(i);
                            }
                            Mutation::Replace(_, new) => items[i] = new.clone(),
                        }
                        return true;
                    }
                    *n -= 1;
                    if walk(&mut items[i], n, m) {
                        return true;
                    }
                }
            }
            Value::Object(map) => {
                let keys: Vec<String> = map.keys().cloned().collect();
                for key in keys {
                    if *n == 0 {
                        match m {
                            Mutation::Drop(_) => {
                                map.remove(&key);
                            }
                            Mutation::Replace(_, new) => {
                                map.insert(key, new.clone());
                            }
                        }
                        return true;
                    }
                    *n -= 1;
                    if walk(map.get_mut(&key).unwrap(), n, m) {
                        return true;
                    }
                }
            }
            _ => {}
        }
        false
    }
    if n == 0 {
        if let Mutation::Replace(_, new) = m {
            *root = new.clone();
        }
        return;
    }
    let mut rest = n - 1;
    walk(root, &mut rest, m);
}

fn mutate(doc: &Value, m: &Mutation) -> Value {
    let mut doc = doc.clone();
    let pick = match m {
        Mutation::Drop(i) | Mutation::Replace(i, _) => *i,
    };
    let n = pick % count_nodes(&doc);
    at_node(&mut doc, n, m);
    doc
}

/// Loads `dir` and checks what any outcome must satisfy: every diagnostic names a
/// file of the directory and a position inside that file's text; a loaded set has
/// names the generator can use.
fn check_outcome(dir: &Dir) -> Result<Option<Vec<Diagnostic>>, TestCaseError> {
    let loaded = load_dir(&dir.dir);
    match loaded.result {
        Ok(set) => {
            for endpoint in &set.endpoints {
                let spec = endpoint;
                for name in [
                    names::service_module(&spec.service),
                    names::method_name(&spec.command),
                    names::endpoint_type_name(&spec.command),
                ] {
                    prop_assert!(
                        is_identifier(&name),
                        "{}: the loader accepted {}/{}, whose Rust name {name:?} is no identifier",
                        endpoint.file,
                        spec.service,
                        spec.command
                    );
                }
            }
            Ok(None)
        }
        Err(problems) => {
            prop_assert!(!problems.0.is_empty(), "an error without diagnostics");
            for d in &problems.0 {
                let rel = d.file.strip_prefix("specs/");
                prop_assert!(rel.is_some(), "{d}: not a file of the directory");
                let path = dir.dir.join(rel.unwrap());
                if path.is_file() {
                    let text = fs::read_to_string(&path).unwrap_or_default();
                    let lines = text.split('\n').count();
                    prop_assert!(
                        d.position.line >= 1 && d.position.column >= 1 && d.position.line <= lines,
                        "{d}: position outside the file's {lines} lines"
                    );
                }
                prop_assert!(!d.message.trim().is_empty(), "{d}: empty message");
            }
            Ok(Some(problems.0))
        }
    }
}

/// What `Ident::new` accepts, minus keywords: a letter or `_` then letters, digits
/// and `_`, and not `_` alone. Written independently of `names`.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s != "_"
        && !names::KEYWORDS.contains(&s)
}

fn config() -> Config {
    Config {
        cases: 64,
        failure_persistence: None,
        ..Config::default()
    }
}

proptest! {
    #![proptest_config(config())]

    /// Any JSON value as an endpoint spec: diagnostics, never a panic.
    #[test]
    fn arbitrary_json_as_an_endpoint_spec(doc in any_json()) {
        let dir = Dir::new();
        dir.write(None, "sns/group_delete.json", &serde_json::to_string_pretty(&doc).unwrap());
        let problems = check_outcome(&dir)?;
        prop_assert!(problems.is_some(), "an arbitrary value loaded as a spec: {doc}");
    }

    /// Any text as an endpoint spec: diagnostics, never a panic.
    #[test]
    fn arbitrary_text_as_an_endpoint_spec(text in any::<String>()) {
        let dir = Dir::new();
        dir.write(None, "sns/group_delete.json", &text);
        prop_assert!(check_outcome(&dir)?.is_some());
    }

    /// A committed spec (endpoint or shared file) with one key dropped or one value
    /// replaced: whatever loads has usable names, whatever does not has diagnostics.
    #[test]
    fn mutated_specs(
        which in any::<prop::sample::Index>(),
        shared in prop::option::weighted(0.3, prop::sample::select(SHARED_FILES.iter().map(|(f, _)| *f).collect::<Vec<_>>())),
        m in mutation(),
    ) {
        let files = endpoint_files();
        let endpoint = which.get(&files);
        let dir = Dir::new();
        match shared {
            Some(file) => {
                let text = serde_json::to_string_pretty(&mutate(&read_json(file), &m)).unwrap();
                let endpoint_text = fs::read_to_string(specs_root().join(endpoint)).unwrap();
                dir.write(Some((file, &text)), endpoint, &endpoint_text);
            }
            None => {
                let text = serde_json::to_string_pretty(&mutate(&read_json(endpoint), &m)).unwrap();
                dir.write(None, endpoint, &text);
            }
        }
        check_outcome(&dir)?;
    }

    /// A committed spec moved to another folder and file name, with `service` and
    /// `command` set to match: names that make no Rust identifier are diagnosed.
    #[test]
    fn renamed_service_and_command(
        which in any::<prop::sample::Index>(),
        service in prop_oneof![
            Just("1svc".to_owned()), Just("_".to_owned()), Just("__".to_owned()),
            Just("self".to_owned()), Just("type".to_owned()), "[a-zA-Z0-9_]{1,8}", "[a-z0-9_ é-]{1,6}",
        ],
        command in prop_oneof![
            Just("1svc".to_owned()), Just("_".to_owned()), Just("_1".to_owned()),
            Just("Self".to_owned()), Just("fn".to_owned()), "[a-zA-Z0-9_]{1,8}", "[a-z0-9_ é-]{1,6}",
        ],
    ) {
        prop_assume!(!service.starts_with('.') && !command.starts_with('.'));
        let files = endpoint_files();
        let endpoint = which.get(&files);
        let mut doc = read_json(endpoint);
        doc["service"] = Value::String(service.clone());
        doc["command"] = Value::String(command.clone());
        let dir = Dir::new();
        dir.write(None, &format!("{service}/{command}.json"), &serde_json::to_string_pretty(&doc).unwrap());
        let outcome = check_outcome(&dir)?;
        let usable = [names::service_module(&service), names::method_name(&command), names::endpoint_type_name(&command)]
            .iter()
            .all(|n| is_identifier(n));
        if !usable {
            prop_assert!(outcome.is_some(), "{service}/{command} loaded");
        }
    }
}

/// The committed endpoint specs each load alone with the shared files: the
/// directory the properties start from is valid.
#[test]
fn each_endpoint_loads_alone() {
    let dir = Dir::new();
    for endpoint in endpoint_files() {
        let text = fs::read_to_string(specs_root().join(&endpoint)).unwrap();
        dir.write(None, &endpoint, &text);
        if let Err(problems) = load_dir(&dir.dir).result {
            panic!("{endpoint}: {problems}");
        }
    }
}
