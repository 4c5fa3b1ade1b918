//! Accounts, group creation and reading, members, messages and friend lists: the
//! endpoints that tests use to build and read the state the seed endpoints change.

use std::collections::BTreeMap;

use tencent_chat::group_open_http_svc::{
    AddGroupMemberError, AddGroupMemberRequest, AddGroupMemberResponse, AddedGroupMember,
    AddedGroupMemberResult, CreateGroupError, CreateGroupRequest, CreateGroupResponse,
    GetGroupInfoError, GetGroupInfoRequest, GetGroupInfoResponse, GetGroupMemberInfoError,
    GetGroupMemberInfoRequest, GetGroupMemberInfoResponse, GroupHistoryMsg,
    GroupHistoryMsgIsPlaceMsg, GroupHistoryMsgMsgPriority, GroupInfo, GroupInfoMuteAllMember,
    GroupMsgGetSimpleError, GroupMsgGetSimpleRequest, GroupMsgGetSimpleResponse,
    GroupMsgGetSimpleResponseIsFinished, SendGroupMsgError, SendGroupMsgMsgPriority,
    SendGroupMsgOnlineOnlyFlag, SendGroupMsgRequest, SendGroupMsgResponse,
};
use tencent_chat::im_open_login_svc::{
    AccountImportRequest, AccountImportResponse, MultiaccountImportRequest,
    MultiaccountImportResponse,
};
use tencent_chat::sns::{
    FriendList, FriendListAddResult, GroupAddError, GroupAddRequest, GroupAddResponse,
    GroupGetError, GroupGetNeedFriend, GroupGetRequest, GroupGetResponse,
};
use tencent_chat::types::{
    AppDefinedDataItem, AppMemberDefinedDataItem, GroupBaseInfoField, GroupMemberField,
    GroupMemberInfo, Silence, YesNo,
};
use tencent_chat::{Endpoint, EndpointError};

use super::{Cx, Emulated, Fail, group, group_rule, invalid};
use crate::state::{
    Account, Group, GroupMessage, GroupType, Member, MemberRole, MessageStatus, NotificationKind,
    State, SystemNotification,
};

/// How long `send_group_msg` discards a repeat of a message (same Random, sender and
/// body). The spec states it in prose only ("within five minutes").
const REPEAT_WINDOW_SECS: u64 = 5 * 60;

/// How many of a group's latest messages are searched for a repeat: repeats come from
/// retries seconds later, and an unbounded search would make sending slower as a
/// group's history grows.
const REPEAT_SEARCH: usize = 1000;

/// The largest message body `send_group_msg` takes, in bytes of JSON. The spec gives
/// it in prose only (error 80002: "12 KB").
const MAX_MESSAGE_BYTES: usize = 12 * 1024;

/// The per-friend ResultCode of `sns/group_add` for an account that is not a friend.
/// The spec names it only in the description of ResultCode; the error catalog does
/// not define it.
const NOT_A_FRIEND: i64 = 32216;

/// The prefix of assigned group IDs, and the prefix community IDs must have. The
/// create_group spec states both in prose.
const ASSIGNED_PREFIX: &str = "@TGS#";
const COMMUNITY_PREFIX: &str = "@TGS#_";

fn account_exists(state: &State, id: &str) -> bool {
    state.accounts.contains_key(id)
}

/// The recipients of a notification about members of `group`: everybody, unless
/// silenced or the group is a Work group without a message yet (not active).
fn everyone_unless_quiet(group: &Group, silent: bool) -> Vec<String> {
    let inactive = group.group_type == GroupType::Private && group.last_msg_seq == 0;
    if silent || inactive {
        Vec::new()
    } else {
        group.members.keys().cloned().collect()
    }
}

impl Emulated for AccountImportRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let account = cx
            .state
            .accounts
            .entry(self.user_id)
            .or_insert_with(|| Account {
                created: cx.now,
                ..Account::default()
            });
        if self.nick.is_some() {
            account.nick = self.nick;
        }
        if self.face_url.is_some() {
            account.face_url = self.face_url;
        }
        Ok(AccountImportResponse::new())
    }
}

impl Emulated for MultiaccountImportRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        for id in self.accounts {
            cx.state.accounts.entry(id).or_insert_with(|| Account {
                created: now,
                ..Account::default()
            });
        }
        let mut response = MultiaccountImportResponse::new();
        response.fail_accounts = Some(Vec::new());
        Ok(response)
    }
}

