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
use tencent_chat::all_member_push::{
    ImAddTagRequest, ImGetAttrNameRequest, ImGetAttrRequest, ImGetTagRequest, ImPushRequest,
    ImRemoveAllTagsRequest, ImRemoveAttrRequest, ImRemoveTagRequest, ImSetAttrNameRequest,
    ImSetAttrRequest,
};
use tencent_chat::group_open_http_svc::{
    AddGroupMemberRequest, CreateGroupRequest, DeleteGroupMemberRequest,
    DeleteGroupMsgBySenderRequest, DestroyGroupRequest, GetGroupInfoRequest,
    GetGroupMemberInfoRequest, GroupMsgGetSimpleRequest, SendGroupMsgRequest,
};
use tencent_chat::group_open_http_svc::{
    BanGroupMemberRequest, ChangeGroupOwnerRequest, ForbidSendMsgRequest, GetAppidGroupListRequest,
    GetGroupBanMemberRequest, GetGroupMutedAccountRequest, GetJoinedGroupListRequest,
    GetRoleInGroupRequest, ImportGroupMemberRequest, ImportGroupRequest,
    ModifyGroupBaseInfoRequest, ModifyGroupMemberInfoRequest, UnbanGroupMemberRequest,
};
use tencent_chat::im_open_login_svc::{AccountImportRequest, MultiaccountImportRequest};
use tencent_chat::sns::{GroupAddRequest, GroupDeleteRequest, GroupGetRequest};
// Group messages beyond sending, and recent contacts.
use tencent_chat::group_open_http_svc::{
    GetGroupMsgReceiptDetailRequest, GetGroupMsgReceiptRequest, GroupMsgRecallRequest,
    ImportGroupMsgRequest, SendBroadcastMsgRequest, SendGroupSystemNotificationRequest,
    SetUnreadMsgNumRequest,
};
use tencent_chat::openim::ModifyGroupMsgRequest;
use tencent_chat::recentcontact::{
    CreateContactGroupRequest, DelContactGroupRequest, DeleteRequest, GetContactGroupRequest,
    GetListRequest, MarkContactRequest, SearchContactGroupRequest, UpdateContactGroupRequest,
};
use tencent_chat::{Endpoint, EndpointError, EndpointInfo, Entity, PublicError};

use crate::state::{Group, State};
use crate::wire;

