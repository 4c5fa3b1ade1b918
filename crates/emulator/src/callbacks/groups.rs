//! Group callbacks: messages (before, after, failed, recalled), creation and
//! destruction, members joining, leaving and filling the group, group and topic
//! information.

use serde_json::{Value, json};
use tencent_chat::webhooks;

use super::{Call, Outgoing, event_time, forbidden, items, items_with, str_of};
use crate::state::{Group, Topic};

/// The group's type, owner, members, capacity and information, before the change.
pub(crate) fn context(call: &Call<'_>) -> Value {
    let Some(g) = call.str("GroupId").and_then(|id| call.state.groups.get(id)) else {
        return Value::Null;
    };
    let context = json!({
        "Type": g.group_type,
        "Owner_Account": g.owner,
        "Members": g.members.keys().collect::<Vec<_>>(),
        "MaxMemberNum": g.max_member_count,
    });
    merged(context, info_fields(group_info(g)))
}

/// The group's type now (after the change, or before it for "before" callbacks).
fn group_type(call: &Call<'_>) -> Option<Value> {
    let g = call.state.groups.get(call.str("GroupId")?)?;
    serde_json::to_value(&g.group_type).ok()
}

/// The accounts of the list under `list` (items with the account under `key`, or
/// plain strings), as `{"Member_Account": ...}` items.
fn members_of(v: &Value, list: &str, key: &str) -> Vec<Value> {
    items(v, list)
        .filter_map(|m| m.get(key).and_then(Value::as_str).or_else(|| m.as_str()))
        .map(|a| json!({"Member_Account": a}))
        .collect()
}

/// The fields every group message callback carries, from the request.
fn message(command: &str, call: &Call<'_>, group_type: Value) -> Value {
    let request = call.request;
    let mut p = json!({
        "CallbackCommand": command,
        "GroupId": request.get("GroupId"),
        "Type": group_type,
        "From_Account": call.sender(),
        "Operator_Account": call.admin,
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
    p
}

pub(crate) fn send_msg_before(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupBeforeSendMsgPayload::COMMAND;
    if forbidden(call.request, "ForbidBeforeSendMsgCallback") {
        return Vec::new();
    }
    let Some(kind) = group_type(call) else {
        return Vec::new();
    };
    vec![(COMMAND, message(COMMAND, call, kind))]
}

pub(crate) fn send_msg_after(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterSendMsgPayload::COMMAND;
    if forbidden(call.request, "ForbidAfterSendMsgCallback") || call.context.is_null() {
        return Vec::new();
    }
    let mut p = message(COMMAND, call, call.context["Type"].clone());
    p["MsgSeq"] = call.response.get("MsgSeq").cloned().unwrap_or(json!(0));
    p["MsgTime"] = call.response.get("MsgTime").cloned().unwrap_or(json!(0));
    vec![(COMMAND, p)]
}

/// A message the service refused after accepting the call (a muted sender, say).
pub(crate) fn send_msg_failed(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupSendMsgExceptionPayload::COMMAND;
    if call.context.is_null() {
        return Vec::new();
    }
    let mut p = message(COMMAND, call, call.context["Type"].clone());
    p["ErrorCode"] = call.response.get("ErrorCode").cloned().unwrap_or(json!(0));
    p["ErrorInfo"] = call.response.get("ErrorInfo").cloned().unwrap_or(json!(""));
    vec![(COMMAND, p)]
}

fn create_group_members(request: &Value) -> Vec<Value> {
    members_of(request, "MemberList", "Member_Account")
}

pub(crate) fn create_group_before(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupBeforeCreateGroupPayload::COMMAND;
    let owner = call.str("Owner_Account").unwrap_or(call.admin);
    let created = call
        .state
        .groups
        .values()
        .filter(|g| g.owner.as_deref() == Some(owner))
        .count();
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "Operator_Account": call.admin,
            "Owner_Account": owner,
            "Type": call.request.get("Type"),
            "Name": call.request.get("Name"),
            "CreateGroupNum": created,
            "MemberList": create_group_members(call.request),
            "EventTime": event_time(),
        }),
    )]
}

pub(crate) fn create_group_after(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterCreateGroupPayload::COMMAND;
    let Some(group_id) = call.response.get("GroupId") else {
        return Vec::new();
    };
    let mut p = json!({
        "CallbackCommand": COMMAND,
        "GroupId": group_id,
        "Operator_Account": call.admin,
        "Owner_Account": call.str("Owner_Account").unwrap_or(call.admin),
        "Type": call.request.get("Type"),
        "Name": call.request.get("Name"),
        "MemberList": create_group_members(call.request),
        "EventTime": event_time(),
    });
    if let Some(data) = call.request.get("AppDefinedData") {
        p["UserDefinedDataList"] = data.clone();
    }
    vec![(COMMAND, p)]
}

