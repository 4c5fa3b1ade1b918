//! The emulated endpoints. Each decodes into the generated request type of
//! `tencent-chat`, checks the documented limits (`Endpoint::validate`, the same check
//! the registry's `hooks.validate_request` runs), acts on the state under one short
//! lock, and answers the generated response type. Error codes are named through the
//! generated error enums; group-type rules come from `EndpointInfo::group_types`.

use serde::de::DeserializeOwned;
use serde_json::Value;
use tencent_chat::group_open_http_svc::{
    DELETE_GROUP_MSG_BY_SENDER_RECALL_WINDOW, DeleteGroupMemberRequest, DeleteGroupMemberResponse,
    DeleteGroupMsgBySenderRequest, DeleteGroupMsgBySenderResponse, DestroyGroupRequest,
    DestroyGroupResponse,
};
use tencent_chat::sns::{GroupDeleteError, GroupDeleteRequest, GroupDeleteResponse};
use tencent_chat::types::Silence;
use tencent_chat::{Endpoint, EndpointError, EndpointInfo, Entity, PublicError};

use crate::state::{Group, GroupType, MessageStatus, NotificationKind, State, SystemNotification};
use crate::wire;

mod companions;

/// Runs the state change of one call whose request passed the generic checks
/// ([`crate::generic`]): the response body and whether the state changed.
pub(crate) type Handler = fn(Value, &mut Cx<'_>) -> Result<(Vec<u8>, bool), Fail>;

/// The stateful implementation of the endpoint at `path`, if the emulator has one.
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
    pub(crate) code: i64,
    pub(crate) info: String,
}

impl Fail {
    /// A failure with the endpoint's typed code.
    fn new<E: EndpointError>(kind: E, info: impl Into<String>) -> Self {
        Fail {
            code: kind.code(),
            info: info.into(),
        }
    }

    /// A failure with a numeric code from the metadata.
    pub(crate) fn code(code: i64, info: impl Into<String>) -> Self {
        Fail {
            code,
            info: info.into(),
        }
    }
}

/// What an endpoint's implementation works with.
pub(crate) struct Cx<'a> {
    pub(crate) state: &'a mut State,
    pub(crate) info: &'static EndpointInfo,
    pub(crate) now: u64,
    pub(crate) app_id: u32,
    pub(crate) admin: &'a str,
    pub(crate) limits: crate::Limits,
    /// False when the group's type makes the call succeed without effect: the
    /// handler answers without changing anything.
    pub(crate) acts: bool,
}

impl Cx<'_> {
    /// The group `id`, which the generic checks found; if it is gone all the same,
    /// the code the spec gives for a missing group.
    fn group(&mut self, id: &str) -> Result<&mut Group, Fail> {
        let missing = self
            .info
            .references
            .iter()
            .find(|r| r.entity == Entity::Group)
            .map_or(self.info.invalid_request_code, |r| r.missing);
        self.state
            .groups
            .get_mut(id)
            .ok_or_else(|| Fail::code(i64::from(missing), format!("group {id:?} does not exist")))
    }
}

/// The answer to a request that breaks a documented rule.
fn invalid(info: &EndpointInfo, text: impl Into<String>) -> Fail {
    Fail {
        code: i64::from(info.invalid_request_code),
        info: text.into(),
    }
}

/// An endpoint the emulator implements.
pub(crate) trait Emulated: Endpoint + DeserializeOwned {
    /// Whether a successful call leaves the state as it was (no save needed).
    const READ_ONLY: bool = false;
    /// Acts on the state. Runs after the generic checks: the request keeps its
    /// documented limits, and the spec's preconditions hold.
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail>;
}

fn run<R: Emulated>(request: Value, cx: &mut Cx<'_>) -> Result<(Vec<u8>, bool), Fail> {
    // The generic tier decoded the same value already; this cannot fail but is not
    // trusted to.
    let request: R = serde_json::from_value(request)
        .map_err(|e| invalid(cx.info, format!("invalid request: {e}")))?;
    let response = request.apply(cx)?;
    let body = wire::success(&response).map_err(|e| {
        Fail::code(
            PublicError::JsonResponseMalformed.code(),
            format!("cannot encode the response: {e}"),
        )
    })?;
    Ok((body, !R::READ_ONLY))
}

impl Emulated for DestroyGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if cx.acts {
            cx.state.groups.remove(&self.group_id);
        }
        Ok(DestroyGroupResponse::new())
    }
}

impl Emulated for DeleteGroupMemberRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let keep = cx.limits.notifications_per_group;
        if !cx.acts {
            return Ok(DeleteGroupMemberResponse::new());
        }
        let g = cx.group(&self.group_id)?;
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
        if !cx.acts {
            return Ok(DeleteGroupMsgBySenderResponse::new());
        }
        let g = cx.group(&self.group_id)?;
        let window =
            usize::try_from(DELETE_GROUP_MSG_BY_SENDER_RECALL_WINDOW).unwrap_or(usize::MAX);
        let start = g.messages.len().saturating_sub(window);
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
