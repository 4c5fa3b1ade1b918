//! The generic tier: what the emulator answers for every endpoint from its spec
//! alone. Every call is decoded and checked against the documented limits through the
//! endpoint's type-erased hooks, its preconditions (the spec's `refers_to` keys: the
//! group, the accounts, their roles, the topic) and its group-type rule are resolved
//! against the state, and then either the endpoint's stateful handler runs (see
//! [`crate::endpoints`]) or the answer is the success body the generator built from
//! the response spec (`EndpointInfo::example_response`).

use serde_json::Value;
use tencent_chat::{EndpointInfo, Entity, GroupRole, GroupTypeSupport, PublicError};

use crate::endpoints::{self, Cx, Fail};
use crate::state::{Group, GroupType, MemberRole, State};
use crate::{Inner, lock, unix_now, wire};

/// How an endpoint is served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// A hand-written handler keeps the state (after the generic checks).
    Stateful,
    /// Only the generic checks; the answer is built from the response spec.
    Generic,
}

impl Tier {
    /// The tier of an endpoint.
    pub fn of(info: &EndpointInfo) -> Tier {
        if endpoints::handler(info.path).is_some() {
            Tier::Stateful
        } else {
            Tier::Generic
        }
    }

    /// `stateful` or `generic`.
    pub fn as_str(self) -> &'static str {
        match self {
            Tier::Stateful => "stateful",
            Tier::Generic => "generic",
        }
    }
}

/// Answers one call of the endpoint `info`: `(ErrorCode, response body)`.
pub(crate) fn serve(
    inner: &Inner,
    info: &'static EndpointInfo,
    handler: Option<endpoints::Handler>,
    body: &[u8],
) -> (i64, Vec<u8>) {
    let fail = |f: Fail| (f.code, wire::failure(f.code, &f.info));
    let request = match decode(info, body) {
        Ok(request) => request,
        Err(f) => return fail(f),
    };
    let outcome = {
        let mut state = lock(&inner.state);
        match preconditions(&state, info, &request).and_then(|acts| {
            inner
                .quotas
                .admit(info, &request)
                .map(|quota| (acts, quota))
        }) {
            Err(f) => Err(f),
            Ok((acts, quota)) => {
                let outcome = match handler {
                    Some(handler) => handler(
                        request,
                        &mut Cx {
                            state: &mut state,
                            info,
                            now: unix_now(),
                            app_id: inner.app_id,
                            admin: &inner.admin,
                            limits: inner.limits,
                            acts,
                        },
                    ),
                    None => example(info).map(|body| (body, false)),
                };
                if outcome.is_err() {
                    // A call its handler refuses uses none of the quotas.
                    inner.quotas.release(quota);
                }
                outcome
            }
        }
    };
    match outcome {
        Ok((body, changed)) => {
            if changed {
                inner.changed();
            }
            (0, body)
        }
        Err(f) => fail(f),
    }
}

/// Whether a call passes what [`serve`] checks before acting (decoding, limits, the
/// spec's preconditions), without acting; otherwise the refusal's code and body.
/// Callbacks are sent only for calls that pass.
pub(crate) fn admissible(
    inner: &Inner,
    info: &'static EndpointInfo,
    body: &[u8],
) -> Result<(), (i64, Vec<u8>)> {
    let fail = |f: Fail| (f.code, wire::failure(f.code, &f.info));
    let request = decode(info, body).map_err(fail)?;
    let state = lock(&inner.state);
    preconditions(&state, info, &request)
        .map(|_| ())
        .map_err(fail)
}

