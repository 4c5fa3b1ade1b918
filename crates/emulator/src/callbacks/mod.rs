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
use tencent_chat::webhooks::Event;

use crate::state::State;
use crate::{Inner, lock, wire};

mod accounts;
mod c2c;
mod groups;
mod sns;

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
pub(crate) fn event_time() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// Callbacks to send: `(CallbackCommand, payload)`.
pub(crate) type Outgoing = Vec<(&'static str, Value)>;

/// What a hook sees of one call.
pub(crate) struct Call<'a> {
    /// The state: before the change for `before` and `prepare`, after it for `after`
    /// and `failed`.
    pub(crate) state: &'a State,
    /// The request, as allowing "before" answers rewrote it.
    pub(crate) request: &'a Value,
    /// What `prepare` kept of the state before the change (`Null` until it ran).
    pub(crate) context: &'a Value,
    /// The answer: the success's fields for `after`, the failure's envelope for
    /// `failed`, `Null` before the call.
    pub(crate) response: &'a Value,
    /// The admin account the REST API acts as (`Operator_Account` of REST calls).
    pub(crate) admin: &'a str,
}

impl Call<'_> {
    /// A string field of the request.
    pub(crate) fn str(&self, key: &str) -> Option<&str> {
        str_of(self.request, key)
    }

    /// The request's `From_Account` where the call may act for a user, else the admin.
    pub(crate) fn sender(&self) -> &str {
        self.str("From_Account").unwrap_or(self.admin)
    }
}

