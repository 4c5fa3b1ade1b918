//! Callbacks ("webhooks") the service sends to the app's backend: registry types the
//! generated [`webhooks`](crate::webhooks) module fills, the query string of a callback
//! and its signature, the app's [`Reply`], and a [`WebhookService`] (a
//! `tower::Service`) that verifies, decodes and routes each callback to user code.
//!
//! The service posts JSON to the configured callback URL with the query parameters
//! `SdkAppid`, `CallbackCommand`, `contenttype`, `ClientIP`, `OptPlatform` and, when
//! authentication is on, `Sign` and `RequestTime`, where
//! `Sign = hex(sha256(token + RequestTime))`. It waits about two seconds
//! ([`ANSWER_BUDGET`]) for an HTTP 200 answer with a JSON body.

mod service;

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

#[cfg(feature = "axum")]
pub use service::router;
pub use service::{WebhookFuture, WebhookService, handle_request};

/// How long the service waits for an answer before it gives up on it (the docs' default
/// for message callbacks, and the budget this module logs a slow user function
/// against).
pub const ANSWER_BUDGET: Duration = Duration::from_secs(2);

/// Default tolerance between a callback's `RequestTime` and this machine's clock.
pub const DEFAULT_WINDOW: Duration = Duration::from_secs(60);

/// Query parameter names of a callback URL.
pub mod query {
    /// The app's SDKAppID.
    pub const SDK_APP_ID: &str = "SdkAppid";
    /// The callback's command, e.g. `Group.CallbackAfterSendMsg`.
    pub const CALLBACK_COMMAND: &str = "CallbackCommand";
    /// Always `json`.
    pub const CONTENT_TYPE: &str = "contenttype";
    /// The IP address of the client that caused the event.
    pub const CLIENT_IP: &str = "ClientIP";
    /// The platform of the client that caused the event.
    pub const OPT_PLATFORM: &str = "OptPlatform";
    /// With authentication on: the signature.
    pub const SIGN: &str = "Sign";
    /// With authentication on: the signing time, Unix seconds.
    pub const REQUEST_TIME: &str = "RequestTime";
}

/// Before or after the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebhookKind {
    /// Sent before the action; the answer can allow, refuse or rewrite it.
    Before,
    /// Sent after the action; the answer is an acknowledgement.
    After,
}

/// What the service does with the action a "before" callback reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebhookEffect {
    /// The action goes ahead.
    Allow,
    /// The action is refused and the caller told.
    Refuse,
    /// The action is dropped, and the caller sees a success.
    Discard,
}

/// One documented `ErrorCode` (or range) of a "before" callback's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookOutcome {
    /// The code, or the first of a range.
    pub code: i64,
    /// The last code of a range.
    pub up_to: Option<i64>,
    /// What the service does.
    pub effect: WebhookEffect,
    /// The code the caller gets for a refusal (`None`: the app's own code).
    pub caller_code: Option<i64>,
    /// What it means.
    pub description: &'static str,
}

impl WebhookOutcome {
    /// The outcome covers `code`.
    pub fn covers(&self, code: i64) -> bool {
        code == self.code || self.up_to.is_some_and(|m| (self.code..=m).contains(&code))
    }
}

/// Decodes a body into a callback type and encodes it again.
pub type Reencode = fn(&Value) -> Result<Value, String>;

/// Type-erased operations on a callback's types (for the conformance harness). Its
/// operations exist with the crate's `hooks` feature; without it the value is empty.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct WebhookHooks {
    /// Decodes a payload into its type and encodes it again.
    #[cfg(feature = "hooks")]
    pub reencode_payload: Reencode,
    /// The JSON Schema of the payload type.
    #[cfg(feature = "hooks")]
    pub payload_schema: fn() -> schemars::Schema,
    /// Decodes an answer into its type and encodes it again ("before" callbacks).
    #[cfg(feature = "hooks")]
    pub reencode_answer: Option<Reencode>,
    /// The JSON Schema of the answer type ("before" callbacks).
    #[cfg(feature = "hooks")]
    pub answer_schema: Option<fn() -> schemars::Schema>,
}

