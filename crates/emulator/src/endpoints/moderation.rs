//! Group management, members and moderation: importing groups and members, the
//! group profile, member profiles and roles, ownership, mutes, bans of audio-video
//! groups, and the listings that read them (the groups of the app and of an account,
//! roles, muted and banned accounts).

use tencent_chat::group_open_http_svc::{
    BanGroupMemberRequest, BanGroupMemberResponse, BannedAccount, ChangeGroupOwnerRequest,
    ChangeGroupOwnerResponse, ForbidSendMsgRequest, ForbidSendMsgResponse,
    GetAppidGroupListRequest, GetAppidGroupListResponse, GetGroupBanMemberRequest,
    GetGroupBanMemberResponse, GetGroupMutedAccountRequest, GetGroupMutedAccountResponse,
    GetJoinedGroupListRequest, GetJoinedGroupListResponse, GetRoleInGroupRequest,
    GetRoleInGroupResponse, ImportGroupError, ImportGroupMemberRequest, ImportGroupMemberResponse,
    ImportGroupRequest, ImportGroupResponse, ImportedGroupMember, ImportedGroupMemberResult,
    JoinedGroup, JoinedGroupSelfInfo, ModifyGroupBaseInfoRequest, ModifyGroupBaseInfoResponse,
    ModifyGroupMemberInfoError, ModifyGroupMemberInfoRequest, ModifyGroupMemberInfoResponse,
    MutedAccount, RoleInGroup, RoleInGroupRole, UnbanGroupMemberRequest, UnbanGroupMemberResponse,
};
use tencent_chat::types::{
    GroupBaseInfoField, GroupIdItem, GroupMemberField, InviteJoinOption as WireInviteJoinOption,
    MsgFlag, OnOff, YesNo,
};
use tencent_chat::{Endpoint, GroupTypeSupport};

use super::{Cx, Emulated, Fail, account_exists, invalid};
use crate::state::{Ban, Group, GroupType, InviteJoinOption, Member, MemberRole};

/// The end of a mute of `seconds` from `now`: 0 lifts it, `u32::MAX` (the documented
/// "for good") is kept as that absolute time, which no clock of this century reaches.
fn mute_end(now: u64, seconds: u32) -> u64 {
    match seconds {
        0 => 0,
        u32::MAX => u64::from(u32::MAX),
        s => now.saturating_add(u64::from(s)),
    }
}

/// Mutes `account` in `g` until `until` (0: lifts the mute): on its member record
/// when it is a member, in the group's own list otherwise.
fn set_mute(g: &mut Group, account: &str, until: u64) {
    if let Some(m) = g.members.get_mut(account) {
        m.shut_up_until = until;
        g.mutes.remove(account);
    } else if until == 0 {
        g.mutes.remove(account);
    } else {
        g.mutes.insert(account.to_owned(), until);
    }
}

/// Whether the group's type makes `info`'s call fail, and with what.
fn refused_type(info: &tencent_chat::EndpointInfo, group_type: &GroupType) -> Option<Fail> {
    match info.group_type_support(group_type.as_str()) {
        Some(GroupTypeSupport::Error(code)) => Some(Fail::code(
            code,
            format!("{} is not supported for {group_type} groups", info.command),
        )),
        _ => None,
    }
}

impl Emulated for ForbidSendMsgRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(ForbidSendMsgResponse::new());
        }
        let g = cx.group(&self.group_id)?;
        // Topic mutes belong to the topic state, which this module does not keep: the
        // call is accepted without effect on the group's mutes.
        if self.topic_id.is_some() {
            return Ok(ForbidSendMsgResponse::new());
        }
        let until = mute_end(now, self.mute_time);
        for account in &self.members_account {
            set_mute(g, account, until);
        }
        Ok(ForbidSendMsgResponse::new())
    }
}

impl Emulated for GetGroupMutedAccountRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(GetGroupMutedAccountResponse::new([]));
        }
        let g = cx.group(&self.group_id)?;
        let mut list: Vec<MutedAccount> = Vec::new();
        if self.topic_id.is_none() {
            let accounts: std::collections::BTreeSet<&String> =
                g.members.keys().chain(g.mutes.keys()).collect();
            for account in accounts {
                if let Some(until) = g.muted_until(account, now) {
                    list.push(MutedAccount::new(account.clone(), until));
                }
            }
        }
        let mut response = GetGroupMutedAccountResponse::new(list);
        response.group_id = Some(self.group_id);
        Ok(response)
    }
}