pub(crate) fn destroy_group_after(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterGroupDestroyedPayload::COMMAND;
    let context = call.context;
    if context.is_null() {
        return Vec::new();
    }
    let mut p = json!({
        "CallbackCommand": COMMAND,
        "GroupId": call.request.get("GroupId"),
        "Type": context.get("Type"),
        "MemberList": members_of(context, "Members", ""),
        "EventTime": event_time(),
    });
    if let Some(owner) = context.get("Owner_Account").filter(|o| !o.is_null()) {
        p["Owner_Account"] = owner.clone();
    }
    vec![(COMMAND, p)]
}

pub(crate) fn add_member_before(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupBeforeInviteJoinGroupPayload::COMMAND;
    let Some(kind) = group_type(call) else {
        return Vec::new();
    };
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "GroupId": call.request.get("GroupId"),
            "Type": kind,
            "Operator_Account": call.admin,
            "DestinationMembers": members_of(call.request, "MemberList", "Member_Account"),
            "EventTime": event_time(),
        }),
    )]
}

/// An allowing answer may name accounts not to add.
pub(crate) fn add_member_rewrite(_: &str, request: &mut Value, answer: &Value) {
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

/// New members, and the group becoming full with them.
pub(crate) fn add_member_after(call: &Call<'_>) -> Outgoing {
    const JOINED: &str = webhooks::GroupAfterNewMemberJoinPayload::COMMAND;
    const FULL: &str = webhooks::GroupAfterGroupFullPayload::COMMAND;
    let context = call.context;
    if context.is_null() {
        return Vec::new();
    }
    // Result 1: the account was added.
    let added: Vec<Value> = items_with(call.response, "MemberList", "Result", 1)
        .filter_map(|m| m.get("Member_Account"))
        .map(|a| json!({"Member_Account": a}))
        .collect();
    if added.is_empty() {
        return Vec::new();
    }
    let group_id = call.request.get("GroupId");
    let mut out = vec![(
        JOINED,
        json!({
            "CallbackCommand": JOINED,
            "GroupId": group_id,
            "Type": context.get("Type"),
            "JoinType": "Invited",
            "Operator_Account": call.admin,
            "NewMemberList": added,
            "EventTime": event_time(),
        }),
    )];
    let now = group_id
        .and_then(Value::as_str)
        .and_then(|id| call.state.groups.get(id))
        .map(|g| g.members.len());
    if let (Some(max), Some(now)) = (context["MaxMemberNum"].as_u64(), now)
        && now as u64 >= max
    {
        out.push((
            FULL,
            json!({"CallbackCommand": FULL, "GroupId": group_id, "EventTime": event_time()}),
        ));
    }
    out
}

pub(crate) fn delete_member_after(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterMemberExitPayload::COMMAND;
    let context = call.context;
    if context.is_null() {
        return Vec::new();
    }
    let was: Vec<&Value> = items(context, "Members").collect();
    let gone: Vec<Value> = items(call.request, "MemberToDel_Account")
        .filter(|a| was.contains(a))
        .map(|a| json!({"Member_Account": a}))
        .collect();
    if gone.is_empty() {
        return Vec::new();
    }
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "GroupId": call.request.get("GroupId"),
            "Type": context.get("Type"),
            "ExitType": "Kicked",
            "Operator_Account": call.admin,
            "ExitMemberList": gone,
            "EventTime": event_time(),
        }),
    )]
}

/// The information fields the "info changed" callbacks report, in this order.
const INFO: [&str; 4] = ["Name", "Introduction", "Notification", "FaceUrl"];

fn group_info(g: &Group) -> [Option<&str>; 4] {
    [
        Some(g.name.as_str()),
        g.introduction.as_deref(),
        g.notification.as_deref(),
        g.face_url.as_deref(),
    ]
}

fn topic_info(t: &Topic) -> [Option<&str>; 4] {
    [
        Some(t.name.as_str()),
        t.introduction.as_deref(),
        t.notification.as_deref(),
        t.face_url.as_deref(),
    ]
}