#[cfg(feature = "hooks")]
use crate::hooks::{reencode, schema};

#[cfg(feature = "hooks")]
impl WebhookHooks {
    /// The hooks of a callback without an answer ("after" callbacks).
    pub const fn of<P>() -> Self
    where
        P: Serialize + DeserializeOwned + schemars::JsonSchema,
    {
        WebhookHooks {
            reencode_payload: reencode::<P>,
            payload_schema: schema::<P>,
            reencode_answer: None,
            answer_schema: None,
        }
    }

    /// The hooks of a callback whose answer type is `A` ("before" callbacks).
    pub const fn with_answer<P, A>() -> Self
    where
        P: Serialize + DeserializeOwned + schemars::JsonSchema,
        A: Serialize + DeserializeOwned + schemars::JsonSchema,
    {
        WebhookHooks {
            reencode_payload: reencode::<P>,
            payload_schema: schema::<P>,
            reencode_answer: Some(reencode::<A>),
            answer_schema: Some(schema::<A>),
        }
    }
}

#[cfg(not(feature = "hooks"))]
impl WebhookHooks {
    /// Without the `hooks` feature: nothing.
    pub const fn of<P>() -> Self {
        WebhookHooks {}
    }

    /// Without the `hooks` feature: nothing.
    pub const fn with_answer<P, A>() -> Self {
        WebhookHooks {}
    }
}

/// Metadata of one callback, generated from `specs/webhooks/`.
#[derive(Debug, Clone, Copy)]
pub struct WebhookInfo {
    /// The `CallbackCommand` value.
    pub command: &'static str,
    /// The Rust base name of its types and of its [`Event`](crate::webhooks::Event) variant.
    pub type_name: &'static str,
    /// One line on the event.
    pub summary: &'static str,
    /// The official documentation page.
    pub docs: &'static str,
    /// Before or after the action.
    pub kind: WebhookKind,
    /// What each documented answer code does ("before" callbacks).
    pub outcomes: &'static [WebhookOutcome],
    /// What the service does when the answer is missing, late or unreadable.
    pub on_failure: Option<WebhookEffect>,
    /// Paths of the endpoints whose calls may send it.
    pub triggered_by: &'static [&'static str],
    /// Type-erased operations.
    pub hooks: WebhookHooks,
}

impl WebhookInfo {
    /// What the service does with the action when the app answers `code`; an
    /// undocumented code counts as a refusal, with the code passed to the caller.
    pub fn effect_of(&self, code: i64) -> (WebhookEffect, Option<i64>) {
        match self.outcomes.iter().find(|o| o.covers(code)) {
            Some(o) => (
                o.effect,
                o.caller_code
                    .or((o.effect == WebhookEffect::Refuse).then_some(code)),
            ),
            None if code == 0 => (WebhookEffect::Allow, None),
            None => (WebhookEffect::Refuse, Some(code)),
        }
    }

    /// The callback `command`, from the generated registry.
    pub fn get(command: &str) -> Option<&'static WebhookInfo> {
        find(&crate::webhooks::WEBHOOKS, command)
    }
}

impl crate::EndpointInfo {
    /// The callbacks a call of this endpoint may send, from the endpoint's spec.
    pub fn webhooks(&self) -> impl Iterator<Item = &'static WebhookInfo> + '_ {
        crate::webhooks::WEBHOOKS
            .iter()
            .copied()
            .filter(|w| w.triggered_by.contains(&self.path))
    }
}