impl Emulated for CreateGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let group_type = self.r#type;
        // GroupType keeps unlisted values (it is read from answers too); the service
        // refuses to create a group of a type it does not offer.
        if let GroupType::Other(other) = &group_type {
            return Err(invalid(info, format!("unknown group type {other:?}")));
        }
        let community = group_type == GroupType::Community;
        if let Some(owner) = &self.owner_account
            && !account_exists(cx.state, owner)
        {
            return Err(invalid(
                info,
                format!("Owner_Account {owner:?} is not an imported account"),
            ));
        }
        let members = self.member_list.unwrap_or_default();
        if group_type == GroupType::AvChatRoom && !members.is_empty() {
            return Err(Fail::new(
                CreateGroupError::GroupPermissionDenied,
                "members cannot be added to AVChatRoom groups; users join by themselves",
            ));
        }
        for m in &members {
            if !account_exists(cx.state, &m.member_account) {
                return Err(invalid(
                    info,
                    format!("member {:?} is not an imported account", m.member_account),
                ));
            }
            if let Some(role) = &m.role
                && !matches!(role, MemberRole::Admin | MemberRole::Member)
            {
                return Err(invalid(
                    info,
                    format!(
                        "member {:?}: only the Admin role can be given at creation",
                        m.member_account
                    ),
                ));
            }
        }
        let id = match self.group_id {
            Some(id) => {
                if community && !id.starts_with(COMMUNITY_PREFIX) {
                    return Err(invalid(
                        info,
                        format!("a community's GroupId must start with {COMMUNITY_PREFIX}"),
                    ));
                }
                if !community && id.starts_with(ASSIGNED_PREFIX) {
                    return Err(invalid(
                        info,
                        format!("a custom GroupId may not start with {ASSIGNED_PREFIX}"),
                    ));
                }
                if let Some(existing) = cx.state.groups.get(&id) {
                    // The same creation again (same owner) is told apart from a clash.
                    return Err(if existing.owner == self.owner_account {
                        Fail::new(
                            CreateGroupError::GroupIdOwnedByOperator,
                            format!("group {id:?} already exists and is yours"),
                        )
                    } else {
                        Fail::new(
                            CreateGroupError::GroupIdInUse,
                            format!("group ID {id:?} is in use"),
                        )
                    });
                }
                id
            }
            None => assign_group_id(cx.state, community),
        };
        let total = members.len() + usize::from(self.owner_account.is_some());
        if let Some(max) = self.max_member_count
            && total > max as usize
        {
            return Err(invalid(
                info,
                format!("{total} members are more than MaxMemberCount {max}"),
            ));
        }
        let mut g = Group::new(group_type.clone());
        g.create_time = cx.now;
        g.last_info_time = cx.now;
        g.name = self.name;
        g.introduction = self.introduction;
        g.notification = self.notification;
        g.face_url = self.face_url;
        g.max_member_count = self.max_member_count;
        if !community {
            g.apply_join_option = self.apply_join_option;
            g.invite_join_option = self.invite_join_option;
        }
        g.support_topic = community && self.support_topic == Some(YesNo::Yes);
        g.app_defined_data = self
            .app_defined_data
            .unwrap_or_default()
            .into_iter()
            .map(|d| (d.key, d.value))
            .collect();
        for m in members {
            let mut member = Member::new(m.role.unwrap_or(MemberRole::Member));
            member.join_time = cx.now;
            member.app_member_defined_data = m
                .app_member_defined_data
                .unwrap_or_default()
                .into_iter()
                .map(|d| (d.key, d.value))
                .collect();
            g.members.insert(m.member_account, member);
        }
        if let Some(owner) = &self.owner_account {
            // In audio-video groups the owner, too, joins through the SDK.
            if group_type != GroupType::AvChatRoom {
                let mut member = Member::new(MemberRole::Owner);
                member.join_time = cx.now;
                g.members.insert(owner.clone(), member);
            }
            g.owner = Some(owner.clone());
        }
        cx.state.groups.insert(id.clone(), g);
        let mut response = CreateGroupResponse::new(id);
        if community {
            response.r#type = Some(group_type);
            response.huge_group_flag = Some(0);
        }
        Ok(response)
    }
}

