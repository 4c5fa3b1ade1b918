//! The fixture format: one conformance case per file,
//! `tests/fixtures/<service>/<command>/<case>.json`. See `tests/README.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Placeholder for the SDKAppID the client is configured with.
pub const PH_APP_ID: &str = "<sdkappid>";
/// Placeholder for the admin identifier the client calls as.
pub const PH_ADMIN: &str = "<admin>";
/// Placeholder for a UserSig that verifies with the client's key for that app and admin.
pub const PH_USERSIG: &str = "<usersig>";
/// Placeholder for any decimal unsigned 32-bit number.
pub const PH_U32: &str = "<u32>";

/// One conformance case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    /// `<service>/<command>/<case>`, the file's place under the fixtures folder.
    pub id: String,
    /// What the case shows, in a sentence.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Where the case came from.
    pub source: Source,
    /// The typed input: the request body as JSON, decoded into the request type.
    pub input: Value,
    /// Options of the call, as `CallOptions` takes them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Options>,
    /// The request the client must send; absent when the input is refused before sending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<WireRequest>,
    /// What the server answers; absent when nothing is sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<WireResponse>,
    /// The outcome of the call.
    pub expect: Expect,
}

/// Options of the call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    /// The type of the group the call is about (`CallOptions::group_type`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
}

impl Options {
    /// The client's options for the call.
    pub fn call_options(options: Option<&Options>) -> tencent_chat::CallOptions {
        let mut out = tencent_chat::CallOptions::new();
        if let Some(group_type) = options.and_then(|o| o.group_type.as_ref()) {
            out = out.group_type(tencent_chat::types::GroupType::from_wire(group_type));
        }
        out
    }
}

/// Where a case came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Documented sample, recorded exchange, or a case written for an edge.
    pub kind: SourceKind,
    /// The documentation page, the base URL recorded from, or the fixture a generated
    /// case was derived from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// Anything worth knowing about the provenance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The kinds of [`Source`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// The sample request and response of the endpoint's documentation page.
    Documented,
    /// An exchange recorded from a live server (`cargo xtask conformance record`).
    Recorded,
    /// Written (by hand or by `cargo xtask conformance scaffold`) for an edge: an error
    /// code, a limit, an unknown field.
    Edge,
}

/// The HTTP request the client must send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireRequest {
    /// HTTP method.
    pub method: String,
    /// URL path, with the leading slash.
    pub path: String,
    /// Every query parameter, exactly: a literal value or a placeholder
    /// (`<sdkappid>`, `<admin>`, `<usersig>`, `<u32>`). No other parameter may be sent.
    pub query: BTreeMap<String, String>,
    /// Headers that must be present (names case-insensitive); others may be sent too.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headers: BTreeMap<String, String>,
    /// The JSON body, compared structurally.
    pub body: Value,
}

/// The HTTP response the server answers with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireResponse {
    /// HTTP status.
    pub status: u16,
    /// The JSON body (sent compactly).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Value>,
    /// A body that is not JSON, sent as it is; instead of `body`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_text: Option<String>,
}

impl WireResponse {
    /// The bytes the server sends.
    pub fn bytes(&self) -> Vec<u8> {
        match (&self.body, &self.body_text) {
            (Some(body), _) => serde_json::to_vec(body).unwrap_or_default(),
            (None, Some(text)) => text.as_bytes().to_vec(),
            (None, None) => Vec::new(),
        }
    }
}

/// The outcome of a call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Expect {
    /// The call succeeds; the typed response, encoded again, equals this value
    /// (structurally; unknown response fields are dropped by decoding).
    Success(Value),
    /// The service answered an error code, which the client types as this.
    Error(ExpectedError),
    /// The client refuses the input before sending anything.
    Refused(ExpectedRefusal),
    /// The client reports an HTTP status other than the service's.
    HttpStatus(ExpectedStatus),
    /// The client reports an undecodable body.
    Undecodable(ExpectedUndecodable),
}

impl Expect {
    /// The kind, as in the file (`success`, `error`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            Expect::Success(_) => "success",
            Expect::Error(_) => "error",
            Expect::Refused(_) => "refused",
            Expect::HttpStatus(_) => "http_status",
            Expect::Undecodable(_) => "undecodable",
        }
    }
}

