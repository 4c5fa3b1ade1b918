//! The emulator calls the app back: with a callback URL (and optionally a token)
//! configured, the endpoints that trigger callbacks send them, signed as the service
//! signs them, with the payloads of `specs/webhooks/`.
//!
//! One generic mechanism: [`Callbacks::before`] posts a "before" callback and turns
//! the answer into a [`Verdict`] by the callback's documented outcomes (no answer in
//! time, or an unreadable one, gives the documented default); [`Callbacks::after`]
//! posts an "after" callback without waiting. Endpoints take part through [`HOOKS`]:
//! per endpoint path, the "before" payloads built from the request and the state,
//! how an allowing answer rewrites the request, and the "after" payloads built once
//! the change is applied. Other handlers can add rows there.

use std::sync::Arc;
use std::time::Duration;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client as HttpClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use serde_json::{Value, json};
use tencent_chat::EndpointInfo;
use tencent_chat::webhook::{CallbackQuery, OptPlatform, WebhookEffect, WebhookInfo};
use tencent_chat::webhooks::{self, Event};

use crate::state::State;
use crate::{Inner, lock, wire};

/// Where and how callbacks are sent.
#[derive(Clone)]
pub(crate) struct Callbacks {
    url: String,
    token: Option<zeroize::Zeroizing<String>>,
    timeout: Duration,
    app_id: u32,
    http: HttpClient<HttpConnector, Full<Bytes>>,
}

impl std::fmt::Debug for Callbacks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Callbacks")
            .field("url", &self.url)
            .field("signed", &self.token.is_some())
            .field("timeout", &self.timeout)
            .finish()
    }
}

/// What a "before" callback decided.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Verdict {
    /// Go ahead; the answer (if any) may rewrite the request.
    Allow(Option<Value>),
    /// Refuse with this code and text.
    Refuse(i64, String),
    /// Drop the action, answering success.
    Discard,
}

impl Callbacks {
    pub(crate) fn new(url: String, token: Option<String>, timeout: Duration, app_id: u32) -> Self {
        Callbacks {
            url,
            token: token.map(zeroize::Zeroizing::new),
            timeout,
            app_id,
            http: HttpClient::builder(TokioExecutor::new()).build_http(),
        }
    }

    /// Posts one callback; the answer's JSON, or `None` when it fails or is late.
    async fn post(&self, command: &str, payload: &Value) -> Option<Value> {
        let now = crate::unix_now();
        let mut query = CallbackQuery::new(u64::from(self.app_id), command);
        query.client_ip = Some("127.0.0.1".to_owned());
        query.opt_platform = Some(OptPlatform::RestApi);
        if let Some(token) = &self.token {
            query = query.signed(token, now);
        }
        let sep = if self.url.contains('?') { '&' } else { '?' };
        let uri = format!("{}{sep}{query}", self.url);
        let body = serde_json::to_vec(payload).ok()?;
        let request = hyper::Request::post(uri)
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from(body)))
            .ok()?;
        let exchange = async {
            let response = self.http.request(request).await.ok()?;
            if response.status() != hyper::StatusCode::OK {
                return None;
            }
            let bytes = response.into_body().collect().await.ok()?.to_bytes();
            serde_json::from_slice::<Value>(&bytes).ok()
        };
        match tokio::time::timeout(self.timeout, exchange).await {
            Ok(answer) => {
                if answer.is_none() {
                    tracing::warn!(command, "callback failed or answered no JSON");
                }
                answer
            }
            Err(_) => {
                tracing::warn!(
                    command,
                    timeout_ms = self.timeout.as_millis() as u64,
                    "callback answer late"
                );
                None
            }
        }
    }

    /// Sends a "before" callback and reads the answer by the callback's outcomes.
    pub(crate) async fn before(&self, command: &str, payload: Value) -> Verdict {
        let Some(info) = WebhookInfo::get(command) else {
            return Verdict::Allow(None);
        };
        let Some(payload) = typed(command, payload) else {
            return Verdict::Allow(None);
        };
        let answer = self.post(command, &payload).await;
        let usable = answer.filter(|a| a.get("ActionStatus").and_then(Value::as_str) == Some("OK"));
        let (effect, code, text, answer) = match usable {
            Some(a) => {
                let code = a.get("ErrorCode").and_then(Value::as_i64).unwrap_or(0);
                let (effect, caller) = info.effect_of(code);
                let text = a
                    .get("ErrorInfo")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned();
                (effect, caller, text, Some(a))
            }
            None => (
                info.on_failure.unwrap_or(WebhookEffect::Allow),
                info.outcomes
                    .iter()
                    .find(|o| o.effect == WebhookEffect::Refuse)
                    .and_then(|o| o.caller_code),
                String::new(),
                None,
            ),
        };
        match effect {
            WebhookEffect::Allow => Verdict::Allow(answer),
            WebhookEffect::Discard => Verdict::Discard,
            WebhookEffect::Refuse => {
                let code = code.unwrap_or(1);
                let text = if text.is_empty() {
                    format!("refused by the app's {command} callback")
                } else {
                    text
                };
                Verdict::Refuse(code, text)
            }
        }
    }

    /// Sends an "after" callback in the background.
    pub(crate) fn after(self: &Arc<Self>, command: &'static str, payload: Value) {
        let Some(payload) = typed(command, payload) else {
            return;
        };
        let this = self.clone();
        tokio::spawn(async move {
            this.post(command, &payload).await;
        });
    }
}

