//! Relationship callbacks: friends added and removed, blocklist entries added and
//! removed. Each reports the relations (account pairs) the call changed, found by
//! comparing the candidate pairs before and after it.

use serde_json::{Value, json};
use tencent_chat::webhooks;

use super::{Call, Outgoing, items};
use crate::state::State;

/// Which relation a pair is read from.
#[derive(Clone, Copy)]
enum Relation {
    /// `owner` has `other` on their friend list.
    Friend,
    /// `owner` has `other` on their blocklist.
    Blocked,
}

fn holds(state: &State, relation: Relation, owner: &str, other: &str) -> bool {
    state.friends.get(owner).is_some_and(|f| match relation {
        Relation::Friend => f.friends.contains(other),
        Relation::Blocked => f.blocked.contains_key(other),
    })
}

/// The candidate pairs `From_Account`→target (and target→`From_Account` for friends,
/// which may be two-sided) with whether each held before the call.
fn candidates<'a>(
    call: &Call<'_>,
    relation: Relation,
    targets: impl Iterator<Item = &'a str>,
) -> Value {
    let Some(from) = call.str("From_Account") else {
        return Value::Null;
    };
    let mut pairs = Vec::new();
    for to in targets {
        let mut push = |a: &str, b: &str| {
            pairs.push(json!([a, b, holds(call.state, relation, a, b)]));
        };
        push(from, to);
        if matches!(relation, Relation::Friend) {
            push(to, from);
        }
    }
    Value::Array(pairs)
}

/// The request's `To_Account` list.
fn to_accounts<'v>(call: &Call<'v>) -> impl Iterator<Item = &'v str> {
    items(call.request, "To_Account").filter_map(Value::as_str)
}

pub(crate) fn friend_add_context(call: &Call<'_>) -> Value {
    let targets = items(call.request, "AddFriendItem")
        .filter_map(|item| item.get("To_Account").and_then(Value::as_str));
    candidates(call, Relation::Friend, targets)
}

pub(crate) fn friend_delete_context(call: &Call<'_>) -> Value {
    candidates(call, Relation::Friend, to_accounts(call))
}

pub(crate) fn friend_delete_all_context(call: &Call<'_>) -> Value {
    let friends: Vec<&str> = call
        .str("From_Account")
        .and_then(|from| call.state.friends.get(from))
        .map(|f| f.friends.iter().map(String::as_str).collect())
        .unwrap_or_default();
    candidates(call, Relation::Friend, friends.into_iter())
}

pub(crate) fn block_context(call: &Call<'_>) -> Value {
    candidates(call, Relation::Blocked, to_accounts(call))
}

/// The candidate pairs that now hold (`added`) or no longer hold, as `AccountPair`s.
fn changed(call: &Call<'_>, relation: Relation, added: bool) -> Vec<Value> {
    call.context
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|pair| {
            let (a, b) = (pair[0].as_str()?, pair[1].as_str()?);
            let was = pair[2].as_bool()?;
            let now = holds(call.state, relation, a, b);
            (was != now && now == added).then(|| json!({"From_Account": a, "To_Account": b}))
        })
        .collect()
}

fn pair_list(command: &'static str, pairs: Vec<Value>) -> Outgoing {
    if pairs.is_empty() {
        return Vec::new();
    }
    vec![(
        command,
        json!({"CallbackCommand": command, "PairList": pairs}),
    )]
}

pub(crate) fn friends_added(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::SnsFriendAddPayload::COMMAND;
    let mut pairs = changed(call, Relation::Friend, true);
    for pair in &mut pairs {
        pair["Initiator_Account"] = json!(call.str("From_Account"));
    }
    let mut out = pair_list(COMMAND, pairs);
    for (_, p) in &mut out {
        p["ClientCmd"] = json!("friend_add");
        p["Admin_Account"] = json!(call.admin);
        p["ForceFlag"] = call
            .request
            .get("ForceAddFlags")
            .cloned()
            .unwrap_or(json!(0));
    }
    out
}

pub(crate) fn friends_deleted(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::SnsFriendDeletePayload::COMMAND;
    pair_list(COMMAND, changed(call, Relation::Friend, false))
}

pub(crate) fn blocked(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::SnsBlackListAddPayload::COMMAND;
    pair_list(COMMAND, changed(call, Relation::Blocked, true))
}

pub(crate) fn unblocked(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::SnsBlackListDeletePayload::COMMAND;
    pair_list(COMMAND, changed(call, Relation::Blocked, false))
}