/// The request body as JSON, checked against the documented limits; a refusal is
/// answered with the code the spec gives for it.
fn decode(info: &EndpointInfo, body: &[u8]) -> Result<Value, Fail> {
    let value: Value = match serde_json::from_slice(body) {
        Ok(value) => value,
        Err(_) if body.iter().all(u8::is_ascii_whitespace) => {
            return Err(Fail::code(
                PublicError::JsonRequestMalformed.code(),
                "the request body is empty",
            ));
        }
        Err(e) => {
            return Err(Fail::code(
                PublicError::JsonRequestMalformed.code(),
                format!("the request body is not JSON: {e}"),
            ));
        }
    };
    (info.hooks.validate_request)(&value).map_err(|e| {
        Fail::code(
            info.invalid_request_code_for(&e),
            format!("invalid request: {e}"),
        )
    })?;
    Ok(value)
}

/// The success body built from the response spec.
fn example(info: &EndpointInfo) -> Result<Vec<u8>, Fail> {
    let fields: Value = serde_json::from_str(info.example_response).map_err(|e| {
        Fail::code(
            PublicError::JsonResponseMalformed.code(),
            format!("the generated example response does not parse: {e}"),
        )
    })?;
    wire::success(&fields).map_err(|e| {
        Fail::code(
            PublicError::JsonResponseMalformed.code(),
            format!("cannot encode the response: {e}"),
        )
    })
}

/// The string values of a request field: one for a string, every item for an array
/// of strings, none when absent.
fn strings<'v>(request: &'v Value, field: &str) -> Vec<&'v str> {
    match request.get(field) {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// The endpoint's group, if it names one that exists; the spec's code if it names one
/// that does not.
pub(crate) fn group_of<'s>(
    state: &'s State,
    info: &EndpointInfo,
    request: &Value,
) -> Result<Option<&'s Group>, Fail> {
    let Some(r) = info.references.iter().find(|r| r.entity == Entity::Group) else {
        return Ok(None);
    };
    let Some(id) = request.get(r.field).and_then(Value::as_str) else {
        return Ok(None);
    };
    match state.groups.get(id) {
        Some(g) => Ok(Some(g)),
        None => Err(Fail::code(
            r.missing,
            format!("group {id:?} does not exist"),
        )),
    }
}