impl Emulated for BanGroupMemberRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(BanGroupMemberResponse::new());
        }
        let g = cx.group(&self.group_id)?;
        let until = now.saturating_add(u64::from(self.duration));
        for account in &self.members_account {
            // A banned account leaves the group and cannot come back until the ban ends.
            g.members.remove(account);
            if g.owner.as_deref() == Some(account.as_str()) {
                g.owner = None;
            }
            let mut ban = Ban::new(until);
            ban.reason = self.description.clone();
            g.bans.insert(account.clone(), ban);
        }
        Ok(BanGroupMemberResponse::new())
    }
}

impl Emulated for UnbanGroupMemberRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !cx.acts {
            return Ok(UnbanGroupMemberResponse::new());
        }
        let g = cx.group(&self.group_id)?;
        for account in &self.members_account {
            g.bans.remove(account);
        }
        Ok(UnbanGroupMemberResponse::new())
    }
}

impl Emulated for GetGroupBanMemberRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(GetGroupBanMemberResponse::new([], 0));
        }
        let g = cx.group(&self.group_id)?;
        let live: Vec<(&String, &Ban)> = g.bans.iter().filter(|(_, b)| b.until > now).collect();
        // The page's largest Limit when the request has none.
        let limit = self.limit.unwrap_or(100).max(1) as usize;
        let start = (self.offset as usize).min(live.len());
        let end = start.saturating_add(limit).min(live.len());
        let page = live[start..end]
            .iter()
            .map(|(a, b)| BannedAccount::new((*a).clone(), b.until))
            .collect::<Vec<_>>();
        let next = if end < live.len() {
            u32::try_from(end).unwrap_or(0)
        } else {
            0
        };
        Ok(GetGroupBanMemberResponse::new(page, next))
    }
}

impl Emulated for GetRoleInGroupRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        if !cx.acts {
            return Ok(GetRoleInGroupResponse::new([]));
        }
        let g = cx.group(&self.group_id)?;
        let list = self
            .user_account
            .into_iter()
            .map(|account| {
                let role = match g.members.get(&account).map(|m| &m.role) {
                    None => RoleInGroupRole::NotMember,
                    Some(MemberRole::Owner) => RoleInGroupRole::Owner,
                    Some(MemberRole::Admin) => RoleInGroupRole::Admin,
                    Some(_) => RoleInGroupRole::Member,
                };
                RoleInGroup::new(account, role)
            })
            .collect::<Vec<_>>();
        Ok(GetRoleInGroupResponse::new(list))
    }
}

impl Emulated for ChangeGroupOwnerRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(ChangeGroupOwnerResponse::new());
        }
        let info = Self::INFO;
        let g = cx.group(&self.group_id)?;
        // The generic checks found the new owner among the members.
        if !g.members.contains_key(&self.new_owner_account) {
            return Err(invalid(
                info,
                format!("{:?} is not a member of the group", self.new_owner_account),
            ));
        }
        if let Some(old) = g.owner.take()
            && old != self.new_owner_account
            && let Some(m) = g.members.get_mut(&old)
        {
            m.role = MemberRole::Member;
        }
        if let Some(m) = g.members.get_mut(&self.new_owner_account) {
            m.role = MemberRole::Owner;
        }
        g.owner = Some(self.new_owner_account);
        g.info_seq = g.info_seq.saturating_add(1);
        g.last_info_time = now;
        Ok(ChangeGroupOwnerResponse::new())
    }
}

impl Emulated for ModifyGroupMemberInfoRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(ModifyGroupMemberInfoResponse::new());
        }
        let info = Self::INFO;
        let g = cx.group(&self.group_id)?;
        let group_type = g.group_type.clone();
        let Some(m) = g.members.get(&self.member_account) else {
            return Err(Fail::new(
                ModifyGroupMemberInfoError::GroupPermissionDenied,
                format!("{:?} is not a member of the group", self.member_account),
            ));
        };
        // Everything is checked before anything changes.
        if let Some(role) = &self.role {
            if !matches!(role, MemberRole::Admin | MemberRole::Member) {
                return Err(invalid(
                    info,
                    format!("Role {role}: only Admin and Member can be given"),
                ));
            }
            if m.role == MemberRole::Owner {
                return Err(invalid(info, "the owner's role cannot change"));
            }
        }
        if self.mute_time.is_some() && group_type == GroupType::Private {
            return Err(Fail::new(
                ModifyGroupMemberInfoError::GroupPermissionDenied,
                "members of Work (Private) groups cannot be muted",
            ));
        }
        let m = g
            .members
            .get_mut(&self.member_account)
            .ok_or_else(|| invalid(info, "the member left"))?;
        if let Some(role) = self.role {
            m.role = role;
        }
        if let Some(flag) = self.msg_flag {
            m.msg_flag = Some(flag);
        }
        if let Some(card) = self.name_card {
            m.name_card = Some(card);
        }
        for item in self.app_member_defined_data.unwrap_or_default() {
            if item.value.is_empty() {
                m.app_member_defined_data.remove(&item.key);
            } else {
                m.app_member_defined_data.insert(item.key, item.value);
            }
        }
        if let Some(seconds) = self.mute_time {
            m.shut_up_until = mute_end(now, seconds);
        }
        Ok(ModifyGroupMemberInfoResponse::new())
    }
}

impl Emulated for ModifyGroupBaseInfoRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(ModifyGroupBaseInfoResponse::new());
        }
        let info = Self::INFO;
        let g = cx.group(&self.group_id)?;
        let community = g.group_type == GroupType::Community;
        if community && (self.apply_join_option.is_some() || self.invite_join_option.is_some()) {
            return Err(invalid(
                info,
                "communities take neither ApplyJoinOption nor InviteJoinOption",
            ));
        }
        if let Some(max) = self.max_member_num
            && g.group_type != GroupType::AvChatRoom
            && (max as usize) < g.members.len()
        {
            return Err(invalid(
                info,
                format!(
                    "MaxMemberNum {max} is below the {} current members",
                    g.members.len()
                ),
            ));
        }
        if let Some(name) = self.name {
            g.name = name;
        }
        if let Some(v) = self.introduction {
            g.introduction = Some(v);
        }
        if let Some(v) = self.notification {
            g.notification = Some(v);
        }
        if let Some(v) = self.face_url {
            g.face_url = Some(v);
        }
        if let Some(max) = self.max_member_num
            && g.group_type != GroupType::AvChatRoom
        {
            g.max_member_count = Some(max);
        }
        if let Some(option) = self.apply_join_option {
            g.apply_join_option = Some(option);
        }
        if let Some(option) = self.invite_join_option {
            g.invite_join_option = Some(match option {
                WireInviteJoinOption::FreeAccess => InviteJoinOption::FreeAccess,
                WireInviteJoinOption::NeedPermission => InviteJoinOption::NeedPermission,
                WireInviteJoinOption::DisableInvite => InviteJoinOption::DisableInvite,
            });
        }
        for item in self.app_defined_data.unwrap_or_default() {
            if item.value.is_empty() {
                g.app_defined_data.remove(&item.key);
            } else {
                g.app_defined_data.insert(item.key, item.value);
            }
        }
        if let Some(mute) = self.mute_all_member {
            g.mute_all = mute == OnOff::On;
        }
        g.info_seq = g.info_seq.saturating_add(1);
        g.last_info_time = now;
        Ok(ModifyGroupBaseInfoResponse::new())
    }
}

impl Emulated for ImportGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let group_type = self.r#type;
        if let GroupType::Other(other) = &group_type {
            return Err(invalid(info, format!("unknown group type {other:?}")));
        }
        if let Some(fail) = refused_type(info, &group_type) {
            return Err(fail);
        }
        let community = group_type == GroupType::Community;
        let create_time = self.create_time.unwrap_or(cx.now);
        if create_time > cx.now {
            return Err(invalid(info, "CreateTime lies in the future"));
        }
        let id = match self.group_id {
            Some(id) => {
                super::groups::check_custom_id(info, &id, community)?;
                if cx.state.groups.contains_key(&id) {
                    return Err(Fail::new(
                        ImportGroupError::GroupIdInUse,
                        format!("group ID {id:?} is in use"),
                    ));
                }
                id
            }
            None => super::groups::assign_group_id(cx.state, community),
        };
        let mut g = Group::new(group_type);
        g.create_time = create_time;
        g.last_info_time = create_time;
        g.name = self.name;
        g.introduction = self.introduction;
        g.notification = self.notification;
        g.face_url = self.face_url;
        g.max_member_count = self.max_member_count;
        if !community {
            g.apply_join_option = self.apply_join_option;
        }
        g.support_topic = community && self.support_topic == Some(YesNo::Yes);
        g.app_defined_data = self
            .app_defined_data
            .unwrap_or_default()
            .into_iter()
            .map(|d| (d.key, d.value))
            .collect();
        if let Some(owner) = self.owner_account {
            let mut member = Member::new(MemberRole::Owner);
            member.join_time = create_time;
            g.members.insert(owner.clone(), member);
            g.owner = Some(owner);
        }
        cx.state.groups.insert(id.clone(), g);
        Ok(ImportGroupResponse::new(id))
    }
}

