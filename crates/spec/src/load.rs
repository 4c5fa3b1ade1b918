//! Reading a specs directory: every file, every problem, with positions.

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::check;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::ir::SpecSet;
use crate::model::{EndpointSpec, EnvelopeFile, ErrorCatalog, RegionsFile, TypesFile, WebhookSpec};
use crate::position::{PositionIndex, escape_token};

/// Name of the folder, inside the specs directory, that holds the meta-schemas.
pub const SCHEMA_DIR: &str = "schema";

/// The shared files at the top of the specs directory, with their meta-schemas.
pub const SHARED_FILES: &[(&str, &str)] = &[
    ("regions.json", "regions.schema.json"),
    ("envelope.json", "envelope.schema.json"),
    ("errors.json", "errors.schema.json"),
    ("types.json", "types.schema.json"),
];

/// File name of the meta-schema of endpoint specs.
pub const ENDPOINT_SCHEMA: &str = "endpoint.schema.json";

/// Name of the folder, inside the specs directory, that holds the callback specs
/// (`webhooks/<CallbackCommand>.json`); not a service folder.
pub const WEBHOOK_DIR: &str = "webhooks";

/// File name of the meta-schema of callback specs.
pub const WEBHOOK_SCHEMA: &str = "webhook.schema.json";

/// What [`load_dir`] found.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// Every file and folder read, for rebuild tracking, whether or not it was valid.
    pub files: Vec<PathBuf>,
    /// `(service, command)` of every endpoint file found, from its location, whether or
    /// not it was valid: a code generator can emit stubs for the broken ones.
    pub endpoint_files: Vec<(String, String)>,
    /// The checked specs, or every problem found.
    pub result: Result<SpecSet, Diagnostics>,
}

/// A file read from the specs directory.
#[derive(Debug)]
pub(crate) struct Source {
    pub display: String,
    pub index: PositionIndex,
}

impl Source {
    pub(crate) fn at_value(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: self.display.clone(),
            position: self.index.value(pointer),
            pointer: pointer.to_owned(),
            message: message.into(),
        }
    }

    pub(crate) fn at_key(&self, pointer: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: self.display.clone(),
            position: self.index.key(pointer),
            pointer: pointer.to_owned(),
            message: message.into(),
        }
    }
}

/// A parsed document with its source.
pub(crate) struct Parsed<T> {
    pub doc: T,
    pub source: Source,
}

/// Reads and checks every spec under `dir`. Never panics; every problem of every file
/// is reported, each naming file, JSON pointer and line:column.
pub fn load_dir(dir: &Path) -> Loaded {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    let display_root = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "specs".to_owned());
    let display = |rel: &str| format!("{display_root}/{rel}");

    files.push(dir.to_path_buf());
    let entries = match read_dir_sorted(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(Diagnostic {
                file: display_root.clone(),
                position: crate::Position { line: 1, column: 1 },
                pointer: String::new(),
                message: format!("cannot read the specs directory {}: {e}", dir.display()),
            });
            return Loaded {
                files,
                endpoint_files: Vec::new(),
                result: Err(Diagnostics(diags)),
            };
        }
    };

    let mut shared: [Option<(String, PathBuf)>; 4] = Default::default();
    let mut endpoint_paths = Vec::new();
    let mut webhook_paths = Vec::new();
    for path in entries {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            if name == SCHEMA_DIR || name.starts_with('.') {
                continue;
            }
            files.push(path.clone());
            match read_dir_sorted(&path) {
                Ok(inner) => {
                    for file in inner {
                        let file_name = file
                            .file_name()
                            .map(|n| n.to_string_lossy().into_owned())
                            .unwrap_or_default();
                        let rel = format!("{name}/{file_name}");
                        if file.is_dir() {
                            diags.push(whole_file(
                                display(&rel),
                                "unexpected folder: endpoint specs live at <service>/<command>.json",
                            ));
                        } else if let Some(command) = file_name.strip_suffix(".json") {
                            if name == WEBHOOK_DIR {
                                webhook_paths.push((command.to_owned(), file));
                            } else {
                                endpoint_paths.push((name.clone(), command.to_owned(), file));
                            }
                        }
                    }
                }
                Err(e) => diags.push(whole_file(
                    display(&name),
                    format!("cannot read folder: {e}"),
                )),
            }
        } else if let Some(i) = SHARED_FILES.iter().position(|(f, _)| *f == name) {
            shared[i] = Some((name, path));
        } else if name.ends_with(".json") {
            let expected: Vec<&str> = SHARED_FILES.iter().map(|(f, _)| *f).collect();
            diags.push(whole_file(
                display(&name),
                format!(
                    "unknown shared file; the top of the specs directory holds {} and one folder per service",
                    expected.join(", ")
                ),
            ));
        }
    }

    let mut load_shared = |i: usize| -> Option<(String, PathBuf)> {
        let found = shared[i].take();
        if found.is_none() {
            diags.push(whole_file(
                display(SHARED_FILES[i].0),
                "missing shared file".to_owned(),
            ));
        }
        found
    };
    let regions_file = load_shared(0);
    let envelope_file = load_shared(1);
    let errors_file = load_shared(2);
    let types_file = load_shared(3);

    let regions: Option<Parsed<RegionsFile>> = regions_file.and_then(|(n, p)| {
        parse_file(
            &p,
            display(&n),
            &format!("{SCHEMA_DIR}/{}", SHARED_FILES[0].1),
            &mut files,
            &mut diags,
        )
    });
    let envelope: Option<Parsed<EnvelopeFile>> = envelope_file.and_then(|(n, p)| {
        parse_file(
            &p,
            display(&n),
            &format!("{SCHEMA_DIR}/{}", SHARED_FILES[1].1),
            &mut files,
            &mut diags,
        )
    });
    let errors: Option<Parsed<ErrorCatalog>> = errors_file.and_then(|(n, p)| {
        parse_file(
            &p,
            display(&n),
            &format!("{SCHEMA_DIR}/{}", SHARED_FILES[2].1),
            &mut files,
            &mut diags,
        )
    });
    let types: Option<Parsed<TypesFile>> = types_file.and_then(|(n, p)| {
        parse_file(
            &p,
            display(&n),
            &format!("{SCHEMA_DIR}/{}", SHARED_FILES[3].1),
            &mut files,
            &mut diags,
        )
    });

    let mut endpoint_files = Vec::new();
    let mut endpoints: Vec<(Parsed<EndpointSpec>, String, String)> = Vec::new();
    for (service, command, path) in endpoint_paths {
        endpoint_files.push((service.clone(), command.clone()));
        let rel = format!("{service}/{command}.json");
        let schema = format!("../{SCHEMA_DIR}/{ENDPOINT_SCHEMA}");
        if let Some(parsed) = parse_file(&path, display(&rel), &schema, &mut files, &mut diags) {
            endpoints.push((parsed, service, command));
        }
    }

    let mut webhooks: Vec<(Parsed<WebhookSpec>, String)> = Vec::new();
    for (command, path) in webhook_paths {
        let rel = format!("{WEBHOOK_DIR}/{command}.json");
        let schema = format!("../{SCHEMA_DIR}/{WEBHOOK_SCHEMA}");
        if let Some(parsed) = parse_file(&path, display(&rel), &schema, &mut files, &mut diags) {
            webhooks.push((parsed, command));
        }
    }

    check::check_all(
        regions.as_ref(),
        envelope.as_ref(),
        errors.as_ref(),
        types.as_ref(),
        &endpoints,
        &mut diags,
    );
    check::check_webhooks(
        types.as_ref(),
        errors.as_ref(),
        &endpoints,
        &webhooks,
        &mut diags,
    );

    let result = if diags.is_empty() {
        match (regions, envelope, errors, types) {
            (Some(r), Some(e), Some(c), Some(t)) => {
                let endpoints = endpoints
                    .into_iter()
                    .map(|(p, _, _)| (p.doc, p.source.display))
                    .collect();
                let webhooks = webhooks
                    .into_iter()
                    .map(|(p, _)| (p.doc, p.source.display))
                    .collect();
                crate::ir::build(r.doc, e.doc, c.doc, t.doc, endpoints, webhooks).map_err(
                    |message| {
                        // The checks should have refused whatever the build trips on.
                        Diagnostics(vec![whole_file(
                            display_root.clone(),
                            format!("the checked model cannot be built: {message}"),
                        )])
                    },
                )
            }
            // A missing shared file has already produced a diagnostic.
            _ => Err(Diagnostics(diags)),
        }
    } else {
        diags.sort();
        diags.dedup();
        Err(Diagnostics(diags))
    };
    Loaded {
        files,
        endpoint_files,
        result,
    }
}