/// A new `@TGS#...` ID, unique in the state (`@TGS#_...` for communities).
fn assign_group_id(state: &mut State, community: bool) -> String {
    loop {
        // Only a source of variety for IDs (uniqueness is checked below).
        state.next_group_number = state.next_group_number.wrapping_add(1);
        let suffix: String = std::iter::repeat_with(|| {
            let c = fastrand::alphanumeric();
            c.to_ascii_uppercase()
        })
        .take(8)
        .collect();
        let prefix = if community {
            COMMUNITY_PREFIX
        } else {
            ASSIGNED_PREFIX
        };
        let id = format!("{prefix}{}{suffix}", state.next_group_number % 10);
        if !state.groups.contains_key(&id) {
            return id;
        }
    }
}

/// Which custom fields to return.
#[derive(Clone, Copy)]
enum Keys<'a> {
    /// Every one.
    All,
    /// Only those with these keys.
    Only(&'a [String]),
    /// None (the field is left out).
    Omit,
}

impl<'a> Keys<'a> {
    /// The keys a request's filter names: `Omit` without a filter.
    fn named(filter: Option<&'a [String]>) -> Self {
        filter.map_or(Keys::Omit, Keys::Only)
    }

    fn items(
        self,
        map: &BTreeMap<String, String>,
    ) -> Option<impl Iterator<Item = (&String, &String)>> {
        let only = match self {
            Keys::Omit => return None,
            Keys::All => None,
            Keys::Only(keys) => Some(keys),
        };
        Some(
            map.iter()
                .filter(move |(k, _)| only.is_none_or(|keys| keys.contains(k))),
        )
    }
}

/// The member profile of `account`, with the fields `fields` names (all when `None`)
/// and the custom fields `keys` selects.
fn member_info(
    account: &str,
    member: &Member,
    fields: Option<&[GroupMemberField]>,
    keys: Keys<'_>,
) -> GroupMemberInfo {
    let wants = |f: GroupMemberField| fields.is_none_or(|list| list.contains(&f));
    let mut out = GroupMemberInfo::new(account);
    if wants(GroupMemberField::Role) {
        out.role = Some(member.role.clone());
    }
    if wants(GroupMemberField::JoinTime) {
        out.join_time = Some(member.join_time);
    }
    if wants(GroupMemberField::MsgSeq) {
        out.msg_seq = Some(member.msg_seq);
    }
    if wants(GroupMemberField::MsgFlag) {
        out.msg_flag = Some(
            member
                .msg_flag
                .clone()
                .unwrap_or(tencent_chat::types::MsgFlag::AcceptAndNotify),
        );
    }
    if wants(GroupMemberField::LastSendMsgTime) {
        out.last_send_msg_time = Some(member.last_send_msg_time);
    }
    if wants(GroupMemberField::MuteUntil) {
        out.mute_until = Some(member.shut_up_until);
    }
    if wants(GroupMemberField::NameCard) {
        out.name_card = Some(member.name_card.clone().unwrap_or_default());
    }
    if let Some(items) = keys.items(&member.app_member_defined_data) {
        out.app_member_defined_data = Some(
            items
                .map(|(k, v)| AppMemberDefinedDataItem::new(k.clone(), v.clone()))
                .collect(),
        );
    }
    out
}

/// Members in a stable order: the owner, admins, then members, each by join time.
fn ordered_members(g: &Group) -> Vec<(&String, &Member)> {
    let rank = |r: &MemberRole| match r {
        MemberRole::Owner => 0,
        MemberRole::Admin => 1,
        _ => 2,
    };
    let mut members: Vec<(&String, &Member)> = g.members.iter().collect();
    members.sort_by(|(a, ma), (b, mb)| {
        (rank(&ma.role), ma.join_time, a).cmp(&(rank(&mb.role), mb.join_time, b))
    });
    members
}