/// Checks what the spec says must hold before the call acts: the group exists, its
/// type allows the call, the named accounts are imported and hold their roles, the
/// topic exists. `Ok(false)` when the group's type makes the call succeed without
/// effect (nothing else is checked then).
pub(crate) fn preconditions(
    state: &State,
    info: &EndpointInfo,
    request: &Value,
) -> Result<bool, Fail> {
    let group = group_of(state, info, request)?;
    if let Some(g) = group {
        match info.group_type_support(g.group_type.as_str()) {
            Some(GroupTypeSupport::Error(code)) => {
                return Err(Fail::code(
                    code,
                    format!(
                        "{} is not supported for {} groups",
                        info.command,
                        g.group_type.as_str()
                    ),
                ));
            }
            Some(GroupTypeSupport::NoEffect) => return Ok(false),
            _ => {}
        }
    }
    for r in info.references {
        match r.entity {
            Entity::Account => {
                for account in strings(request, r.field) {
                    if !state.accounts.contains_key(account) {
                        return Err(Fail::code(
                            r.missing,
                            format!("{} {account:?} is not an imported account", r.field),
                        ));
                    }
                    let (Some(role), Some(g)) = (&r.role, group) else {
                        continue;
                    };
                    if role.except_group_types.contains(&g.group_type.as_str()) {
                        continue;
                    }
                    let held = g.members.get(account).map(|m| &m.role);
                    let enough = match (role.require, held) {
                        (_, None) => false,
                        (GroupRole::Member, Some(_)) => true,
                        (GroupRole::AdminOrOwner, Some(r)) => {
                            matches!(r, MemberRole::Admin | MemberRole::Owner)
                        }
                        (GroupRole::Owner, Some(r)) => *r == MemberRole::Owner,
                        // A requirement this emulator does not know: refused.
                        _ => false,
                    };
                    if !enough {
                        return Err(Fail::code(
                            role.code,
                            format!(
                                "{account:?} is not {} of the group",
                                match role.require {
                                    GroupRole::Member => "a member",
                                    GroupRole::AdminOrOwner => "an admin or the owner",
                                    _ => "the owner",
                                }
                            ),
                        ));
                    }
                }
            }
            Entity::Topic => {
                if let (Some(topic), Some(g)) =
                    (request.get(r.field).and_then(Value::as_str), group)
                    && !(g.group_type == GroupType::Community && g.support_topic)
                {
                    return Err(Fail::code(
                        r.missing,
                        format!(
                            "{} {topic:?}: topics exist only in communities with topics",
                            r.field
                        ),
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use tencent_chat::group_open_http_svc::{DELETE_GROUP_MSG_BY_SENDER, SEND_GROUP_MSG};
    use tencent_chat::sns::GROUP_GET;

    use super::*;

    fn state() -> State {
        let mut s = State::default();
        s.add_accounts(["alice", "bob", "carol"]);
        s.add_group(
            "g1",
            Group::new(GroupType::Public)
                .owner("alice")
                .members(["bob"]),
        );
        s.add_group("av", Group::new(GroupType::AvChatRoom));
        s
    }

    fn code(r: Result<bool, Fail>) -> i64 {
        match r {
            Ok(_) => 0,
            Err(f) => f.code,
        }
    }

    #[test]
    fn every_example_response_decodes_into_its_response_type() {
        for info in tencent_chat::ENDPOINTS {
            let value: Value = serde_json::from_str(info.example_response)
                .unwrap_or_else(|e| panic!("{}: {e}", info.path));
            (info.hooks.reencode_response)(&value)
                .unwrap_or_else(|e| panic!("{}: {e}: {value}", info.path));
        }
    }

    #[test]
    fn preconditions_come_from_the_spec() {
        let s = state();
        let send = |body: Value| code(preconditions(&s, &SEND_GROUP_MSG, &body));
        assert_eq!(
            send(json!({"GroupId": "nope", "Random": 1, "MsgBody": []})),
            10010
        );
        assert_eq!(
            send(json!({"GroupId": "g1", "Random": 1, "MsgBody": []})),
            0
        );
        // From_Account: imported, and a member (the role rule).
        let from = |who: &str| json!({"GroupId": "g1", "From_Account": who});
        assert_eq!(send(from("bob")), 0);
        assert_eq!(send(from("alice")), 0);
        assert_eq!(send(from("dave")), 10004);
        assert_eq!(send(from("carol")), 10007);
        // Audio-video groups keep no member list: the rule does not apply there.
        assert_eq!(send(json!({"GroupId": "av", "From_Account": "carol"})), 0);
        // A topic exists only in a community with topics.
        assert_eq!(send(json!({"GroupId": "g1", "TopicId": "t"})), 10004);
        // An account field of a call without a group.
        let get = |who: &str| code(preconditions(&s, &GROUP_GET, &json!({"From_Account": who})));
        assert_eq!(get("alice"), 0);
        assert_eq!(get("dave"), 30003);
    }

    #[test]
    fn a_group_type_without_effect_skips_the_rest() {
        let s = state();
        // delete_group_msg_by_sender has no effect in audio-video groups, even with a
        // topic that would be refused elsewhere.
        let body = json!({"GroupId": "av", "Sender_Account": "x", "TopicId": "t"});
        assert!(!preconditions(&s, &DELETE_GROUP_MSG_BY_SENDER, &body).unwrap());
        let body = json!({"GroupId": "g1", "Sender_Account": "x"});
        assert!(preconditions(&s, &DELETE_GROUP_MSG_BY_SENDER, &body).unwrap());
    }

    #[test]
    fn the_listing_has_every_endpoint_once() {
        let tiers = crate::tiers();
        assert_eq!(tiers.len(), tencent_chat::ENDPOINTS.len());
        assert!(
            tiers
                .iter()
                .any(|(p, t)| *p == SEND_GROUP_MSG.path && *t == Tier::Stateful)
        );
    }
}