#[doc(hidden)]
pub fn find(list: &[&'static WebhookInfo], command: &str) -> Option<&'static WebhookInfo> {
    list.iter().copied().find(|w| w.command == command)
}

/// The platform of the client behind an event (`OptPlatform`). `State.StateChange`
/// spells iOS `IOS`; both spellings read as [`OptPlatform::Ios`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OptPlatform {
    /// A REST API call.
    RestApi,
    /// The Web SDK.
    Web,
    /// Android.
    Android,
    /// iOS.
    Ios,
    /// Windows.
    Windows,
    /// macOS.
    MacOs,
    /// iPad.
    IPad,
    /// An unknown device.
    Unknown,
    /// A value not documented.
    Other(String),
}

impl OptPlatform {
    /// Reads a query value.
    pub fn parse(value: &str) -> Self {
        match value {
            "RESTAPI" => Self::RestApi,
            "Web" => Self::Web,
            "Android" => Self::Android,
            "iOS" | "IOS" => Self::Ios,
            "Windows" => Self::Windows,
            "macOS" => Self::MacOs,
            "iPad" => Self::IPad,
            "Unknown" => Self::Unknown,
            other => Self::Other(other.to_owned()),
        }
    }

    /// The wire spelling.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RestApi => "RESTAPI",
            Self::Web => "Web",
            Self::Android => "Android",
            Self::Ios => "iOS",
            Self::Windows => "Windows",
            Self::MacOs => "macOS",
            Self::IPad => "iPad",
            Self::Unknown => "Unknown",
            Self::Other(s) => s,
        }
    }
}

/// The query string of a callback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackQuery {
    /// `SdkAppid`.
    pub sdk_app_id: u64,
    /// `CallbackCommand`.
    pub callback_command: String,
    /// `contenttype`.
    pub content_type: Option<String>,
    /// `ClientIP`.
    pub client_ip: Option<String>,
    /// `OptPlatform`.
    pub opt_platform: Option<OptPlatform>,
    /// `Sign` (authentication on).
    pub sign: Option<String>,
    /// `RequestTime` (authentication on), Unix seconds.
    pub request_time: Option<u64>,
}

impl CallbackQuery {
    /// A query for `command` of app `sdk_app_id`, unsigned, from a REST API call.
    pub fn new(sdk_app_id: u64, command: impl Into<String>) -> Self {
        CallbackQuery {
            sdk_app_id,
            callback_command: command.into(),
            content_type: Some("json".to_owned()),
            client_ip: None,
            opt_platform: Some(OptPlatform::RestApi),
            sign: None,
            request_time: None,
        }
    }

    /// Adds `Sign` and `RequestTime` for `token` at `request_time` (Unix seconds).
    #[must_use]
    pub fn signed(mut self, token: &str, request_time: u64) -> Self {
        self.sign = Some(sign(token, request_time));
        self.request_time = Some(request_time);
        self
    }

    /// Reads a query string (without the `?`).
    pub fn parse(query: &str) -> Result<Self, VerifyError> {
        let mut app = None;
        let mut q = CallbackQuery::new(0, "");
        q.content_type = None;
        q.opt_platform = None;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v = percent_decode(v);
            match k {
                query::SDK_APP_ID => {
                    app = Some(v.parse::<u64>().map_err(|_| {
                        VerifyError::BadQuery(format!("{} is not a number", query::SDK_APP_ID))
                    })?)
                }
                query::CALLBACK_COMMAND => q.callback_command = v,
                query::CONTENT_TYPE => q.content_type = Some(v),
                query::CLIENT_IP => q.client_ip = Some(v),
                query::OPT_PLATFORM => q.opt_platform = Some(OptPlatform::parse(&v)),
                query::SIGN => q.sign = Some(v),
                query::REQUEST_TIME => {
                    q.request_time = Some(v.parse::<u64>().map_err(|_| {
                        VerifyError::BadQuery(format!("{} is not a number", query::REQUEST_TIME))
                    })?)
                }
                _ => {}
            }
        }
        q.sdk_app_id =
            app.ok_or_else(|| VerifyError::BadQuery(format!("no {}", query::SDK_APP_ID)))?;
        if q.callback_command.is_empty() {
            return Err(VerifyError::BadQuery(format!(
                "no {}",
                query::CALLBACK_COMMAND
            )));
        }
        Ok(q)
    }
}