impl Emulated for ImportGroupMemberRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        if !cx.acts {
            return Ok(ImportGroupMemberResponse::new([]));
        }
        let imported: Vec<bool> = self
            .member_list
            .iter()
            .map(|m| account_exists(cx.state, &m.member_account))
            .collect();
        let g = cx.group(&self.group_id)?;
        let mut results = Vec::with_capacity(self.member_list.len());
        for (m, imported) in self.member_list.into_iter().zip(imported) {
            let join_time = m.join_time.unwrap_or(now);
            let full = g
                .max_member_count
                .is_some_and(|max| g.members.len() >= max as usize);
            let result = if g.members.contains_key(&m.member_account) {
                ImportedGroupMemberResult::AlreadyMember
            } else if !imported
                || full
                || g.is_banned(&m.member_account, now)
                || join_time < g.create_time
                || join_time > now
                || m.role
                    .as_ref()
                    .is_some_and(|r| !matches!(r, MemberRole::Admin | MemberRole::Member))
            {
                ImportedGroupMemberResult::Failed
            } else {
                let mut member = Member::new(m.role.unwrap_or(MemberRole::Member));
                member.join_time = join_time;
                // The unread count is capped at the group's number of messages.
                let unread = u64::from(m.unread_msg_num.unwrap_or(0));
                member.msg_seq = g.last_msg_seq.saturating_sub(unread);
                // A mute recorded before the account (re)joined applies to it.
                if let Some(until) = g.mutes.remove(&m.member_account) {
                    member.shut_up_until = until;
                }
                g.members.insert(m.member_account.clone(), member);
                ImportedGroupMemberResult::Imported
            };
            results.push(ImportedGroupMember::new(m.member_account, result));
        }
        Ok(ImportGroupMemberResponse::new(results))
    }
}

impl Emulated for GetAppidGroupListRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let ids: Vec<&String> = cx
            .state
            .groups
            .iter()
            .filter(|(_, g)| self.group_type.as_ref().is_none_or(|t| *t == g.group_type))
            .map(|(id, _)| id)
            .collect();
        let total = u32::try_from(ids.len()).unwrap_or(u32::MAX);
        let limit = self.limit.unwrap_or(10_000).max(1) as usize;
        let start = usize::try_from(self.next.unwrap_or(0))
            .unwrap_or(usize::MAX)
            .min(ids.len());
        let end = start.saturating_add(limit).min(ids.len());
        let page: Vec<GroupIdItem> = ids[start..end]
            .iter()
            .map(|id| GroupIdItem::new((*id).clone()))
            .collect();
        let next = if end < ids.len() { end as u64 } else { 0 };
        Ok(GetAppidGroupListResponse::new(total, page, next))
    }
}

impl Emulated for GetJoinedGroupListRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        if self.support_topic.is_some() && self.group_type != Some(GroupType::Community) {
            return Err(invalid(info, "SupportTopic needs GroupType Community"));
        }
        let account = &self.member_account;
        let huge = self.with_huge_groups == Some(YesNo::Yes);
        let inactive = self.with_no_active_groups == Some(YesNo::Yes);
        let groups: Vec<(&String, &Group, &Member)> = cx
            .state
            .groups
            .iter()
            .filter_map(|(id, g)| g.members.get(account).map(|m| (id, g, m)))
            .filter(|(_, g, _)| huge || g.group_type != GroupType::AvChatRoom)
            .filter(|(_, g, _)| {
                inactive || !(g.group_type == GroupType::Private && g.last_msg_seq == 0)
            })
            .filter(|(_, g, _)| self.group_type.as_ref().is_none_or(|t| *t == g.group_type))
            .filter(|(_, g, _)| {
                self.support_topic
                    .as_ref()
                    .is_none_or(|s| (*s == YesNo::Yes) == g.support_topic)
            })
            .collect();
        let total = u32::try_from(groups.len()).unwrap_or(u32::MAX);
        let start = (self.offset.unwrap_or(0) as usize).min(groups.len());
        let limit = self.limit.map_or(usize::MAX, |l| l as usize);
        let end = start.saturating_add(limit).min(groups.len());
        let base = self
            .response_filter
            .as_ref()
            .and_then(|f| f.group_base_info_filter.as_deref())
            .unwrap_or_default();
        let own = self
            .response_filter
            .as_ref()
            .and_then(|f| f.self_info_filter.as_deref());
        let list: Vec<JoinedGroup> = groups[start..end]
            .iter()
            .map(|(id, g, m)| joined_group(id, g, m, base, own))
            .collect();
        Ok(GetJoinedGroupListResponse::new(total, list))
    }
}

