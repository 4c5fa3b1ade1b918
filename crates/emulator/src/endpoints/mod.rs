//! The emulated endpoints. Each decodes into the generated request type of
//! `tencent-chat`, checks the documented limits (`Endpoint::validate`, the same check
//! the registry's `hooks.validate_request` runs), acts on the state under one short
//! lock, and answers the generated response type. Error codes are named through the
//! generated error enums; group-type rules come from `EndpointInfo::group_types`.

use serde::de::DeserializeOwned;
use tencent_chat::group_open_http_svc::{
    DeleteGroupMemberError, DeleteGroupMemberRequest, DeleteGroupMemberResponse,
    DeleteGroupMsgBySenderError, DeleteGroupMsgBySenderRequest, DeleteGroupMsgBySenderResponse,
    DestroyGroupError, DestroyGroupRequest, DestroyGroupResponse,
};
use tencent_chat::sns::{GroupDeleteError, GroupDeleteRequest, GroupDeleteResponse};
use tencent_chat::types::Silence;
use tencent_chat::{
    Endpoint, EndpointError, EndpointInfo, GroupTypeSupport, HookError, PublicError,
};

use crate::state::{Group, GroupType, MessageStatus, NotificationKind, State, SystemNotification};
use crate::{Inner, lock, unix_now, wire};

mod companions;

/// Runs one call of an endpoint on a request body: `(ErrorCode, response body)`.
pub(crate) type Handler = fn(&Inner, &'static EndpointInfo, &[u8]) -> (i64, Vec<u8>);

/// The implementation of the endpoint at `path`, if the emulator has one.
pub(crate) fn handler(path: &str) -> Option<Handler> {
    fn entry<R: Emulated>() -> (&'static str, Handler) {
        (R::INFO.path, run::<R>)
    }
    let table: &[(&'static str, Handler)] = &[
        entry::<DestroyGroupRequest>(),
        entry::<DeleteGroupMemberRequest>(),
        entry::<DeleteGroupMsgBySenderRequest>(),
        entry::<GroupDeleteRequest>(),
        entry::<tencent_chat::im_open_login_svc::AccountImportRequest>(),
        entry::<tencent_chat::im_open_login_svc::MultiaccountImportRequest>(),
        entry::<tencent_chat::group_open_http_svc::CreateGroupRequest>(),
        entry::<tencent_chat::group_open_http_svc::GetGroupInfoRequest>(),
        entry::<tencent_chat::group_open_http_svc::AddGroupMemberRequest>(),
        entry::<tencent_chat::group_open_http_svc::GetGroupMemberInfoRequest>(),
        entry::<tencent_chat::group_open_http_svc::SendGroupMsgRequest>(),
        entry::<tencent_chat::group_open_http_svc::GroupMsgGetSimpleRequest>(),
        entry::<tencent_chat::sns::GroupAddRequest>(),
        entry::<tencent_chat::sns::GroupGetRequest>(),
    ];
    table.iter().find(|(p, _)| *p == path).map(|(_, h)| *h)
}

/// A refused call: its ErrorCode and ErrorInfo.
#[derive(Debug)]
pub(crate) struct Fail {
    code: i64,
    info: String,
}

impl Fail {
    /// A failure with the endpoint's typed code.
    fn new<E: EndpointError>(kind: E, info: impl Into<String>) -> Self {
        Fail {
            code: kind.code(),
            info: info.into(),
        }
    }
}

/// What an endpoint's implementation works with.
pub(crate) struct Cx<'a> {
    state: &'a mut State,
    info: &'static EndpointInfo,
    now: u64,
    app_id: u32,
    admin: &'a str,
    limits: crate::Limits,
}

/// The answer to a request that breaks a documented rule.
fn invalid(info: &EndpointInfo, text: impl Into<String>) -> Fail {
    Fail {
        code: info.invalid_request_code,
        info: text.into(),
    }
}

/// How the endpoint treats the group's type: `Ok(true)` to act, `Ok(false)` when the
/// call succeeds without effect, or the documented error.
fn group_rule(info: &EndpointInfo, group: &Group) -> Result<bool, Fail> {
    match info.group_type_support(group.group_type.as_str()) {
        Some(GroupTypeSupport::Error(code)) => Err(Fail {
            code,
            info: format!(
                "{} is not supported for {} groups",
                info.command,
                group.group_type.as_str()
            ),
        }),
        Some(GroupTypeSupport::NoEffect) => Ok(false),
        _ => Ok(true),
    }
}

/// An endpoint the emulator implements.
pub(crate) trait Emulated: Endpoint + DeserializeOwned {
    /// Whether a successful call leaves the state as it was (no save needed).
    const READ_ONLY: bool = false;
    /// Acts on the state.
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail>;
}

fn run<R: Emulated>(inner: &Inner, info: &'static EndpointInfo, body: &[u8]) -> (i64, Vec<u8>) {
    let fail = |code: i64, text: String| (code, wire::failure(code, &text));
    // The same outcomes as the registry's `hooks.validate_request`, answered with the
    // code the spec gives for them.
    let invalid = |e: HookError| {
        fail(
            info.invalid_request_code_for(&e),
            format!("invalid request: {e}"),
        )
    };
    let request: R = match serde_json::from_slice(body) {
        Ok(request) => request,
        Err(e) if e.is_data() => return invalid(HookError::Decode(e.to_string())),
        Err(_) if body.iter().all(u8::is_ascii_whitespace) => {
            return fail(
                PublicError::JsonRequestMalformed.code(),
                "the request body is empty".to_owned(),
            );
        }
        Err(e) => {
            return fail(
                PublicError::JsonRequestMalformed.code(),
                format!("the request body is not JSON: {e}"),
            );
        }
    };
    if let Err(e) = request.validate() {
        return invalid(HookError::Invalid(e));
    }
    let outcome = {
        let mut state = lock(&inner.state);
        request.apply(&mut Cx {
            state: &mut state,
            info,
            now: unix_now(),
            app_id: inner.app_id,
            admin: &inner.admin,
            limits: inner.limits,
        })
    };
    match outcome {
        Ok(response) => {
            if !R::READ_ONLY {
                inner.changed();
            }
            match wire::success(&response) {
                Ok(body) => (0, body),
                Err(e) => fail(
                    PublicError::JsonResponseMalformed.code(),
                    format!("cannot encode the response: {e}"),
                ),
            }
        }
        Err(f) => fail(f.code, f.info),
    }
}

/// The group `id`, or the endpoint's "not found" failure.
fn group<'s, E: EndpointError>(
    state: &'s mut State,
    id: &str,
    not_found: E,
) -> Result<&'s mut Group, Fail> {
    state
        .groups
        .get_mut(id)
        .ok_or_else(|| Fail::new(not_found, format!("group {id:?} does not exist")))
}