/// The payload through its generated type: what the specs say the callback carries.
fn typed(command: &str, payload: Value) -> Option<Value> {
    match Event::from_value(payload) {
        Ok(Event::Unknown { .. }) => {
            tracing::error!(command, "no callback spec");
            None
        }
        Ok(event) => event.to_value().ok(),
        Err(e) => {
            tracing::error!(command, error = %e, "the emulator built a payload its spec refuses");
            None
        }
    }
}

/// Milliseconds since the epoch, as callbacks carry `EventTime`.
fn event_time() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Callbacks to send: `(CallbackCommand, payload)`.
pub(crate) type Outgoing = Vec<(&'static str, Value)>;

/// How one endpoint takes part in callbacks.
pub(crate) struct EndpointHooks {
    /// The endpoint's path.
    pub(crate) path: fn() -> &'static str,
    /// "Before" callbacks to send (command, payload), from the request and the state.
    pub(crate) before: fn(&State, &Value, &str) -> Outgoing,
    /// Applies an allowing answer of `command` to the request.
    pub(crate) rewrite: fn(&str, &mut Value, &Value),
    /// What the "after" callbacks need from the state before the change.
    pub(crate) prepare: fn(&State, &Value) -> Value,
    /// "After" callbacks to send, from the prepared context, the request and the response body.
    pub(crate) after: fn(&Value, &Value, &Value, &str) -> Outgoing,
}

fn no_before(_: &State, _: &Value, _: &str) -> Vec<(&'static str, Value)> {
    Vec::new()
}
fn no_rewrite(_: &str, _: &mut Value, _: &Value) {}
fn no_prepare(_: &State, _: &Value) -> Value {
    Value::Null
}

/// The endpoints that send callbacks, and how.
pub(crate) static HOOKS: &[EndpointHooks] = &[
    EndpointHooks {
        path: || tencent_chat::group_open_http_svc::SEND_GROUP_MSG.path,
        before: send_msg_before,
        rewrite: send_msg_rewrite,
        prepare: group_context,
        after: send_msg_after,
    },
    EndpointHooks {
        path: || tencent_chat::group_open_http_svc::CREATE_GROUP.path,
        before: create_group_before,
        rewrite: no_rewrite,
        prepare: no_prepare,
        after: create_group_after,
    },
    EndpointHooks {
        path: || tencent_chat::group_open_http_svc::DESTROY_GROUP.path,
        before: no_before,
        rewrite: no_rewrite,
        prepare: group_context,
        after: destroy_group_after,
    },
    EndpointHooks {
        path: || tencent_chat::group_open_http_svc::ADD_GROUP_MEMBER.path,
        before: add_member_before,
        rewrite: add_member_rewrite,
        prepare: group_context,
        after: add_member_after,
    },
    EndpointHooks {
        path: || tencent_chat::group_open_http_svc::DELETE_GROUP_MEMBER.path,
        before: no_before,
        rewrite: no_rewrite,
        prepare: group_context,
        after: delete_member_after,
    },
];

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

/// The group's type, owner and members, before the change.
fn group_context(state: &State, request: &Value) -> Value {
    let Some(g) = str_of(request, "GroupId").and_then(|id| state.groups.get(id)) else {
        return Value::Null;
    };
    json!({
        "Type": g.group_type,
        "Owner_Account": g.owner,
        "Members": g.members.keys().collect::<Vec<_>>(),
    })
}

fn members_of(list: Option<&Value>, key: &str) -> Vec<Value> {
    list.and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter_map(|m| m.get(key).and_then(Value::as_str).or_else(|| m.as_str()))
                .map(|a| json!({"Member_Account": a}))
                .collect()
        })
        .unwrap_or_default()
}

fn send_msg_skips(request: &Value, which: &str) -> bool {
    request
        .get("ForbidCallbackControl")
        .and_then(Value::as_array)
        .is_some_and(|l| l.iter().any(|v| v.as_str() == Some(which)))
}