/// The information fields as JSON, for a context.
fn info_fields(info: [Option<&str>; 4]) -> Value {
    INFO.into_iter()
        .zip(info)
        .map(|(key, value)| (key.to_owned(), json!(value)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// Puts `fields` into the payload `p`.
fn merged(mut p: Value, fields: Value) -> Value {
    if let (Some(p), Value::Object(fields)) = (p.as_object_mut(), fields) {
        p.extend(fields);
    }
    p
}

/// An "info changed" callback `p` with the information fields the request set (`name`
/// is its name for `Name`) that now differ from the context's; none if none changed.
fn info_changed_callback(
    command: &'static str,
    call: &Call<'_>,
    now: [Option<&str>; 4],
    name: &str,
    p: Value,
) -> Outgoing {
    let mut changed = serde_json::Map::new();
    for (key, value) in INFO.into_iter().zip(now) {
        let asked = if key == "Name" { name } else { key };
        if call.request.get(asked).is_some() && str_of(call.context, key) != value {
            changed.insert(key.to_owned(), json!(value.unwrap_or_default()));
        }
    }
    if changed.is_empty() {
        return Vec::new();
    }
    vec![(command, merged(p, Value::Object(changed)))]
}

/// A change of name, introduction, notification or face URL: only the changed ones.
pub(crate) fn info_changed(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterGroupInfoChangedPayload::COMMAND;
    let Some(g) = call.str("GroupId").and_then(|id| call.state.groups.get(id)) else {
        return Vec::new();
    };
    let p = json!({
        "CallbackCommand": COMMAND,
        "GroupId": call.request.get("GroupId"),
        "Type": call.context.get("Type"),
        "Operator_Account": call.admin,
        "EventTime": event_time(),
    });
    info_changed_callback(COMMAND, call, group_info(g), "Name", p)
}

/// The messages a recall reached (return code 0), by sequence.
pub(crate) fn recalled(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterRecallMsgPayload::COMMAND;
    let seqs: Vec<Value> = items_with(call.response, "RecallRetList", "RetCode", 0)
        .map(|r| json!({"MsgSeq": r.get("MsgSeq")}))
        .collect();
    if seqs.is_empty() {
        return Vec::new();
    }
    let mut p = json!({
        "CallbackCommand": COMMAND,
        "Operator_Account": call.admin,
        "Type": group_type(call),
        "GroupId": call.request.get("GroupId"),
        "MsgSeqList": seqs,
        "EventTime": event_time(),
    });
    if let Some(topic) = call.request.get("TopicId") {
        p["TopicId"] = topic.clone();
    }
    vec![(COMMAND, p)]
}

pub(crate) fn create_topic_before(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupBeforeCreateTopicPayload::COMMAND;
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "Operator_Account": call.sender(),
            "Type": group_type(call),
            "Name": call.request.get("TopicName"),
        }),
    )]
}

pub(crate) fn create_topic_after(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterCreateTopicPayload::COMMAND;
    let Some(topic) = call.response.get("TopicId") else {
        return Vec::new();
    };
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "GroupId": call.request.get("GroupId"),
            "TopicId": topic,
            "Operator_Account": call.sender(),
            "Owner_Account": call.sender(),
            "Type": group_type(call),
            "Name": call.request.get("TopicName"),
        }),
    )]
}

/// The topics a deletion removed (error code 0).
pub(crate) fn topics_destroyed(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterTopicDestroyedPayload::COMMAND;
    let gone: Vec<&Value> = items_with(call.response, "DestroyResultItem", "ErrorCode", 0)
        .filter_map(|r| r.get("TopicId"))
        .collect();
    if gone.is_empty() {
        return Vec::new();
    }
    vec![(
        COMMAND,
        json!({
            "CallbackCommand": COMMAND,
            "GroupId": call.request.get("GroupId"),
            "Type": group_type(call),
            "TopicIdList": gone,
        }),
    )]
}

/// The topic the request names, as the state holds it.
fn topic<'s>(call: &Call<'s>) -> Option<&'s Topic> {
    let g = call.state.groups.get(call.str("GroupId")?)?;
    g.topics.get(call.str("TopicId")?)
}

/// The topic's information before the change.
pub(crate) fn topic_context(call: &Call<'_>) -> Value {
    topic(call).map_or(Value::Null, |t| info_fields(topic_info(t)))
}

/// A change of a topic's name, introduction, notification or face URL.
pub(crate) fn topic_changed(call: &Call<'_>) -> Outgoing {
    const COMMAND: &str = webhooks::GroupAfterTopicInfoChangedPayload::COMMAND;
    let Some(t) = topic(call) else {
        return Vec::new();
    };
    let p = json!({
        "CallbackCommand": COMMAND,
        "GroupId": call.request.get("GroupId"),
        "Type": group_type(call),
        "Operator_Account": call.sender(),
    });
    // The request names the topic's name TopicName; the callback, Name.
    info_changed_callback(COMMAND, call, topic_info(t), "TopicName", p)
}
