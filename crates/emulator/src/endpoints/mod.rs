//! The third tier: hand-written state semantics, by resource (accounts and
//! profiles, groups and members, messages, relationships), for the endpoints whose
//! effect on the state matters to tests.
//!
//! A handler runs after the generic tier ([`crate::generic`]) has decoded the request,
//! checked its documented limits and resolved the spec's preconditions (the group
//! exists and its type allows the call, named accounts are imported and hold their
//! roles, a topic exists), so it holds only the state change and the rules the spec
//! cannot state. Codes come from the metadata or the generated error enums; prose
//! constants from the generated facts (`SEND_GROUP_MSG_REPEAT_WINDOW`, ...).

use serde::de::DeserializeOwned;
use serde_json::Value;
use tencent_chat::group_open_http_svc::{
    AddGroupMemberRequest, CreateGroupRequest, DeleteGroupMemberRequest,
    DeleteGroupMsgBySenderRequest, DestroyGroupRequest, GetGroupInfoRequest,
    GetGroupMemberInfoRequest, GroupMsgGetSimpleRequest, SendGroupMsgRequest,
};
use tencent_chat::im_open_login_svc::{AccountImportRequest, MultiaccountImportRequest};
use tencent_chat::sns::{GroupAddRequest, GroupDeleteRequest, GroupGetRequest};
use tencent_chat::{Endpoint, EndpointError, EndpointInfo, Entity, PublicError};

use crate::state::{Group, State};
use crate::wire;

mod accounts;
mod attrs;
mod groups;
mod messages;
mod relationships;
mod topics;

/// Runs the state change of one call whose request passed the generic checks
/// ([`crate::generic`]): the response body and whether the state changed.
pub(crate) type Handler = fn(Value, &mut Cx<'_>) -> Result<(Vec<u8>, bool), Fail>;

/// The stateful implementation of the endpoint at `path`, if the emulator has one.
pub(crate) fn handler(path: &str) -> Option<Handler> {
    fn entry<R: Emulated>() -> (&'static str, Handler) {
        (R::INFO.path, run::<R>)
    }
    let table: &[(&'static str, Handler)] = &[
        // Accounts and profiles.
        entry::<AccountImportRequest>(),
        entry::<MultiaccountImportRequest>(),
        // Groups and members.
        entry::<CreateGroupRequest>(),
        entry::<DestroyGroupRequest>(),
        entry::<GetGroupInfoRequest>(),
        entry::<AddGroupMemberRequest>(),
        entry::<DeleteGroupMemberRequest>(),
        entry::<GetGroupMemberInfoRequest>(),
        // Messages.
        entry::<SendGroupMsgRequest>(),
        entry::<GroupMsgGetSimpleRequest>(),
        entry::<DeleteGroupMsgBySenderRequest>(),
        // Relationships.
        entry::<GroupAddRequest>(),
        entry::<GroupGetRequest>(),
        entry::<GroupDeleteRequest>(),
        // Group attributes and counters.
        entry::<tencent_chat::group_open_http_svc::SetGroupAttrRequest>(),
        entry::<tencent_chat::group_open_http_svc::ModifyGroupAttrRequest>(),
        entry::<tencent_chat::group_open_http_svc::ClearGroupAttrRequest>(),
        entry::<tencent_chat::group_open_attr_http_svc::GetGroupAttrRequest>(),
        entry::<tencent_chat::group_open_http_svc::GetGroupCounterRequest>(),
        entry::<tencent_chat::group_open_http_svc::UpdateGroupCounterRequest>(),
        entry::<tencent_chat::group_open_http_svc::DeleteGroupCounterRequest>(),
        // Topics.
        entry::<tencent_chat::million_group_open_http_svc::CreateTopicRequest>(),
        entry::<tencent_chat::group_open_http_svc::ImportTopicRequest>(),
        entry::<tencent_chat::million_group_open_http_svc::GetTopicRequest>(),
        entry::<tencent_chat::million_group_open_http_svc::ModifyTopicRequest>(),
        entry::<tencent_chat::million_group_open_http_svc::DestroyTopicRequest>(),
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
            .ok_or_else(|| Fail::code(missing, format!("group {id:?} does not exist")))
    }
}

/// The answer to a request that breaks a documented rule.
fn invalid(info: &EndpointInfo, text: impl Into<String>) -> Fail {
    Fail {
        code: info.invalid_request_code,
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

/// Whether `id` is an imported account.
pub(crate) fn account_exists(state: &State, id: &str) -> bool {
    state.accounts.contains_key(id)
}