fn send_msg_payload(command: &str, state: &State, request: &Value, admin: &str) -> Option<Value> {
    let group_id = str_of(request, "GroupId")?;
    let g = state.groups.get(group_id)?;
    let mut p = json!({
        "CallbackCommand": command,
        "GroupId": group_id,
        "Type": g.group_type,
        "From_Account": str_of(request, "From_Account").unwrap_or(admin),
        "Operator_Account": admin,
        "Random": request.get("Random").cloned().unwrap_or(json!(0)),
        "OnlineOnlyFlag": request.get("OnlineOnlyFlag").cloned().unwrap_or(json!(0)),
        "MsgBody": request.get("MsgBody").cloned().unwrap_or(json!([])),
        "EventTime": event_time(),
    });
    for key in ["CloudCustomData", "TopicId"] {
        if let Some(v) = request.get(key) {
            p[key] = v.clone();
        }
    }
    Some(p)
}

fn send_msg_before(state: &State, request: &Value, admin: &str) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupBeforeSendMsgPayload::COMMAND;
    if send_msg_skips(request, "ForbidBeforeSendMsgCallback") {
        return Vec::new();
    }
    send_msg_payload(COMMAND, state, request, admin)
        .map(|p| vec![(COMMAND, p)])
        .unwrap_or_default()
}

fn send_msg_rewrite(_: &str, request: &mut Value, answer: &Value) {
    for key in ["MsgBody", "CloudCustomData"] {
        if let Some(v) = answer.get(key) {
            request[key] = v.clone();
        }
    }
}

fn send_msg_after(
    context: &Value,
    request: &Value,
    response: &Value,
    admin: &str,
) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupAfterSendMsgPayload::COMMAND;
    if send_msg_skips(request, "ForbidAfterSendMsgCallback") || context.is_null() {
        return Vec::new();
    }
    let mut p = json!({
        "CallbackCommand": COMMAND,
        "GroupId": request.get("GroupId"),
        "Type": context.get("Type"),
        "From_Account": str_of(request, "From_Account").unwrap_or(admin),
        "Operator_Account": admin,
        "Random": request.get("Random").cloned().unwrap_or(json!(0)),
        "OnlineOnlyFlag": request.get("OnlineOnlyFlag").cloned().unwrap_or(json!(0)),
        "MsgBody": request.get("MsgBody").cloned().unwrap_or(json!([])),
        "MsgSeq": response.get("MsgSeq").cloned().unwrap_or(json!(0)),
        "MsgTime": response.get("MsgTime").cloned().unwrap_or(json!(0)),
        "EventTime": event_time(),
    });
    for key in ["CloudCustomData", "TopicId"] {
        if let Some(v) = request.get(key) {
            p[key] = v.clone();
        }
    }
    vec![(COMMAND, p)]
}

fn create_group_members(request: &Value) -> Vec<Value> {
    members_of(request.get("MemberList"), "Member_Account")
}

fn create_group_before(state: &State, request: &Value, admin: &str) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupBeforeCreateGroupPayload::COMMAND;
    let owner = str_of(request, "Owner_Account").unwrap_or(admin);
    let created = state
        .groups
        .values()
        .filter(|g| g.owner.as_deref() == Some(owner))
        .count();
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "Operator_Account": admin,
            "Owner_Account": owner,
            "Type": request.get("Type"),
            "Name": request.get("Name"),
            "CreateGroupNum": created,
            "MemberList": create_group_members(request),
            "EventTime": event_time(),
        }),
    )]
}

fn create_group_after(
    _: &Value,
    request: &Value,
    response: &Value,
    admin: &str,
) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupAfterCreateGroupPayload::COMMAND;
    let Some(group_id) = response.get("GroupId") else {
        return Vec::new();
    };
    let mut p = json!({
        "CallbackCommand": COMMAND,
        "GroupId": group_id,
        "Operator_Account": admin,
        "Owner_Account": str_of(request, "Owner_Account").unwrap_or(admin),
        "Type": request.get("Type"),
        "Name": request.get("Name"),
        "MemberList": create_group_members(request),
        "EventTime": event_time(),
    });
    if let Some(data) = request.get("AppDefinedData") {
        p["UserDefinedDataList"] = data.clone();
    }
    vec![(COMMAND, p)]
}

fn destroy_group_after(
    context: &Value,
    request: &Value,
    _: &Value,
    _: &str,
) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupAfterGroupDestroyedPayload::COMMAND;
    if context.is_null() {
        return Vec::new();
    }
    let mut p = json!({
        "CallbackCommand": COMMAND,
        "GroupId": request.get("GroupId"),
        "Type": context.get("Type"),
        "MemberList": members_of(context.get("Members"), ""),
        "EventTime": event_time(),
    });
    if let Some(owner) = context.get("Owner_Account").filter(|o| !o.is_null()) {
        p["Owner_Account"] = owner.clone();
    }
    vec![(COMMAND, p)]
}

