//! `cargo xtask conformance record --base-url URL`: sends each fixture's input to a
//! live server (the service or the emulator) through the client and a local recording
//! proxy, and writes the exchanges as new fixtures with source `recorded`. The UserSig,
//! the secret key and the SDKAppID never reach the files: query values become
//! placeholders, and any occurrence of a secret in a body is replaced.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;
use tencent_chat::{
    CallFailure, Client, Credentials, DEFAULT_ADMIN, ENV_ADMIN, ENV_SDKAPPID, ENV_SECRET_KEY,
    RetryPolicy,
};

use crate::conformance::{self, refusal};
use crate::fixture::{
    self, Expect, ExpectedError, ExpectedStatus, ExpectedUndecodable, Fixture, PH_ADMIN, PH_APP_ID,
    PH_U32, PH_USERSIG, Source, SourceKind, WireRequest, WireResponse,
};
use crate::server::{Exchange, Mode, Server};

/// What replaces a secret found in a recorded body.
pub const REDACTED: &str = "<redacted>";

/// The credentials to record with.
#[derive(Clone)]
pub struct RecordCredentials {
    /// The SDKAppID.
    pub app_id: u32,
    /// The secret key; never written, never printed.
    pub secret_key: String,
    /// The admin identifier.
    pub admin: String,
}

impl std::fmt::Debug for RecordCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecordCredentials")
            .field("app_id", &self.app_id)
            .field("secret_key", &REDACTED)
            .field("admin", &self.admin)
            .finish()
    }
}

impl RecordCredentials {
    /// From `TENCENT_CHAT_SDKAPPID`, `TENCENT_CHAT_SECRET_KEY` and `TENCENT_CHAT_ADMIN`
    /// (optional, `administrator` by default). Errors name the variable, never its value.
    pub fn from_env() -> Result<RecordCredentials, String> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// As [`from_env`](Self::from_env), reading variables through `lookup`.
    pub fn from_lookup(
        lookup: impl Fn(&str) -> Option<String>,
    ) -> Result<RecordCredentials, String> {
        let var = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let app_id = var(ENV_SDKAPPID)
            .ok_or(format!("{ENV_SDKAPPID} is not set"))?
            .trim()
            .parse::<u32>()
            .map_err(|_| format!("{ENV_SDKAPPID} is not an unsigned 32-bit number"))?;
        let secret_key = var(ENV_SECRET_KEY).ok_or(format!("{ENV_SECRET_KEY} is not set"))?;
        let admin = var(ENV_ADMIN).unwrap_or_else(|| DEFAULT_ADMIN.to_owned());
        Ok(RecordCredentials {
            app_id,
            secret_key,
            admin,
        })
    }
}

/// What to record.
#[derive(Debug, Clone)]
pub struct RecordOptions {
    /// The server to record from (`https://adminapisgp.im.qcloud.com`, an emulator).
    pub base_url: String,
    /// Where the inputs come from.
    pub fixtures: PathBuf,
    /// Where the recorded fixtures go, as `<service>/<command>/recorded_<case>.json`.
    pub out: PathBuf,
    /// The specs.
    pub specs: PathBuf,
    /// Only this endpoint.
    pub endpoint: Option<String>,
    /// Only fixtures whose case name contains this.
    pub case: Option<String>,
    /// The credentials.
    pub credentials: RecordCredentials,
}