/// How many of a group's most recent messages `delete_group_msg_by_sender` looks at.
/// The spec states it only in prose ("among a group's last 1,000 messages"); the
/// spec format has no field for it.
const RECALL_WINDOW: usize = 1000;

impl Emulated for DestroyGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let g = group(cx.state, &self.group_id, DestroyGroupError::GroupNotFound)?;
        if group_rule(cx.info, g)? {
            cx.state.groups.remove(&self.group_id);
        }
        Ok(DestroyGroupResponse::new())
    }
}

impl Emulated for DeleteGroupMemberRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let keep = cx.limits.notifications_per_group;
        let g = group(
            cx.state,
            &self.group_id,
            DeleteGroupMemberError::GroupNotFound,
        )?;
        if !group_rule(cx.info, g)? {
            return Ok(DeleteGroupMemberResponse::new());
        }
        // Private (Work) groups send no notifications before their first message.
        let inactive = g.group_type == GroupType::Private && g.last_msg_seq == 0;
        let silent = self.silence == Some(Silence::Silent);
        // Everyone who was a member before the removal hears of it, unless silent;
        // the list is only copied when it is needed.
        let everyone: Option<Vec<String>> =
            (!(silent || inactive)).then(|| g.members.keys().cloned().collect());
        let mut removed = Vec::new();
        for account in &self.member_to_del_account {
            if g.members.remove(account).is_some() {
                if g.owner.as_deref() == Some(account) {
                    g.owner = None;
                }
                removed.push(account.clone());
            }
        }
        if !removed.is_empty() {
            let recipients = everyone.unwrap_or_else(|| removed.clone());
            g.notify(
                SystemNotification {
                    time: now,
                    kind: NotificationKind::MembersRemoved,
                    accounts: removed,
                    reason: self.reason,
                    recipients,
                },
                keep,
            );
        }
        Ok(DeleteGroupMemberResponse::new())
    }
}

impl Emulated for DeleteGroupMsgBySenderRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let g = group(
            cx.state,
            &self.group_id,
            DeleteGroupMsgBySenderError::GroupNotFound,
        )?;
        if !group_rule(cx.info, g)? {
            return Ok(DeleteGroupMsgBySenderResponse::new());
        }
        if self.topic_id.is_some() && !(g.group_type == GroupType::Community && g.support_topic) {
            return Err(invalid(
                cx.info,
                format!(
                    "TopicId is given but group {:?} is not a Community with topics",
                    self.group_id
                ),
            ));
        }
        let start = g.messages.len().saturating_sub(RECALL_WINDOW);
        for m in &mut g.messages[start..] {
            if m.sender == self.sender_account
                && m.topic_id == self.topic_id
                && m.status == MessageStatus::Normal
            {
                m.status = MessageStatus::Recalled;
            }
        }
        Ok(DeleteGroupMsgBySenderResponse::new())
    }
}

impl Emulated for GroupDeleteRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !cx.state.accounts.contains_key(&self.from_account) {
            return Err(Fail::new(
                GroupDeleteError::SnsAccountNotFound,
                format!("account {:?} does not exist", self.from_account),
            ));
        }
        let friends = cx.state.friends_mut(self.from_account);
        if self
            .group_name
            .iter()
            .any(|n| friends.lists.contains_key(n))
        {
            // Checked before anything changes.
            friends.list_sequence = friends.list_sequence.checked_add(1).ok_or_else(|| {
                Fail::new(
                    GroupDeleteError::SnsInternalError,
                    "the friend list sequence is used up (u64::MAX)",
                )
            })?;
            for name in &self.group_name {
                friends.lists.remove(name);
            }
        }
        Ok(GroupDeleteResponse::new(friends.list_sequence))
    }
}