impl fmt::Display for CallbackQuery {
    /// The query string, without the `?`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}={}&{}={}",
            query::SDK_APP_ID,
            self.sdk_app_id,
            query::CALLBACK_COMMAND,
            percent_encode(&self.callback_command)
        )?;
        if let Some(v) = &self.content_type {
            write!(f, "&{}={}", query::CONTENT_TYPE, percent_encode(v))?;
        }
        if let Some(v) = &self.client_ip {
            write!(f, "&{}={}", query::CLIENT_IP, percent_encode(v))?;
        }
        if let Some(v) = &self.opt_platform {
            write!(f, "&{}={}", query::OPT_PLATFORM, percent_encode(v.as_str()))?;
        }
        if let Some(v) = &self.sign {
            write!(f, "&{}={}", query::SIGN, percent_encode(v))?;
        }
        if let Some(v) = &self.request_time {
            write!(f, "&{}={}", query::REQUEST_TIME, v)?;
        }
        Ok(())
    }
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                    }
                    Err(_) => {
                        out.push(b'%');
                        i += 1;
                    }
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The documented signature: lower-case hex of `sha256(token + RequestTime)`, the
/// time written in decimal.
pub fn sign(token: &str, request_time: u64) -> String {
    let mut h = Sha256::new();
    h.update(token.as_bytes());
    h.update(request_time.to_string().as_bytes());
    let digest = h.finalize();
    let mut out = String::with_capacity(64);
    for b in digest.iter() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Compares two byte strings in time that depends only on their lengths.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut diff = 0u8;
    for (x, y) in a.iter().zip(b) {
        diff |= x ^ y;
    }
    std::hint::black_box(diff) == 0
}

/// Why a callback was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerifyError {
    /// The query string lacks a parameter or has an unreadable one.
    #[error("bad callback query: {0}")]
    BadQuery(String),
    /// `SdkAppid` is not this app's.
    #[error("the callback is for app {got}, not this app")]
    WrongApp {
        /// The `SdkAppid` received.
        got: u64,
    },
    /// Authentication is on and `Sign` or `RequestTime` is missing.
    #[error("the callback is not signed")]
    Unsigned,
    /// `Sign` does not match.
    #[error("the callback's signature does not match")]
    BadSignature,
    /// `RequestTime` is too far from this machine's clock.
    #[error("the callback's RequestTime is {skew_secs} s away from now")]
    Stale {
        /// The distance, in seconds.
        skew_secs: u64,
    },
    /// The body is not a callback.
    #[error("the callback body does not decode: {0}")]
    BadBody(String),
    /// The body's `CallbackCommand` differs from the query's.
    #[error("the body's CallbackCommand differs from the query's")]
    CommandMismatch,
}

/// What the app accepts: its SDKAppID, the authentication token (when
/// authentication is configured in the console), the tolerated clock distance.
#[derive(Clone)]
pub struct WebhookConfig {
    app_id: u64,
    token: Option<Zeroizing<String>>,
    window: Duration,
    slow_after: Duration,
}

impl fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("app_id", &self.app_id)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("window", &self.window)
            .finish()
    }
}

impl WebhookConfig {
    /// Accepts callbacks of app `app_id`, unsigned.
    pub fn new(app_id: u64) -> Self {
        WebhookConfig {
            app_id,
            token: None,
            window: DEFAULT_WINDOW,
            slow_after: ANSWER_BUDGET,
        }
    }