/// Records; returns the files written. Refused inputs are not sent (they never reach
/// a server), and an input shared by several fixtures is sent once.
pub fn record(opts: &RecordOptions) -> Result<Vec<PathBuf>, String> {
    conformance::load_specs(&opts.specs)?;
    let endpoints = conformance::selected(opts.endpoint.as_deref())?;
    let base = opts.base_url.trim_end_matches('/').to_owned();
    if !(base.starts_with("http://") || base.starts_with("https://")) {
        return Err(format!("--base-url {base:?} is not an http(s) URL"));
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let http = {
        let _guard = runtime.enter();
        reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| format!("cannot build the HTTP client: {e}"))?
    };
    let proxy = runtime
        .block_on(Server::start(Mode::Forward {
            base: base.clone(),
            http,
        }))
        .map_err(|e| format!("cannot bind the recording proxy on 127.0.0.1: {e}"))?;
    let c = &opts.credentials;
    let client = {
        let _guard = runtime.enter();
        Client::builder()
            .credentials(Credentials::new(c.app_id, c.secret_key.clone()).admin(c.admin.clone()))
            .base_url(proxy.url())
            .timeout(Duration::from_secs(10))
            // One exchange per input.
            .retry(RetryPolicy::none())
            .build()
            .map_err(|e| format!("cannot build the client: {e}"))?
    };
    let signature = tencent_chat::envelope::QUERY.signature;
    let mut written = Vec::new();
    for info in endpoints {
        let dir = opts.fixtures.join(info.service).join(info.command);
        let mut sent: BTreeSet<String> = BTreeSet::new();
        for file in fixture::discover(&dir, &opts.fixtures) {
            let Some(case) = file
                .path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
            else {
                continue;
            };
            if case.starts_with("recorded_")
                || opts.case.as_deref().is_some_and(|c| !case.contains(c))
            {
                continue;
            }
            let mut file = file;
            file.id = None;
            let Ok(original) = fixture::load(&file, signature) else {
                eprintln!("skipping {}: not a well-formed fixture", file.display);
                continue;
            };
            if matches!(original.expect, Expect::Refused(_))
                || !sent.insert(original.input.to_string())
            {
                continue;
            }
            let _ = proxy.take();
            let result = runtime.block_on((info.hooks.call)(
                &client,
                original.input.clone(),
                fixture::Options::call_options(original.options.as_ref()),
            ));
            let exchanges = proxy.take();
            let Some(exchange) = exchanges.last() else {
                eprintln!(
                    "{}: nothing was sent ({}); not recorded",
                    file.display,
                    describe(&result)
                );
                continue;
            };
            if let Some(e) = &exchange.upstream_error {
                return Err(format!("{}: {e}", host_of(&base)));
            }
            let recorded = to_fixture(info, &case, &base, &original, exchange, &result, c)?;
            let out_dir = opts.out.join(info.service).join(info.command);
            let path = out_dir.join(format!("recorded_{case}.json"));
            let text = scrub(&fixture::render(&recorded), c, exchange);
            std::fs::create_dir_all(&out_dir)
                .and_then(|_| std::fs::write(&path, text))
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!("{}: {}", path.display(), describe(&result));
            written.push(path);
        }
    }
    Ok(written)
}

fn describe(result: &Result<Value, CallFailure>) -> String {
    match result {
        Ok(_) => "success".into(),
        Err(e) => e.to_string(),
    }
}