/// How one endpoint takes part in callbacks: built with [`EndpointHooks::new`] and
/// the parts it needs.
pub(crate) struct EndpointHooks {
    /// The endpoint's path.
    path: fn() -> &'static str,
    /// "Before" callbacks to send, from the request and the state.
    before: fn(&Call<'_>) -> Outgoing,
    /// Applies an allowing answer of a "before" callback (its command) to the request.
    rewrite: fn(&str, &mut Value, &Value),
    /// What the "after" callbacks need from the state before the change.
    prepare: fn(&Call<'_>) -> Value,
    /// "After" callbacks of a success.
    after: fn(&Call<'_>) -> Outgoing,
    /// Callbacks of a failure (the call was admissible, the service refused it).
    failed: fn(&Call<'_>) -> Outgoing,
}

fn nothing(_: &Call<'_>) -> Outgoing {
    Vec::new()
}
fn no_rewrite(_: &str, _: &mut Value, _: &Value) {}
fn no_context(_: &Call<'_>) -> Value {
    Value::Null
}

impl EndpointHooks {
    const fn new(path: fn() -> &'static str) -> Self {
        EndpointHooks {
            path,
            before: nothing,
            rewrite: no_rewrite,
            prepare: no_context,
            after: nothing,
            failed: nothing,
        }
    }

    const fn before(mut self, before: fn(&Call<'_>) -> Outgoing) -> Self {
        self.before = before;
        self
    }

    const fn rewrite(mut self, rewrite: fn(&str, &mut Value, &Value)) -> Self {
        self.rewrite = rewrite;
        self
    }

    const fn prepare(mut self, prepare: fn(&Call<'_>) -> Value) -> Self {
        self.prepare = prepare;
        self
    }

    const fn after(mut self, after: fn(&Call<'_>) -> Outgoing) -> Self {
        self.after = after;
        self
    }

    const fn failed(mut self, failed: fn(&Call<'_>) -> Outgoing) -> Self {
        self.failed = failed;
        self
    }
}

/// The endpoints that send callbacks, and how: every endpoint whose spec names
/// webhooks has a row (a test checks it), and a row sends only callbacks its
/// endpoint's spec names ([`serve`] drops and logs any other).
pub(crate) static HOOKS: &[EndpointHooks] = {
    use tencent_chat::{
        group_open_http_svc as group, im_open_login_svc as login,
        million_group_open_http_svc as topic, openim, profile, sns as relations,
    };
    &[
        EndpointHooks::new(|| group::SEND_GROUP_MSG.path)
            .before(groups::send_msg_before)
            .rewrite(rewrite_message)
            .prepare(groups::context)
            .after(groups::send_msg_after)
            .failed(groups::send_msg_failed),
        EndpointHooks::new(|| group::CREATE_GROUP.path)
            .before(groups::create_group_before)
            .after(groups::create_group_after),
        EndpointHooks::new(|| group::DESTROY_GROUP.path)
            .prepare(groups::context)
            .after(groups::destroy_group_after),
        EndpointHooks::new(|| group::ADD_GROUP_MEMBER.path)
            .before(groups::add_member_before)
            .rewrite(groups::add_member_rewrite)
            .prepare(groups::context)
            .after(groups::add_member_after),
        EndpointHooks::new(|| group::DELETE_GROUP_MEMBER.path)
            .prepare(groups::context)
            .after(groups::delete_member_after),
        EndpointHooks::new(|| group::MODIFY_GROUP_BASE_INFO.path)
            .prepare(groups::context)
            .after(groups::info_changed),
        EndpointHooks::new(|| group::GROUP_MSG_RECALL.path).after(groups::recalled),
        EndpointHooks::new(|| topic::CREATE_TOPIC.path)
            .before(groups::create_topic_before)
            .after(groups::create_topic_after),
        EndpointHooks::new(|| topic::DESTROY_TOPIC.path).after(groups::topics_destroyed),
        EndpointHooks::new(|| topic::MODIFY_TOPIC.path)
            .prepare(groups::topic_context)
            .after(groups::topic_changed),
        EndpointHooks::new(|| openim::SENDMSG.path)
            .before(c2c::send_before)
            .rewrite(rewrite_message)
            .after(c2c::send_after),
        EndpointHooks::new(|| openim::ADMIN_MSGWITHDRAW.path).after(c2c::withdrawn),
        EndpointHooks::new(|| relations::FRIEND_ADD.path)
            .prepare(sns::friend_add_context)
            .after(sns::friends_added),
        EndpointHooks::new(|| relations::FRIEND_DELETE.path)
            .prepare(sns::friend_delete_context)
            .after(sns::friends_deleted),
        EndpointHooks::new(|| relations::FRIEND_DELETE_ALL.path)
            .prepare(sns::friend_delete_all_context)
            .after(sns::friends_deleted),
        EndpointHooks::new(|| relations::BLACK_LIST_ADD.path)
            .prepare(sns::block_context)
            .after(sns::blocked),
        EndpointHooks::new(|| relations::BLACK_LIST_DELETE.path)
            .prepare(sns::block_context)
            .after(sns::unblocked),
        EndpointHooks::new(|| profile::PORTRAIT_SET.path).after(accounts::portrait_set),
        EndpointHooks::new(|| login::KICK.path)
            .prepare(accounts::kick_context)
            .after(accounts::kicked),
    ]
};

/// Whether the request's `ForbidCallbackControl` turns off this callback (group and
/// one-to-one messages alike).
pub(crate) fn forbidden(request: &Value, which: &str) -> bool {
    items(request, "ForbidCallbackControl").any(|v| v.as_str() == Some(which))
}

/// The items of the array under `key` (none when it is missing or not an array).
pub(crate) fn items<'v>(v: &'v Value, key: &str) -> impl Iterator<Item = &'v Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// The items of the array under `key` whose `code` field is `ok`: the entries of a
/// per-item answer that succeeded.
pub(crate) fn items_with<'v>(
    v: &'v Value,
    key: &str,
    code: &'static str,
    ok: i64,
) -> impl Iterator<Item = &'v Value> {
    items(v, key).filter(move |item| item.get(code).and_then(Value::as_i64) == Some(ok))
}

/// An allowing answer to a message's "before" callback may replace its body and
/// custom data (group and one-to-one messages alike).
pub(crate) fn rewrite_message(_: &str, request: &mut Value, answer: &Value) {
    for key in ["MsgBody", "CloudCustomData"] {
        if let Some(v) = answer.get(key) {
            request[key] = v.clone();
        }
    }
}

pub(crate) fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

/// Serves one call with its callbacks: "before" callbacks first (a refusal answers
/// the caller, a discard answers success without acting, an allowing answer may
/// rewrite the request), then the call, then the "after" callbacks of a success or
/// the callbacks of a failure.
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
    let admin = inner.admin.as_str();
    let befores = {
        let state = lock(&inner.state);
        (hooks.before)(&Call {
            state: &state,
            request: &request,
            context: &Value::Null,
            response: &Value::Null,
            admin,
        })
    };
    for (command, payload) in named(info, befores) {
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
    let context = {
        let state = lock(&inner.state);
        (hooks.prepare)(&Call {
            state: &state,
            request: &request,
            context: &Value::Null,
            response: &Value::Null,
            admin,
        })
    };
    let body = serde_json::to_vec(&request).unwrap_or_default();
    let (code, answer) = crate::generic::serve(inner, info, handler, &body);
    let response: Value = serde_json::from_slice(&answer).unwrap_or(Value::Null);
    let outgoing = {
        let state = lock(&inner.state);
        let call = Call {
            state: &state,
            request: &request,
            context: &context,
            response: &response,
            admin,
        };
        if code == 0 {
            (hooks.after)(&call)
        } else {
            (hooks.failed)(&call)
        }
    };
    for (command, payload) in named(info, outgoing) {
        callbacks.after(command, payload);
    }
    (code, answer)
}

/// The callbacks among `outgoing` that the endpoint's spec names; any other is a
/// bug of a hook, logged and not sent.
fn named(info: &EndpointInfo, outgoing: Outgoing) -> Outgoing {
    outgoing
        .into_iter()
        .filter(|(command, _)| {
            let named = info.webhooks().any(|w| w.command == *command);
            if !named {
                tracing::error!(
                    endpoint = info.path,
                    command,
                    "a callback the endpoint's spec does not name"
                );
            }
            named
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_endpoint_that_names_callbacks_sends_them() {
        for info in tencent_chat::ENDPOINTS {
            let rows = HOOKS.iter().filter(|h| (h.path)() == info.path).count();
            let names = info.webhooks().count();
            assert_eq!(
                rows,
                usize::from(names > 0),
                "{}: {names} callbacks in its spec, {rows} rows in HOOKS",
                info.path
            );
        }
    }
}