impl Emulated for GetGroupInfoRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let filter = self.response_filter;
        // Each group is read once, however often the list names it (in the order of
        // first mention).
        let mut ids = self.group_id_list;
        let mut seen = std::collections::BTreeSet::new();
        ids.retain(|id| seen.insert(id.clone()));
        // The filter's key lists, borrowed by every group and member.
        let (group_keys, member_keys) = match &filter {
            None => (Keys::All, Keys::All),
            Some(f) => (
                Keys::named(f.app_defined_data_filter_group.as_deref()),
                Keys::named(f.app_defined_data_filter_group_member.as_deref()),
            ),
        };
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let Some(g) = cx.state.groups.get(&id) else {
                let code = GetGroupInfoError::GroupNotFound.code();
                let mut entry = GroupInfo::new(id.clone(), code);
                entry.error_info = Some(format!("group {id:?} does not exist"));
                out.push(entry);
                continue;
            };
            let base = |f: GroupBaseInfoField| {
                filter.as_ref().is_none_or(|fl| {
                    fl.group_base_info_filter
                        .as_ref()
                        .is_some_and(|l| l.contains(&f))
                })
            };
            let mut e = GroupInfo::new(id, 0);
            e.error_info = Some(String::new());
            if base(GroupBaseInfoField::Type) {
                e.r#type = Some(g.group_type.clone());
            }
            if base(GroupBaseInfoField::Name) {
                e.name = Some(g.name.clone());
            }
            if base(GroupBaseInfoField::Introduction) {
                e.introduction = Some(g.introduction.clone().unwrap_or_default());
            }
            if base(GroupBaseInfoField::Notification) {
                e.notification = Some(g.notification.clone().unwrap_or_default());
            }
            if base(GroupBaseInfoField::FaceUrl) {
                e.face_url = Some(g.face_url.clone().unwrap_or_default());
            }
            if base(GroupBaseInfoField::OwnerAccount) {
                e.owner_account = Some(g.owner.clone().unwrap_or_default());
            }
            if base(GroupBaseInfoField::CreateTime) {
                e.create_time = Some(g.create_time);
            }
            if base(GroupBaseInfoField::InfoSeq) {
                e.info_seq = Some(g.info_seq);
            }
            if base(GroupBaseInfoField::LastInfoTime) {
                e.last_info_time = Some(g.last_info_time);
            }
            if base(GroupBaseInfoField::LastMsgTime) {
                e.last_msg_time = Some(g.last_msg_time);
            }
            if base(GroupBaseInfoField::NextMsgSeq) {
                e.next_msg_seq = Some(g.last_msg_seq.saturating_add(1));
            }
            if base(GroupBaseInfoField::MemberNum) {
                e.member_num = Some(u32::try_from(g.members.len()).unwrap_or(u32::MAX));
            }
            if base(GroupBaseInfoField::MaxMemberNum) {
                e.max_member_num = g.max_member_count;
            }
            if base(GroupBaseInfoField::ApplyJoinOption) {
                e.apply_join_option = g.apply_join_option.clone();
            }
            if filter.is_none() {
                e.appid = Some(cx.app_id);
                e.mute_all_member = Some(if g.mute_all {
                    GroupInfoMuteAllMember::On
                } else {
                    GroupInfoMuteAllMember::Off
                });
            }
            if let Some(items) = group_keys.items(&g.app_defined_data) {
                e.app_defined_data = Some(
                    items
                        .map(|(k, v)| AppDefinedDataItem::new(k.clone(), v.clone()))
                        .collect(),
                );
            }
            // Audio-video groups keep no member profiles.
            let members_wanted = match &filter {
                None => true,
                Some(f) => f.member_info_filter.is_some(),
            };
            if members_wanted && g.group_type != GroupType::AvChatRoom {
                let fields = filter
                    .as_ref()
                    .and_then(|f| f.member_info_filter.as_deref());
                let list = ordered_members(g)
                    .into_iter()
                    .map(|(account, m)| member_info(account, m, fields, member_keys))
                    .collect();
                e.member_list = Some(list);
            }
            out.push(e);
        }
        Ok(GetGroupInfoResponse::new(out))
    }
}