/// One entry of get_joined_group_list: the group fields `base` names and the
/// account's own member fields `own` names.
fn joined_group(
    id: &str,
    g: &Group,
    m: &Member,
    base: &[GroupBaseInfoField],
    own: Option<&[GroupMemberField]>,
) -> JoinedGroup {
    let wants = |f: GroupBaseInfoField| base.contains(&f);
    let mut e = JoinedGroup::new(id);
    if wants(GroupBaseInfoField::Type) {
        e.r#type = Some(g.group_type.clone());
    }
    if wants(GroupBaseInfoField::Name) {
        e.name = Some(g.name.clone());
    }
    if wants(GroupBaseInfoField::Introduction) {
        e.introduction = Some(g.introduction.clone().unwrap_or_default());
    }
    if wants(GroupBaseInfoField::Notification) {
        e.notification = Some(g.notification.clone().unwrap_or_default());
    }
    if wants(GroupBaseInfoField::FaceUrl) {
        e.face_url = Some(g.face_url.clone().unwrap_or_default());
    }
    if wants(GroupBaseInfoField::OwnerAccount) {
        e.owner_account = Some(g.owner.clone().unwrap_or_default());
    }
    if wants(GroupBaseInfoField::CreateTime) {
        e.create_time = Some(g.create_time);
    }
    if wants(GroupBaseInfoField::InfoSeq) {
        e.info_seq = Some(g.info_seq);
    }
    if wants(GroupBaseInfoField::LastInfoTime) {
        e.last_info_time = Some(g.last_info_time);
    }
    if wants(GroupBaseInfoField::LastMsgTime) {
        e.last_msg_time = Some(g.last_msg_time);
    }
    if wants(GroupBaseInfoField::NextMsgSeq) {
        e.next_msg_seq = Some(g.last_msg_seq.saturating_add(1));
    }
    if wants(GroupBaseInfoField::MemberNum) {
        e.member_num = Some(u32::try_from(g.members.len()).unwrap_or(u32::MAX));
    }
    if wants(GroupBaseInfoField::MaxMemberNum) {
        e.max_member_num = g.max_member_count;
    }
    if wants(GroupBaseInfoField::ApplyJoinOption) {
        e.apply_join_option = g.apply_join_option.clone();
    }
    if wants(GroupBaseInfoField::MuteAllMember) {
        e.mute_all_member = Some(if g.mute_all { OnOff::On } else { OnOff::Off });
    }
    if g.group_type == GroupType::Community && g.support_topic {
        e.support_topic = Some(YesNo::Yes);
    }
    if let Some(fields) = own {
        let wants = |f: GroupMemberField| fields.contains(&f);
        let mut s = JoinedGroupSelfInfo::new();
        if wants(GroupMemberField::Role) {
            s.role = Some(m.role.clone());
        }
        if wants(GroupMemberField::JoinTime) {
            s.join_time = Some(m.join_time);
        }
        if wants(GroupMemberField::MsgFlag) {
            s.msg_flag = Some(m.msg_flag.clone().unwrap_or(MsgFlag::AcceptAndNotify));
        }
        if wants(GroupMemberField::MsgSeq) {
            s.msg_seq = Some(m.msg_seq);
        }
        if wants(GroupMemberField::MuteUntil) {
            s.mute_until = Some(m.shut_up_until);
        }
        if wants(GroupMemberField::NameCard) {
            s.name_card = Some(m.name_card.clone().unwrap_or_default());
        }
        e.self_info = Some(s);
    }
    e
}
