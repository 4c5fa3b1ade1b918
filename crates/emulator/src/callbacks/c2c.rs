//! One-to-one message callbacks: before and after sending, after a recall.

use serde_json::{Value, json};
use tencent_chat::webhooks;

use super::{Call, Outgoing, forbidden};

/// The recipient's unread one-to-one messages, as the state holds them now.
fn unread_of(call: &Call<'_>, account: &str) -> usize {
    call.state
        .c2c_messages
        .iter()
        .filter(|m| m.to == account && m.is_unread())
        .count()
}

/// The fields both message callbacks carry, from the request.
fn message(command: &str, call: &Call<'_>) -> Value {
    let request = call.request;
    // A message with a lifetime of 0 reaches online clients only.
    let online_only = request.get("MsgLifeTime").and_then(Value::as_u64) == Some(0);
    let mut p = json!({
        "CallbackCommand": command,
        "From_Account": call.sender(),
        "To_Account": request.get("To_Account"),
        "MsgRandom": request.get("MsgRandom").cloned().unwrap_or(json!(0)),
        "OnlineOnlyFlag": u32::from(online_only),
        "MsgBody": request.get("MsgBody").cloned().unwrap_or(json!([])),
    });
    for key in ["MsgSeq", "CloudCustomData"] {
        if let Some(v) = request.get(key) {
            p[key] = v.clone();
        }
    }
    p
}

pub(crate) fn send_before(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::C2CBeforeSendMsgPayload::COMMAND;
    if forbidden(call.request, "ForbidBeforeSendMsgCallback") {
        return Vec::new();
    }
    let mut p = message(COMMAND, call);
    p["MsgTime"] = json!(crate::unix_now());
    vec![(COMMAND, p)]
}

pub(crate) fn send_after(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::C2CAfterSendMsgPayload::COMMAND;
    if forbidden(call.request, "ForbidAfterSendMsgCallback") {
        return Vec::new();
    }
    let mut p = message(COMMAND, call);
    for key in ["MsgKey", "MsgTime"] {
        if let Some(v) = call.response.get(key) {
            p[key] = v.clone();
        }
    }
    p["SendMsgResult"] = json!(0);
    p["ErrorInfo"] = json!("");
    if let Some(to) = call.str("To_Account") {
        p["UnreadMsgNum"] = json!(unread_of(call, to));
    }
    vec![(COMMAND, p)]
}

pub(crate) fn withdrawn(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::C2CAfterMsgWithDrawPayload::COMMAND;
    let Some(to) = call.str("To_Account") else {
        return Vec::new();
    };
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "From_Account": call.request.get("From_Account"),
            "To_Account": to,
            "MsgKey": call.request.get("MsgKey"),
            "UnreadMsgNum": unread_of(call, to),
        }),
    )]
}
