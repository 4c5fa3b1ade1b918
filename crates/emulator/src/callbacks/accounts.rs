//! Account callbacks: a profile set, an online state ended by a kick.

use serde_json::{Value, json};
use tencent_chat::types::LoginState;
use tencent_chat::webhooks;

use super::{Call, Outgoing, event_time};

pub(crate) fn portrait_set(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::ProfilePortraitSetPayload::COMMAND;
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "Operator_Account": call.admin,
            "From_Account": call.request.get("From_Account"),
            "ProfileItem": call.request.get("ProfileItem"),
            "EventTime": event_time(),
        }),
    )]
}

/// Whether the account had a live or push-only connection before the kick.
pub(crate) fn kick_context(call: &Call<'_>) -> Value {
    let online = call
        .str("UserID")
        .and_then(|id| call.state.accounts.get(id))
        .is_some_and(|a| {
            matches!(
                a.login_state,
                Some(LoginState::Online | LoginState::PushOnline)
            )
        });
    json!(online)
}

/// A kicked account that was online logs out. The service documents no reason for
/// a kick; the emulator reports the one of a logout (`Unregister`).
pub(crate) fn kicked(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::StateStateChangePayload::COMMAND;
    if call.context != &json!(true) {
        return Vec::new();
    }
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "EventTime": event_time(),
            "Info": {"Action": "Logout", "To_Account": call.str("UserID"), "Reason": "Unregister"},
        }),
    )]
}