mod accounts;
mod attrs;
mod c2c;
mod friends;
mod group_messages;
mod groups;
mod messages;
mod moderation;
mod msg_ext;
pub(crate) mod operations;
mod profiles;
mod push;
mod recent_contacts;
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
        // Group management, members and moderation.
        entry::<ImportGroupRequest>(),
        entry::<ImportGroupMemberRequest>(),
        entry::<ChangeGroupOwnerRequest>(),
        entry::<ModifyGroupBaseInfoRequest>(),
        entry::<ModifyGroupMemberInfoRequest>(),
        entry::<GetAppidGroupListRequest>(),
        entry::<GetJoinedGroupListRequest>(),
        entry::<GetRoleInGroupRequest>(),
        entry::<ForbidSendMsgRequest>(),
        entry::<GetGroupMutedAccountRequest>(),
        entry::<BanGroupMemberRequest>(),
        entry::<UnbanGroupMemberRequest>(),
        entry::<GetGroupBanMemberRequest>(),
        // Relationships.
        entry::<GroupAddRequest>(),
        entry::<GroupGetRequest>(),
        entry::<GroupDeleteRequest>(),
        // Friends and blocklists (friends.rs).
        entry::<tencent_chat::sns::FriendAddRequest>(),
        entry::<tencent_chat::sns::FriendImportRequest>(),
        entry::<tencent_chat::sns::FriendUpdateRequest>(),
        entry::<tencent_chat::sns::FriendDeleteRequest>(),
        entry::<tencent_chat::sns::FriendDeleteAllRequest>(),
        entry::<tencent_chat::sns::FriendCheckRequest>(),
        entry::<tencent_chat::sns::FriendGetRequest>(),
        entry::<tencent_chat::sns::FriendGetListRequest>(),
        entry::<tencent_chat::sns::BlackListAddRequest>(),
        entry::<tencent_chat::sns::BlackListDeleteRequest>(),
        entry::<tencent_chat::sns::BlackListGetRequest>(),
        entry::<tencent_chat::sns::BlackListCheckRequest>(),
        // Operations (operations.rs).
        entry::<tencent_chat::openconfigsvr::SetnospeakingRequest>(),
        entry::<tencent_chat::openconfigsvr::GetnospeakingRequest>(),
        entry::<tencent_chat::openconfigsvr::GetappinfoRequest>(),
        entry::<tencent_chat::open_msg_svc::GetHistoryRequest>(),
        // All-member push: attribute names, user attributes and tags, pushes.
        entry::<ImSetAttrNameRequest>(),
        entry::<ImGetAttrNameRequest>(),
        entry::<ImSetAttrRequest>(),
        entry::<ImGetAttrRequest>(),
        entry::<ImRemoveAttrRequest>(),
        entry::<ImAddTagRequest>(),
        entry::<ImGetTagRequest>(),
        entry::<ImRemoveTagRequest>(),
        entry::<ImRemoveAllTagsRequest>(),
        entry::<ImPushRequest>(),
        // Group messages beyond sending (group_messages.rs).
        entry::<GroupMsgRecallRequest>(),
        entry::<ImportGroupMsgRequest>(),
        entry::<ModifyGroupMsgRequest>(),
        entry::<SetUnreadMsgNumRequest>(),
        entry::<GetGroupMsgReceiptRequest>(),
        entry::<GetGroupMsgReceiptDetailRequest>(),
        entry::<SendGroupSystemNotificationRequest>(),
        entry::<SendBroadcastMsgRequest>(),
        // Recent contacts (recent_contacts.rs).
        entry::<GetListRequest>(),
        entry::<DeleteRequest>(),
        entry::<MarkContactRequest>(),
        entry::<CreateContactGroupRequest>(),
        entry::<DelContactGroupRequest>(),
        entry::<UpdateContactGroupRequest>(),
        entry::<GetContactGroupRequest>(),
        entry::<SearchContactGroupRequest>(),
        // Accounts, login state and profiles (profiles.rs).
        entry::<tencent_chat::im_open_login_svc::AccountCheckRequest>(),
        entry::<tencent_chat::im_open_login_svc::AccountDeleteRequest>(),
        entry::<tencent_chat::im_open_login_svc::KickRequest>(),
        entry::<tencent_chat::openim::QuerystateRequest>(),
        entry::<tencent_chat::openim::QueryOnlineStatusRequest>(),
        entry::<tencent_chat::profile::PortraitSetRequest>(),
        entry::<tencent_chat::profile::PortraitGetRequest>(),
        // One-to-one messages (c2c.rs).
        entry::<tencent_chat::openim::SendmsgRequest>(),
        entry::<tencent_chat::openim::BatchsendmsgRequest>(),
        entry::<tencent_chat::openim::ImportmsgRequest>(),
        entry::<tencent_chat::openim::AdminGetroammsgRequest>(),
        entry::<tencent_chat::openim::AdminMsgwithdrawRequest>(),
        entry::<tencent_chat::openim::AdminSetMsgReadRequest>(),
        entry::<tencent_chat::openim::GetC2cUnreadMsgNumRequest>(),
        // Message extensions (msg_ext.rs).
        entry::<tencent_chat::openim_msg_ext_http_svc::SetKeyValuesRequest>(),
        entry::<tencent_chat::openim_msg_ext_http_svc::GetKeyValuesRequest>(),
        entry::<tencent_chat::openim_msg_ext_http_svc::GroupSetKeyValuesRequest>(),
        entry::<tencent_chat::openim_msg_ext_http_svc::GroupGetKeyValuesRequest>(),
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