impl Emulated for AddGroupMemberRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let keep = cx.limits.notifications_per_group;
        let unknown: Vec<&str> = self
            .member_list
            .iter()
            .map(|m| m.member_account.as_str())
            .filter(|a| !account_exists(cx.state, a))
            .collect();
        let unknown = (!unknown.is_empty()).then(|| unknown.join(", "));
        let g = group(cx.state, &self.group_id, AddGroupMemberError::GroupNotFound)?;
        if !group_rule(Self::INFO, g)? {
            return Ok(AddGroupMemberResponse::new([]));
        }
        if let Some(unknown) = unknown {
            return Err(Fail::new(
                AddGroupMemberError::GroupUserNotFound,
                format!("not imported: {unknown}"),
            ));
        }
        let mut new: Vec<&str> = Vec::new();
        for m in &self.member_list {
            let a = m.member_account.as_str();
            if !g.members.contains_key(a) && !new.contains(&a) {
                new.push(a);
            }
        }
        if let Some(max) = g.max_member_count
            && g.members.len() + new.len() > max as usize
        {
            return Err(Fail::new(
                AddGroupMemberError::GroupMemberLimitReached,
                format!(
                    "{} members and {} more exceed MaxMemberNum {max}",
                    g.members.len(),
                    new.len()
                ),
            ));
        }
        let mut results = Vec::with_capacity(self.member_list.len());
        let mut added = Vec::new();
        for m in self.member_list {
            let result = if g.members.contains_key(&m.member_account) {
                AddedGroupMemberResult::AlreadyMember
            } else {
                let mut member = Member::new(MemberRole::Member);
                member.join_time = now;
                g.members.insert(m.member_account.clone(), member);
                added.push(m.member_account.clone());
                AddedGroupMemberResult::Added
            };
            results.push(AddedGroupMember::new(m.member_account, result));
        }
        if !added.is_empty() {
            let silent = self.silence == Some(Silence::Silent);
            let recipients = everyone_unless_quiet(g, silent);
            g.notify(
                SystemNotification {
                    time: now,
                    kind: NotificationKind::MembersAdded,
                    accounts: added,
                    reason: None,
                    recipients,
                },
                keep,
            );
        }
        Ok(AddGroupMemberResponse::new(results))
    }
}

impl Emulated for GetGroupMemberInfoRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let g = group(
            cx.state,
            &self.group_id,
            GetGroupMemberInfoError::GroupNotFound,
        )?;
        if !group_rule(info, g)? {
            return Ok(GetGroupMemberInfoResponse::new(0, []));
        }
        let community = g.group_type == GroupType::Community;
        let start = if community {
            match self.next.as_deref() {
                None => {
                    return Err(invalid(
                        info,
                        "communities are read in batches: Next is required (\"\" first)",
                    ));
                }
                Some("") => 0,
                Some(cursor) => cursor
                    .parse::<usize>()
                    .map_err(|_| invalid(info, format!("Next {cursor:?} is not a cursor")))?,
            }
        } else {
            self.offset.unwrap_or(0) as usize
        };
        let matching: Vec<(&String, &Member)> = ordered_members(g)
            .into_iter()
            .filter(|(_, m)| {
                self.member_role_filter
                    .as_ref()
                    .is_none_or(|roles| roles.contains(&m.role))
            })
            .collect();
        let limit = self.limit.map_or(usize::MAX, |l| l as usize);
        let end = start.saturating_add(limit).min(matching.len());
        let page = matching.get(start..end).unwrap_or_default();
        let fields = self.member_info_filter.as_deref();
        let keys = Keys::named(self.app_defined_data_filter_group_member.as_deref());
        let list: Vec<GroupMemberInfo> = page
            .iter()
            .map(|(a, m)| member_info(a, m, fields, keys))
            .collect();
        let total = u32::try_from(g.members.len()).unwrap_or(u32::MAX);
        let mut response = GetGroupMemberInfoResponse::new(total, list);
        if community {
            response.next = Some(if end < matching.len() {
                end.to_string()
            } else {
                String::new()
            });
        }
        Ok(response)
    }
}

