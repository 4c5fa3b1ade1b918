//! `cargo xtask schemas`: one JSON Schema (draft 2020-12) per request and response
//! type, generated from the registry's hooks and committed under `schemas/`.
//!
//! Layout: `schemas/<service>/<command>.request.schema.json`,
//! `schemas/<service>/<command>.response.schema.json` (the endpoint's fields; unknown
//! properties are allowed, as the service adds fields over time) and
//! `schemas/envelope.response.schema.json` (the fields every response carries).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tencent_chat::EndpointInfo;

/// The folder of the schemas, relative to the workspace.
pub const SCHEMAS_DIR: &str = "schemas";
/// The envelope's schema, relative to the schemas folder.
pub const ENVELOPE_FILE: &str = "envelope.response.schema.json";

/// Relative file of an endpoint's request schema.
pub fn request_file(info: &EndpointInfo) -> String {
    format!("{}/{}.request.schema.json", info.service, info.command)
}

/// Relative file of an endpoint's response schema.
pub fn response_file(info: &EndpointInfo) -> String {
    format!("{}/{}.response.schema.json", info.service, info.command)
}

/// The payload schema file of a callback, relative to the schemas folder.
pub fn payload_file(info: &tencent_chat::webhook::WebhookInfo) -> String {
    format!("webhooks/{}.payload.schema.json", info.command)
}

/// The answer schema file of a "before" callback, relative to the schemas folder.
pub fn answer_file(info: &tencent_chat::webhook::WebhookInfo) -> String {
    format!("webhooks/{}.answer.schema.json", info.command)
}

fn render(mut schema: Value, comment: String) -> String {
    if let Value::Object(map) = &mut schema {
        map.insert("$comment".into(), Value::String(comment));
    }
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Every schema file, relative path to contents, from the compiled registry.
pub fn generate() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for info in tencent_chat::ENDPOINTS {
        let spec = format!("specs/{}/{}.json", info.service, info.command);
        let comment = |what: &str| {
            format!(
                "The {what} body of {}, generated from {spec} by `cargo xtask schemas`; do not edit.",
                info.path
            )
        };
        let request = serde_json::to_value((info.hooks.request_schema)()).unwrap_or_default();
        let response = serde_json::to_value((info.hooks.response_schema)()).unwrap_or_default();
        out.insert(request_file(info), render(request, comment("request")));
        out.insert(
            response_file(info),
            render(
                response,
                comment("response")
                    + " The endpoint's own fields; the envelope fields are in envelope.response.schema.json.",
            ),
        );
    }
    for info in tencent_chat::webhooks::WEBHOOKS {
        let comment = |what: &str| {
            format!(
                "The {what} of the callback {}, generated from specs/webhooks/{}.json by `cargo xtask schemas`; do not edit.",
                info.command, info.command
            )
        };
        let payload = serde_json::to_value((info.hooks.payload_schema)()).unwrap_or_default();
        out.insert(payload_file(info), render(payload, comment("payload")));
        if let Some(answer) = info.hooks.answer_schema {
            let answer = serde_json::to_value(answer()).unwrap_or_default();
            out.insert(answer_file(info), render(answer, comment("answer")));
        }
    }
    let envelope = schemars::schema_for!(tencent_chat::envelope::ResponseEnvelope);
    out.insert(
        ENVELOPE_FILE.to_owned(),
        render(
            serde_json::to_value(envelope).unwrap_or_default(),
            "The fields every response body carries, generated from specs/envelope.json by `cargo xtask schemas`; do not edit."
                .to_owned(),
        ),
    );
    out
}

/// Why a committed schema file does not match the generated one.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SchemaProblem {
    /// The file, relative to the schemas folder.
    pub file: String,
    /// `stale`, `missing` or `orphan`.
    pub problem: &'static str,
}

impl SchemaProblem {
    /// A sentence for reports.
    pub fn message(&self, dir: &Path) -> String {
        let path = dir.join(&self.file);
        match self.problem {
            "stale" => format!(
                "{} differs from the generated schema: run `cargo xtask schemas` and commit",
                path.display()
            ),
            "missing" => format!(
                "{} is missing: run `cargo xtask schemas` and commit",
                path.display()
            ),
            _ => format!(
                "{} matches no endpoint: delete it (or run `cargo xtask schemas`, which does)",
                path.display()
            ),
        }
    }
}

/// Compares the committed schemas in `dir` with the generated ones.
pub fn check(dir: &Path) -> Vec<SchemaProblem> {
    let generated = generate();
    let mut problems = Vec::new();
    for (file, text) in &generated {
        match std::fs::read_to_string(dir.join(file)) {
            Ok(current) if &current == text => {}
            Ok(_) => problems.push(SchemaProblem {
                file: file.clone(),
                problem: "stale",
            }),
            Err(_) => problems.push(SchemaProblem {
                file: file.clone(),
                problem: "missing",
            }),
        }
    }
    for file in existing(dir) {
        if !generated.contains_key(&file) {
            problems.push(SchemaProblem {
                file,
                problem: "orphan",
            });
        }
    }
    problems
}

/// Writes the generated schemas to `dir` and deletes schema files that match no
/// endpoint; returns the files written or deleted.
pub fn write(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let generated = generate();
    let mut changed = Vec::new();
    for (file, text) in &generated {
        let path = dir.join(file);
        if std::fs::read_to_string(&path).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&path, text)?;
        changed.push(path);
    }
    for file in existing(dir) {
        if !generated.contains_key(&file) {
            let path = dir.join(&file);
            std::fs::remove_file(&path)?;
            changed.push(path);
        }
    }
    Ok(changed)
}

/// `*.schema.json` files under `dir`, relative, with `/` separators.
fn existing(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let rel = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            let path = entry.path();
            if path.is_dir() {
                walk(&path, &rel, out);
            } else if name.ends_with(".schema.json") {
                out.push(rel);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, "", &mut out);
    out.sort();
    out
}

/// Compiled validators of the committed schemas, loaded on first use.
#[derive(Default)]
pub struct Validators {
    cache: BTreeMap<PathBuf, Result<std::sync::Arc<jsonschema::Validator>, String>>,
}

impl Validators {
    /// The validator of the schema file at `path`.
    pub fn get(&mut self, path: &Path) -> Result<std::sync::Arc<jsonschema::Validator>, String> {
        self.cache
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                let text = std::fs::read_to_string(path).map_err(|e| {
                    format!(
                        "cannot read {}: {e} (run `cargo xtask schemas`)",
                        path.display()
                    )
                })?;
                let schema: Value = serde_json::from_str(&text)
                    .map_err(|e| format!("{} is not JSON: {e}", path.display()))?;
                jsonschema::draft202012::new(&schema)
                    .map(std::sync::Arc::new)
                    .map_err(|e| format!("{} is not a valid schema: {e}", path.display()))
            })
            .clone()
    }
}

/// The errors of `instance` against `validator`, as `pointer: message` lines.
pub fn errors(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator
        .iter_errors(instance)
        .map(|e| {
            let at = e.instance_path().to_string();
            let at = if at.is_empty() { "/".to_owned() } else { at };
            format!("{at}: {e}")
        })
        .collect()
}