fn add_member_before(state: &State, request: &Value, admin: &str) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupBeforeInviteJoinGroupPayload::COMMAND;
    let Some(g) = str_of(request, "GroupId").and_then(|id| state.groups.get(id)) else {
        return Vec::new();
    };
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "GroupId": request.get("GroupId"),
            "Type": g.group_type,
            "Operator_Account": admin,
            "DestinationMembers": members_of(request.get("MemberList"), "Member_Account"),
            "EventTime": event_time(),
        }),
    )]
}

fn add_member_rewrite(_: &str, request: &mut Value, answer: &Value) {
    let Some(refused) = answer
        .get("RefusedMembers_Account")
        .and_then(Value::as_array)
    else {
        return;
    };
    if let Some(list) = request.get_mut("MemberList").and_then(Value::as_array_mut) {
        list.retain(|m| !refused.contains(m.get("Member_Account").unwrap_or(&Value::Null)));
    }
}

fn add_member_after(
    context: &Value,
    request: &Value,
    response: &Value,
    admin: &str,
) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupAfterNewMemberJoinPayload::COMMAND;
    if context.is_null() {
        return Vec::new();
    }
    // Result 1: the account was added.
    let added: Vec<Value> = response
        .get("MemberList")
        .and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter(|m| m.get("Result").and_then(Value::as_i64) == Some(1))
                .filter_map(|m| m.get("Member_Account").cloned())
                .map(|a| json!({"Member_Account": a}))
                .collect()
        })
        .unwrap_or_default();
    if added.is_empty() {
        return Vec::new();
    }
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "GroupId": request.get("GroupId"),
            "Type": context.get("Type"),
            "JoinType": "Invited",
            "Operator_Account": admin,
            "NewMemberList": added,
            "EventTime": event_time(),
        }),
    )]
}

fn delete_member_after(
    context: &Value,
    request: &Value,
    _: &Value,
    admin: &str,
) -> Vec<(&'static str, Value)> {
    const COMMAND: &str = webhooks::GroupAfterMemberExitPayload::COMMAND;
    if context.is_null() {
        return Vec::new();
    }
    let was: Vec<&Value> = context
        .get("Members")
        .and_then(Value::as_array)
        .map(|l| l.iter().collect())
        .unwrap_or_default();
    let gone: Vec<Value> = request
        .get("MemberToDel_Account")
        .and_then(Value::as_array)
        .map(|l| {
            l.iter()
                .filter(|a| was.contains(a))
                .map(|a| json!({"Member_Account": a}))
                .collect()
        })
        .unwrap_or_default();
    if gone.is_empty() {
        return Vec::new();
    }
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "GroupId": request.get("GroupId"),
            "Type": context.get("Type"),
            "ExitType": "Kicked",
            "Operator_Account": admin,
            "ExitMemberList": gone,
            "EventTime": event_time(),
        }),
    )]
}

/// Serves one call with its callbacks: "before" callbacks first (a refusal answers
/// the caller, a discard answers success without acting, an allowing answer may
/// rewrite the request), then the call, then the "after" callbacks of a success.
pub(crate) async fn serve(
    inner: &Arc<Inner>,
    info: &'static EndpointInfo,
    handler: Option<crate::endpoints::Handler>,
    body: &[u8],
) -> (i64, Vec<u8>) {
    let plain = || crate::generic::serve(inner, info, handler, body);
    let Some(callbacks) = inner.callbacks.clone() else {
        return plain();
    };
    let Some(hooks) = HOOKS.iter().find(|h| (h.path)() == info.path) else {
        return plain();
    };
    let Ok(mut request) = serde_json::from_slice::<Value>(body) else {
        return plain();
    };
    // Callbacks only for calls the service would act on: a refused request answers
    // as it would without them.
    if let Err((code, body)) = crate::generic::admissible(inner, info, body) {
        return (code, body);
    }
    let (befores, context) = {
        let state = lock(&inner.state);
        (
            (hooks.before)(&state, &request, &inner.admin),
            (hooks.prepare)(&state, &request),
        )
    };
    for (command, payload) in befores {
        match callbacks.before(command, payload).await {
            Verdict::Allow(Some(answer)) => (hooks.rewrite)(command, &mut request, &answer),
            Verdict::Allow(None) => {}
            Verdict::Refuse(code, text) => return (code, wire::failure(code, &text)),
            Verdict::Discard => {
                let fields: Value =
                    serde_json::from_str(info.example_response).unwrap_or_else(|_| json!({}));
                return (0, wire::success(&fields).unwrap_or_default());
            }
        }
    }
    let body = serde_json::to_vec(&request).unwrap_or_default();
    let (code, answer) = crate::generic::serve(inner, info, handler, &body);
    if code == 0 {
        let response: Value = serde_json::from_slice(&answer).unwrap_or(Value::Null);
        for (command, payload) in (hooks.after)(&context, &request, &response, &inner.admin) {
            callbacks.after(command, payload);
        }
    }
    (code, answer)
}