impl Emulated for SendGroupMsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let now = cx.now;
        let keep = cx.limits.history_per_group;
        let sender = match &self.from_account {
            Some(a) if !account_exists(cx.state, a) => {
                return Err(invalid(
                    info,
                    format!("From_Account {a:?} is not an imported account"),
                ));
            }
            Some(a) => a.clone(),
            None => cx.admin.to_owned(),
        };
        let g = group(cx.state, &self.group_id, SendGroupMsgError::GroupNotFound)?;
        if !group_rule(info, g)? {
            return Ok(SendGroupMsgResponse::new(now, g.last_msg_seq));
        }
        let av = g.group_type == GroupType::AvChatRoom;
        if self.from_account.is_some() && !av {
            match g.members.get(&sender) {
                None => {
                    return Err(Fail::new(
                        SendGroupMsgError::GroupPermissionDenied,
                        format!("{sender:?} is not a member of the group"),
                    ));
                }
                Some(m) if m.shut_up_until > now => {
                    return Err(Fail::new(
                        SendGroupMsgError::GroupSenderMuted,
                        format!("{sender:?} is muted until {}", m.shut_up_until),
                    ));
                }
                Some(m) if g.mute_all && m.role == MemberRole::Member => {
                    return Err(Fail::new(
                        SendGroupMsgError::GroupSenderMuted,
                        "every ordinary member of the group is muted",
                    ));
                }
                Some(_) => {}
            }
        }
        if self.topic_id.is_some() && !(g.group_type == GroupType::Community && g.support_topic) {
            return Err(invalid(info, "TopicId is only for communities with topics"));
        }
        if self.to_account.is_some()
            && matches!(g.group_type, GroupType::AvChatRoom | GroupType::Community)
        {
            return Err(invalid(
                info,
                format!("To_Account is not available in {} groups", g.group_type),
            ));
        }
        let size = serde_json::to_vec(&self.msg_body).map_or(0, |b| b.len());
        if size > MAX_MESSAGE_BYTES {
            return Err(Fail::new(
                SendGroupMsgError::MessageTooLarge,
                format!("the message is {size} bytes; at most {MAX_MESSAGE_BYTES}"),
            ));
        }
        // A repeat (same Random, sender and body) within the window is the same message.
        if let Some(first) = g
            .messages
            .iter()
            .rev()
            .take(REPEAT_SEARCH)
            .take_while(|m| now.saturating_sub(m.time) < REPEAT_WINDOW_SECS)
            .find(|m| m.random == self.random && m.sender == sender && m.body == self.msg_body)
        {
            return Ok(SendGroupMsgResponse::new(first.time, first.seq));
        }
        let online_only = self.online_only_flag == Some(SendGroupMsgOnlineOnlyFlag::OnlineOnly);
        let message = GroupMessage {
            seq: 0,
            sender: sender.clone(),
            time: now,
            random: self.random,
            body: self.msg_body,
            topic_id: self.topic_id,
            priority: self.msg_priority,
            cloud_custom_data: self.cloud_custom_data,
            status: MessageStatus::Normal,
        };
        // A hand-edited state can hold the last sequence number there is.
        let Some(seq) = g.next_seq() else {
            return Err(Fail::new(
                SendGroupMsgError::GroupInternalError,
                "the group's message sequence numbers are used up (LastMsgSeq is u64::MAX)",
            ));
        };
        // Audio-video groups and online-only messages keep no history; the sequence
        // number advances all the same.
        if av || online_only {
            g.last_msg_seq = seq;
            g.last_msg_time = now;
        } else {
            g.push(message);
            g.trim_history(keep);
        }
        if let Some(m) = g.members.get_mut(&sender) {
            m.last_send_msg_time = now;
        }
        Ok(SendGroupMsgResponse::new(now, seq))
    }
}

impl Emulated for GroupMsgGetSimpleRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let g = group(
            cx.state,
            &self.group_id,
            GroupMsgGetSimpleError::GroupNotFound,
        )?;
        if !group_rule(info, g)? {
            return Ok(GroupMsgGetSimpleResponse::new(
                GroupMsgGetSimpleResponseIsFinished::Complete,
            ));
        }
        if self.topic_id.is_some() && !(g.group_type == GroupType::Community && g.support_topic) {
            return Err(invalid(info, "TopicId is only for communities with topics"));
        }
        let with_recalled = self.with_recalled_msg == Some(YesNo::Yes);
        let up_to = self.req_msg_seq.unwrap_or(u64::MAX);
        // Messages are in sequence order: start at the last one not after ReqMsgSeq.
        let end = g.messages.partition_point(|m| m.seq <= up_to);
        let list: Vec<GroupHistoryMsg> = g.messages[..end]
            .iter()
            .rev()
            .filter(|m| m.topic_id == self.topic_id)
            .filter(|m| with_recalled || m.status != MessageStatus::Recalled)
            .take(self.req_msg_number as usize)
            .map(|m| {
                let (place, body) = match m.status {
                    MessageStatus::Recalled => (GroupHistoryMsgIsPlaceMsg::Recalled, Vec::new()),
                    MessageStatus::Deleted => (GroupHistoryMsgIsPlaceMsg::Missing, Vec::new()),
                    _ => (GroupHistoryMsgIsPlaceMsg::Message, m.body.clone()),
                };
                let mut h =
                    GroupHistoryMsg::new(m.sender.clone(), place, body, m.random, m.seq, m.time);
                h.msg_priority = Some(match m.priority {
                    Some(SendGroupMsgMsgPriority::High) => GroupHistoryMsgMsgPriority::High,
                    Some(SendGroupMsgMsgPriority::Low) => GroupHistoryMsgMsgPriority::Low,
                    _ => GroupHistoryMsgMsgPriority::Normal,
                });
                h
            })
            .collect();
        let mut response =
            GroupMsgGetSimpleResponse::new(GroupMsgGetSimpleResponseIsFinished::Complete);
        response.group_id = Some(self.group_id);
        response.rsp_msg_list = Some(list);
        Ok(response)
    }
}