/// A service error as the typed error enum sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedError {
    /// The numeric code.
    pub code: i64,
    /// The variant name of the endpoint's error enum.
    pub name: String,
    /// Whether the client considers a retry able to succeed.
    pub retryable: bool,
    /// The ErrorInfo text the error keeps, when checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub info: Option<String>,
}

/// A request refused before sending: which field, which limit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedRefusal {
    /// Path of the offending value by wire names, as the client reports it
    /// (`MemberList[0].Member_Account`).
    pub field: String,
    /// `max_items`, `min_items`, `max_bytes`, `min_bytes`, `max_entries`, `range` or
    /// `group_type`.
    pub limit: String,
    /// The lower bound (a number; a decimal string for `range`), when checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Value>,
    /// The upper bound (a number; a decimal string for `range`), when checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Value>,
    /// The offending size or value (a number; a decimal string for `range`), when checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Value>,
    /// For `group_type`: the refused group type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_type: Option<String>,
}

/// An HTTP status the client reports as such.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedStatus {
    /// The status.
    pub status: u16,
}

/// A body the client cannot decode.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExpectedUndecodable {}

/// A fixture file found under the fixtures folder.
#[derive(Debug, Clone)]
pub struct FixtureFile {
    /// Full path.
    pub path: PathBuf,
    /// Path as shown to people (relative to the workspace when possible).
    pub display: String,
    /// `<service>/<command>/<case>` from the file's place, when it sits at that depth.
    pub id: Option<(String, String, String)>,
}

impl FixtureFile {
    /// `v4/<service>/<command>`, the endpoint the file's place names.
    pub fn endpoint_path(&self) -> Option<String> {
        self.id
            .as_ref()
            .map(|(service, command, _)| format!("v4/{service}/{command}"))
    }
}

/// Every `.json` file under `dir`, sorted; files not at `<service>/<command>/<case>.json`
/// have no id.
pub fn discover(dir: &Path, shown_from: &Path) -> Vec<FixtureFile> {
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out.into_iter()
        .map(|path| {
            let rel = path.strip_prefix(dir).unwrap_or(&path);
            let parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let id = match parts.as_slice() {
                [service, command, file] => file
                    .strip_suffix(".json")
                    .map(|case| (service.clone(), command.clone(), case.to_owned())),
                _ => None,
            };
            let display = path
                .strip_prefix(shown_from)
                .unwrap_or(&path)
                .display()
                .to_string();
            FixtureFile { path, display, id }
        })
        .collect()
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Reads and parses a fixture, checking what does not need the endpoint: the id
/// matches the file's place, outcome and wire parts agree, no UserSig is written down
/// (`signature` is the name of the UserSig query parameter).
pub fn load(file: &FixtureFile, signature: &str) -> Result<Fixture, String> {
    let text = std::fs::read_to_string(&file.path).map_err(|e| format!("cannot read: {e}"))?;
    let fixture: Fixture =
        serde_json::from_str(&text).map_err(|e| format!("not a fixture: {e}"))?;
    if let Some((service, command, case)) = &file.id {
        let id = format!("{service}/{command}/{case}");
        if fixture.id != id {
            return Err(format!(
                "id is {:?} but the file's place says {id:?}",
                fixture.id
            ));
        }
    }
    let refused = matches!(fixture.expect, Expect::Refused(_));
    match (&fixture.request, &fixture.response, refused) {
        (None, None, true) | (Some(_), Some(_), false) => {}
        (_, _, true) => {
            return Err(
                "a refused input is never sent: remove \"request\" and \"response\"".into(),
            );
        }
        _ => {
            return Err(
                "a sent request needs both \"request\" and \"response\" (only refused inputs have neither)"
                    .into(),
            );
        }
    }
    if let Some(response) = &fixture.response
        && response.body.is_some() == response.body_text.is_some()
    {
        return Err("the response needs exactly one of \"body\" and \"body_text\"".into());
    }
    if let Some(request) = &fixture.request {
        for (name, value) in &request.query {
            if name.eq_ignore_ascii_case(signature) && value != PH_USERSIG {
                return Err(format!(
                    "query parameter {name} must be the placeholder {PH_USERSIG}: fixtures never hold a UserSig"
                ));
            }
        }
    }
    Ok(fixture)
}

/// Renders a fixture as committed: pretty JSON with a final newline.
pub fn render(fixture: &Fixture) -> String {
    let mut text = serde_json::to_string_pretty(fixture).unwrap_or_default();
    text.push('\n');
    text
}
