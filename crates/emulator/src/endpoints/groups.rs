//! Groups and members: creating, reading and disbanding groups, adding, removing and
//! reading members.

use std::collections::BTreeMap;

use tencent_chat::group_open_http_svc::{
    AddGroupMemberError, AddGroupMemberRequest, AddGroupMemberResponse, AddedGroupMember,
    AddedGroupMemberResult, CREATE_GROUP_ASSIGNED_ID_PREFIX, CREATE_GROUP_COMMUNITY_ID_PREFIX,
    CreateGroupError, CreateGroupRequest, CreateGroupResponse, DeleteGroupMemberRequest,
    DeleteGroupMemberResponse, DestroyGroupRequest, DestroyGroupResponse, GetGroupInfoError,
    GetGroupInfoRequest, GetGroupInfoResponse, GetGroupMemberInfoRequest,
    GetGroupMemberInfoResponse, GroupInfo,
};
use tencent_chat::types::{
    AppDefinedDataItem, AppMemberDefinedDataItem, GroupBaseInfoField, GroupMemberField,
    GroupMemberInfo, InviteJoinOption as WireInviteJoinOption, OnOff, Silence, YesNo,
};
use tencent_chat::{Endpoint, EndpointError};

use super::{Cx, Emulated, Fail, account_exists, invalid};
use crate::state::{
    Group, GroupType, InviteJoinOption, Member, MemberRole, NotificationKind, State,
    SystemNotification,
};

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
                check_custom_id(info, &id, community)?;
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
            g.invite_join_option = self.invite_join_option.map(|o| match o {
                WireInviteJoinOption::FreeAccess => InviteJoinOption::FreeAccess,
                WireInviteJoinOption::NeedPermission => InviteJoinOption::NeedPermission,
                WireInviteJoinOption::DisableInvite => InviteJoinOption::DisableInvite,
            });
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

/// Refuses a custom group ID that a community does not start with `@TGS#_`, or
/// that another group starts with `@TGS#` (the prefix of assigned IDs).
pub(super) fn check_custom_id(
    info: &tencent_chat::EndpointInfo,
    id: &str,
    community: bool,
) -> Result<(), Fail> {
    if community && !id.starts_with(CREATE_GROUP_COMMUNITY_ID_PREFIX) {
        return Err(invalid(
            info,
            format!("a community's GroupId must start with {CREATE_GROUP_COMMUNITY_ID_PREFIX}"),
        ));
    }
    if !community && id.starts_with(CREATE_GROUP_ASSIGNED_ID_PREFIX) {
        return Err(invalid(
            info,
            format!("a custom GroupId may not start with {CREATE_GROUP_ASSIGNED_ID_PREFIX}"),
        ));
    }
    Ok(())
}

/// A new `@TGS#...` ID, unique in the state (`@TGS#_...` for communities).
pub(super) fn assign_group_id(state: &mut State, community: bool) -> String {
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
            CREATE_GROUP_COMMUNITY_ID_PREFIX
        } else {
            CREATE_GROUP_ASSIGNED_ID_PREFIX
        };
        let id = format!("{prefix}{}{suffix}", state.next_group_number % 10);
        if !state.groups.contains_key(&id) {
            return id;
        }
    }
}

impl Emulated for DestroyGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if cx.acts {
            cx.state.groups.remove(&self.group_id);
        }
        Ok(DestroyGroupResponse::new())
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
                .map(|(k, v)| AppMemberDefinedDataItem::key(k.clone()).value(v.clone()))
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
                e.mute_all_member = Some(if g.mute_all { OnOff::On } else { OnOff::Off });
            }
            if let Some(items) = group_keys.items(&g.app_defined_data) {
                e.app_defined_data = Some(
                    items
                        .map(|(k, v)| AppDefinedDataItem::key(k.clone()).value(v.clone()))
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
        if !cx.acts {
            return Ok(AddGroupMemberResponse::new([]));
        }
        let g = cx.group(&self.group_id)?;
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
            } else if g.is_banned(&m.member_account, now) {
                // A banned account comes back only when its ban ends or is lifted.
                AddedGroupMemberResult::Failed
            } else {
                let mut member = Member::new(MemberRole::Member);
                member.join_time = now;
                // A mute from before leaving applies again.
                if let Some(until) = g.mutes.remove(&m.member_account) {
                    member.shut_up_until = until;
                }
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
            if let Some(member) = g.members.remove(account) {
                // A mute outlives leaving the group (forbid_send_msg page).
                if member.shut_up_until > now {
                    g.mutes.insert(account.clone(), member.shut_up_until);
                }
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

impl Emulated for GetGroupMemberInfoRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        if !cx.acts {
            return Ok(GetGroupMemberInfoResponse::new(0, []));
        }
        let g = cx.group(&self.group_id)?;
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