    /// Requires `Sign` and `RequestTime` made with `token`.
    #[must_use]
    pub fn token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(Zeroizing::new(token.into()));
        self
    }

    /// The tolerated distance between `RequestTime` and now (default 60 s).
    #[must_use]
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// A user function slower than this is logged (default: the two-second budget).
    #[must_use]
    pub fn slow_after(mut self, limit: Duration) -> Self {
        self.slow_after = limit;
        self
    }

    /// The app's SDKAppID.
    pub fn app_id(&self) -> u64 {
        self.app_id
    }

    /// Checks a callback's query against this machine's clock.
    pub fn verify(&self, q: &CallbackQuery) -> Result<(), VerifyError> {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        self.verify_at(q, now)
    }

    /// Checks a callback's query at `now` (Unix seconds).
    pub fn verify_at(&self, q: &CallbackQuery, now: u64) -> Result<(), VerifyError> {
        if q.sdk_app_id != self.app_id {
            return Err(VerifyError::WrongApp { got: q.sdk_app_id });
        }
        let Some(token) = &self.token else {
            return Ok(());
        };
        let (Some(got), Some(time)) = (&q.sign, q.request_time) else {
            return Err(VerifyError::Unsigned);
        };
        let expected = sign(token, time);
        if !constant_time_eq(expected.as_bytes(), got.to_ascii_lowercase().as_bytes()) {
            return Err(VerifyError::BadSignature);
        }
        let skew = now.abs_diff(time);
        if skew > self.window.as_secs() {
            return Err(VerifyError::Stale { skew_secs: skew });
        }
        Ok(())
    }
}

/// The app's answer to a callback: `ActionStatus`, `ErrorCode`, `ErrorInfo` and, for
/// some "before" callbacks, fields that rewrite the action (build those from the
/// generated `...Answer` types: `Reply::from(answer)`).
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    body: Value,
}

impl Reply {
    /// `ErrorCode` 0: acknowledged (after callbacks), or allowed unchanged (before).
    pub fn ack() -> Self {
        Self::code(0, "")
    }

    /// Same as [`Reply::ack`], for "before" callbacks.
    pub fn allow() -> Self {
        Self::ack()
    }

    /// `ErrorCode` 1: the action is refused (the caller gets the callback's documented
    /// code).
    pub fn refuse() -> Self {
        Self::code(1, "")
    }

    /// `ErrorCode` 2, where documented: the action is dropped, the caller sees a success.
    pub fn discard() -> Self {
        Self::code(2, "")
    }

    /// Any `ErrorCode` and `ErrorInfo` (e.g. an app code in a documented pass-through range).
    pub fn code(code: i64, info: impl Into<String>) -> Self {
        Reply {
            body: json!({"ActionStatus": "OK", "ErrorCode": code, "ErrorInfo": info.into()}),
        }
    }

    /// The failure answer: `ActionStatus` `FAIL`, `ErrorCode` 1.
    pub fn failure(info: impl Into<String>) -> Self {
        Reply {
            body: json!({"ActionStatus": "FAIL", "ErrorCode": 1, "ErrorInfo": info.into()}),
        }
    }

    /// A typed answer (a generated `...Answer`).
    pub fn typed<T: Serialize>(answer: &T) -> Self {
        match serde_json::to_value(answer) {
            Ok(body) => Reply { body },
            Err(e) => Self::failure(format!("cannot encode the answer: {e}")),
        }
    }

    /// Reads an answer body (what the emulator does with the app's answer).
    pub fn from_value(body: Value) -> Self {
        Reply { body }
    }

    /// The JSON body.
    pub fn body(&self) -> &Value {
        &self.body
    }

    /// `ErrorCode` (0 when absent or unreadable).
    pub fn error_code(&self) -> i64 {
        self.body
            .get("ErrorCode")
            .and_then(Value::as_i64)
            .unwrap_or(0)
    }

    /// `ActionStatus` is `OK`.
    pub fn is_ok(&self) -> bool {
        self.body.get("ActionStatus").and_then(Value::as_str) == Some("OK")
    }

    /// Decodes the body into a typed answer.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        serde_json::from_value(self.body.clone())
    }
}