fn to_fixture(
    info: &tencent_chat::EndpointInfo,
    case: &str,
    base: &str,
    original: &Fixture,
    exchange: &Exchange,
    result: &Result<Value, CallFailure>,
    c: &RecordCredentials,
) -> Result<Fixture, String> {
    let q = tencent_chat::envelope::QUERY;
    let query = exchange
        .query
        .iter()
        .map(|(name, value)| {
            let value = if name == q.signature {
                PH_USERSIG.to_owned()
            } else if name == q.app_id && value == &c.app_id.to_string() {
                PH_APP_ID.to_owned()
            } else if name == q.identifier && value == &c.admin {
                PH_ADMIN.to_owned()
            } else if name == q.nonce && value.parse::<u32>().is_ok() {
                PH_U32.to_owned()
            } else {
                value.clone()
            };
            (name.clone(), value)
        })
        .collect();
    let headers = exchange
        .headers
        .get("content-type")
        .map(|v| [("content-type".to_owned(), v.clone())].into())
        .unwrap_or_default();
    let mut body = serde_json::from_slice(&exchange.body).unwrap_or(Value::Null);
    scrub_app_id(&mut body, c.app_id);
    let (response_body, body_text) = match serde_json::from_slice::<Value>(&exchange.response) {
        Ok(mut v) => {
            scrub_app_id(&mut v, c.app_id);
            (Some(v), None)
        }
        Err(_) => (
            None,
            Some(
                String::from_utf8_lossy(&exchange.response)
                    .replace(&c.app_id.to_string(), &APP_ID_STAND_IN.to_string()),
            ),
        ),
    };
    let expect = match result {
        Ok(v) => {
            let mut v = v.clone();
            scrub_app_id(&mut v, c.app_id);
            Expect::Success(v)
        }
        Err(CallFailure::Service {
            code,
            name,
            retryable,
            info,
            ..
        }) => Expect::Error(ExpectedError {
            code: *code,
            name: (*name).to_owned(),
            retryable: *retryable,
            info: Some(info.replace(&c.app_id.to_string(), &APP_ID_STAND_IN.to_string())),
        }),
        Err(CallFailure::Refused(e)) => Expect::Refused(refusal(e)),
        Err(CallFailure::HttpStatus { status, .. }) => {
            Expect::HttpStatus(ExpectedStatus { status: *status })
        }
        Err(CallFailure::Undecodable { .. }) => Expect::Undecodable(ExpectedUndecodable {}),
        Err(other) => return Err(format!("{}/{case}: {other}", info.path)),
    };
    Ok(Fixture {
        id: format!("{}/{}/recorded_{case}", info.service, info.command),
        description: format!(
            "The input of {case}, recorded from a live server{}.",
            if original.description.is_empty() {
                String::new()
            } else {
                format!(" (original: {})", original.description)
            }
        ),
        source: Source {
            kind: SourceKind::Recorded,
            reference: Some(host_of(base)),
            note: Some(format!(
                "recorded by `cargo xtask conformance record` from the input of {}",
                original.id
            )),
        },
        input: original.input.clone(),
        options: original.options.clone(),
        request: Some(WireRequest {
            method: exchange.method.clone(),
            path: exchange.path.clone(),
            query,
            headers,
            body,
        }),
        response: Some(WireResponse {
            status: exchange.status,
            body: response_body,
            body_text,
        }),
        expect,
    })
}

/// What stands for the app's SDKAppID in a recorded body: the docs' sample app, a
/// number of the same form, so that a field typed as an integer (in a string or not)
/// still decodes.
const APP_ID_STAND_IN: u32 = 1_400_000_000;

/// Replaces the app's SDKAppID wherever a body carries it (a push task ID starts with
/// it; statistics name it) by [`APP_ID_STAND_IN`], in the wire body and the expected
/// value alike so that they still agree.
fn scrub_app_id(v: &mut Value, app_id: u32) {
    let digits = app_id.to_string();
    match v {
        Value::String(s) if s.contains(&digits) => {
            *s = s.replace(&digits, &APP_ID_STAND_IN.to_string());
        }
        Value::Number(n) if n.as_u64() == Some(u64::from(app_id)) => {
            *v = Value::from(APP_ID_STAND_IN);
        }
        Value::Array(items) => items.iter_mut().for_each(|i| scrub_app_id(i, app_id)),
        Value::Object(map) => map.values_mut().for_each(|i| scrub_app_id(i, app_id)),
        _ => {}
    }
}

/// The scheme and host of a URL, without credentials, path or query.
fn host_of(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or(host);
    format!("{scheme}://{host}")
}

/// Replaces every occurrence of a secret (the key, the UserSig sent, and their JSON
/// escapings) in a rendered fixture.
pub fn scrub(text: &str, c: &RecordCredentials, exchange: &Exchange) -> String {
    let q = tencent_chat::envelope::QUERY;
    let mut secrets: Vec<String> = vec![c.secret_key.clone()];
    secrets.extend(
        exchange
            .query
            .iter()
            .filter(|(n, _)| n == q.signature)
            .map(|(_, v)| v.clone()),
    );
    let mut out = text.to_owned();
    for s in secrets.iter().filter(|s| s.len() >= 4) {
        let escaped = serde_json::to_string(s).unwrap_or_default();
        let escaped = escaped.trim_matches('"');
        for form in [s.as_str(), escaped] {
            if !form.is_empty() {
                out = out.replace(form, REDACTED);
            }
        }
    }
    out
}

/// Whether `dir` holds a recorded fixture containing any of `needles` (a test helper).
pub fn contains_any(dir: &Path, needles: &[&str]) -> bool {
    fixture::discover(dir, dir).iter().any(|f| {
        std::fs::read_to_string(&f.path)
            .map(|t| needles.iter().any(|n| t.contains(n)))
            .unwrap_or(false)
    })
}