impl Emulated for GroupAddRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !account_exists(cx.state, &self.from_account) {
            return Err(Fail::new(
                GroupAddError::SnsAccountNotFound,
                format!("account {:?} does not exist", self.from_account),
            ));
        }
        // The most lists an account has is the most one call may name (the spec's limit
        // on GroupName says so).
        let most = Self::INFO
            .batch_fields
            .first()
            .map_or(usize::MAX, |b| b.max_items as usize);
        let friends = cx.state.friends_mut(self.from_account);
        // Checked before anything changes.
        let sequence = friends.list_sequence.checked_add(1).ok_or_else(|| {
            Fail::new(
                GroupAddError::SnsInternalError,
                "the friend list sequence is used up (u64::MAX)",
            )
        })?;
        let mut new: Vec<&String> = self
            .group_name
            .iter()
            .filter(|n| !friends.lists.contains_key(*n))
            .collect();
        new.sort_unstable();
        new.dedup();
        if friends.lists.len() + new.len() > most {
            return Err(Fail::new(
                GroupAddError::SnsFriendGroupLimitReached,
                format!(
                    "{} lists and {} more exceed the {most} an account may have",
                    friends.lists.len(),
                    new.len()
                ),
            ));
        }
        for name in &self.group_name {
            friends.lists.entry(name.clone()).or_default();
        }
        let mut results = Vec::new();
        let mut failed = Vec::new();
        // One result per account, however often To_Account names it.
        let mut seen = std::collections::BTreeSet::new();
        for account in self.to_account.iter().flatten() {
            if !seen.insert(account) {
                continue;
            }
            if friends.friends.contains(account) {
                for name in &self.group_name {
                    if let Some(list) = friends.lists.get_mut(name) {
                        list.insert(account.clone());
                    }
                }
                let mut r = FriendListAddResult::new(account.clone(), 0);
                r.result_info = Some(String::new());
                results.push(r);
            } else {
                let mut r = FriendListAddResult::new(account.clone(), NOT_A_FRIEND);
                r.result_info = Some(format!("{account:?} is not a friend"));
                results.push(r);
                failed.push(account.clone());
            }
        }
        friends.list_sequence = sequence;
        let mut response = GroupAddResponse::new(friends.list_sequence);
        if self.to_account.is_some() {
            response.result_item = Some(results);
        }
        if !failed.is_empty() {
            response.fail_account = Some(failed);
        }
        Ok(response)
    }
}

impl Emulated for GroupGetRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !account_exists(cx.state, &self.from_account) {
            return Err(Fail::new(
                GroupGetError::SnsAccountNotFound,
                format!("account {:?} does not exist", self.from_account),
            ));
        }
        let need_friend = self.need_friend == Some(GroupGetNeedFriend::Yes);
        let Some(friends) = cx.state.friends.get(&self.from_account) else {
            let mut response = GroupGetResponse::new(0);
            response.result_item = Some(Vec::new());
            return Ok(response);
        };
        let items = friends
            .lists
            .iter()
            .filter(|(name, _)| {
                self.group_name
                    .as_ref()
                    .is_none_or(|names| names.contains(name))
            })
            .map(|(name, members)| {
                let mut item = FriendList::new(
                    name.clone(),
                    u32::try_from(members.len()).unwrap_or(u32::MAX),
                );
                if need_friend {
                    item.to_account = Some(members.iter().cloned().collect());
                }
                item
            })
            .collect();
        let mut response = GroupGetResponse::new(friends.list_sequence);
        response.result_item = Some(items);
        Ok(response)
    }
}