fn whole_file(file: String, message: impl Into<String>) -> Diagnostic {
    Diagnostic {
        file,
        position: crate::Position { line: 1, column: 1 },
        pointer: String::new(),
        message: message.into(),
    }
}

fn read_dir_sorted(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        out.push(entry?.path());
    }
    out.sort();
    Ok(out)
}

/// Reads, parses and deserializes one file; problems go to `diags`.
fn parse_file<T: DeserializeOwned>(
    path: &Path,
    display: String,
    expected_schema: &str,
    files: &mut Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Parsed<T>> {
    files.push(path.to_path_buf());
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            diags.push(whole_file(display, format!("cannot read file: {e}")));
            return None;
        }
    };
    parse_text(&text, display, expected_schema, diags)
}

/// Parses one document from text; problems go to `diags`.
pub(crate) fn parse_text<T: DeserializeOwned>(
    text: &str,
    display: String,
    expected_schema: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Parsed<T>> {
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => {
            diags.push(Diagnostic {
                file: display,
                position: crate::Position {
                    line: e.line().max(1),
                    column: e.column().max(1),
                },
                pointer: String::new(),
                message: format!("invalid JSON: {}", strip_position(&e.to_string())),
            });
            return None;
        }
    };
    let source = Source {
        display,
        index: PositionIndex::new(text),
    };
    match value.get("$schema") {
        Some(Value::String(s)) if s == expected_schema => {}
        Some(Value::String(s)) => diags.push(source.at_value(
            "/$schema",
            format!("wrong meta-schema \"{s}\"; expected \"{expected_schema}\""),
        )),
        Some(_) => diags.push(source.at_value(
            "/$schema",
            format!("expected the string \"{expected_schema}\""),
        )),
        None => {}
    }
    match serde_path_to_error::deserialize::<_, T>(&value) {
        Ok(doc) => Some(Parsed { doc, source }),
        Err(e) => {
            let pointer = pointer_of(e.path());
            let message = e.into_inner().to_string();
            let diag = if message.starts_with("unknown field") {
                source.at_key(&pointer, message)
            } else {
                source.at_value(&pointer, message)
            };
            diags.push(diag);
            None
        }
    }
}

fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => out.push_str(&format!("/{}", escape_token(key))),
            Segment::Enum { variant } => out.push_str(&format!("/{}", escape_token(variant))),
            Segment::Unknown => {}
        }
    }
    out
}

/// serde_json appends " at line L column C"; the diagnostic carries the position itself.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    }
}
