//! Recent contacts: each account's conversation list (filled by [`touch`] when
//! messages are sent), pinning, standard and custom marks, and conversation groups.
//!
//! Marks and conversation groups are independent of the list: deleting a
//! conversation from the list keeps its marks, and marking a conversation that is
//! not listed records it without listing it.

use std::cmp::Reverse;

use tencent_chat::EndpointInfo;
use tencent_chat::recentcontact::{
    CREATE_CONTACT_GROUP_MAX_CONTACT_GROUPS, ContactGroupCreated, ContactGroupUpdateResult,
    ContactGroupUpdateUpdateGroupType, ContactUpdateItemContactOptType, ContactUpdateResult,
    CreateContactGroupError, CreateContactGroupRequest, CreateContactGroupResponse,
    DelContactGroupError, DelContactGroupRequest, DelContactGroupResponse, DeleteRequest,
    DeleteResponse, GetContactGroupRequest, GetContactGroupResponse, GetListRequest,
    GetListResponse, MarkContactRequest, MarkContactResponse, MarkItemOptType, MarkResult,
    SearchContactGroupRequest, SearchContactGroupResponse, SessionItem,
    UPDATE_CONTACT_GROUP_MAX_GROUP_CONVERSATIONS, UpdateContactGroupError,
    UpdateContactGroupRequest, UpdateContactGroupResponse, UpdateContactGroupUpdateType,
};
use tencent_chat::types::{
    ContactGroup, ContactItem, ContactMarkData, ContactResult, ContactType, YesNo,
};
use tencent_chat::{Endpoint, EndpointError};

use super::{Cx, Emulated, Fail, invalid};
use crate::state::{ContactGroupEntry, Conversation, ConversationKind, RecentContacts, State};

/// Conversations per page of `get_list` and `get_contact_group` (of each kind for
/// `get_list`): the service chooses its page size and does not document it. (The
/// emulator's own choice, not an API fact.)
const PAGE: usize = 100;

/// Conversations kept per account: beyond it, the listed conversation with the
/// oldest message and no marks is dropped. (The emulator's own bound.)
const CONVERSATIONS_PER_ACCOUNT: usize = 5000;

/// Records that `owner` has a conversation with `peer` (another account for
/// [`ConversationKind::C2c`], a group ID for [`ConversationKind::Group`]) whose last
/// message was at `time`: the conversation is listed (again, if it was deleted) and
/// its time moves forward. A one-to-one message touches both sides:
/// `touch(state, from, C2c, to, t)` and `touch(state, to, C2c, from, t)`.
pub(crate) fn touch(state: &mut State, owner: &str, kind: ConversationKind, peer: &str, time: u64) {
    let contacts = state.recent_contacts.entry(owner.to_owned()).or_default();
    let c = contacts.entry(kind, peer);
    c.listed = true;
    c.msg_time = c.msg_time.max(time);
    if contacts.conversations.len() > CONVERSATIONS_PER_ACCOUNT
        && let Some(oldest) = contacts
            .conversations
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.has_marks())
            .min_by_key(|(_, c)| c.msg_time)
            .map(|(at, _)| at)
    {
        contacts.conversations.remove(oldest);
    }
}

/// The conversation a request's item names.
fn key(info: &EndpointInfo, item: &ContactItem) -> Result<(ConversationKind, String), Fail> {
    let (kind, peer) = match item.r#type {
        ContactType::C2c => (ConversationKind::C2c, item.to_account.as_ref()),
        ContactType::Group => (ConversationKind::Group, item.to_group_id.as_ref()),
        _ => return Err(invalid(info, "Type is 1 (one-to-one) or 2 (group)")),
    };
    match peer {
        Some(p) if !p.is_empty() => Ok((kind, p.clone())),
        _ => Err(invalid(
            info,
            "a one-to-one conversation needs To_Account, a group one ToGroupId",
        )),
    }
}

fn contact_type(kind: ConversationKind) -> ContactType {
    match kind {
        ConversationKind::C2c => ContactType::C2c,
        ConversationKind::Group => ContactType::Group,
    }
}

/// The marks and conversation groups of `c`.
fn mark_data(c: &Conversation) -> ContactMarkData {
    let mut d = ContactMarkData::new(contact_type(c.kind));
    match c.kind {
        ConversationKind::C2c => d.to_account = Some(c.peer.clone()),
        ConversationKind::Group => d.to_group_id = Some(c.peer.clone()),
    }
    d.standard_mark = Some(format!("{:b}", c.standard_mark));
    d.custom_mark.clone_from(&c.custom_mark);
    if !c.groups.is_empty() {
        d.contact_group_id = Some(c.groups.iter().copied().collect());
    }
    d.timestamp = Some(c.mark_time);
    d
}

fn groups_of(contacts: &RecentContacts) -> Vec<ContactGroup> {
    contacts
        .groups
        .iter()
        .map(|g| ContactGroup::new(g.name.clone(), g.id))
        .collect()
}

/// Drops conversations that are neither listed nor marked.
fn forget_unused(contacts: &mut RecentContacts) {
    contacts.conversations.retain(|c| c.listed || c.has_marks());
}

fn yes_no(flag: bool) -> YesNo {
    if flag { YesNo::Yes } else { YesNo::No }
}

impl Emulated for GetListRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let pins_apart = self.assist_flags & 1 != 0;
        let with_empty = self.assist_flags & 2 != 0;
        let page_pins = self.assist_flags & 4 != 0;
        let empty = RecentContacts::new();
        let contacts = cx
            .state
            .recent_contacts
            .get(&self.from_account)
            .unwrap_or(&empty);
        let mut listed: Vec<&Conversation> = contacts
            .conversations
            .iter()
            .filter(|c| c.listed && (with_empty || c.msg_time > 0))
            .collect();
        // Newest first; ties in a stable order.
        listed.sort_by_key(|c| (Reverse(c.msg_time), c.kind, c.peer.clone()));
        let (pinned, ordinary): (Vec<&Conversation>, Vec<&Conversation>) =
            listed.into_iter().partition(|c| pins_apart && c.pinned);
        let start = usize::try_from(self.start_index).unwrap_or(usize::MAX);
        let top_start = usize::try_from(self.top_start_index).unwrap_or(usize::MAX);
        // Without paging of pinned conversations, all of them come with the first page.
        let top_take = if page_pins { PAGE } else { usize::MAX };
        let ordinary_page: Vec<&Conversation> =
            ordinary.iter().skip(start).take(PAGE).copied().collect();
        let pinned_page: Vec<&Conversation> = pinned
            .iter()
            .skip(top_start)
            .take(top_take)
            .copied()
            .collect();
        let next = start.saturating_add(ordinary_page.len());
        let top_next = top_start.saturating_add(pinned_page.len());
        let complete = next >= ordinary.len() && top_next >= pinned.len();
        let time_of =
            |page: &[&Conversation], asked: u64| page.last().map_or(asked, |c| c.msg_time);
        let items: Vec<SessionItem> = pinned_page
            .iter()
            .chain(ordinary_page.iter())
            .map(|c| {
                let mut s = SessionItem::new(contact_type(c.kind), c.msg_time);
                match c.kind {
                    ConversationKind::C2c => s.to_account = Some(c.peer.clone()),
                    ConversationKind::Group => s.group_id = Some(c.peer.clone()),
                }
                if pins_apart {
                    s.top_flag = Some(yes_no(c.pinned));
                }
                s
            })
            .collect();
        let mut response = GetListResponse::complete_flag(yes_no(complete))
            .time_stamp(time_of(&ordinary_page, self.time_stamp))
            .start_index(u32::try_from(next).unwrap_or(u32::MAX))
            .top_time_stamp(time_of(&pinned_page, self.top_time_stamp))
            .top_start_index(u32::try_from(top_next).unwrap_or(u32::MAX));
        response.session_item = Some(items);
        Ok(response)
    }
}

impl Emulated for DeleteRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let item = {
            let mut item = ContactItem::new(self.r#type);
            item.to_account = self.to_account;
            item.to_group_id = self.to_group_id;
            item
        };
        let (kind, peer) = key(Self::INFO, &item)?;
        if let Some(contacts) = cx.state.recent_contacts.get_mut(&self.from_account) {
            if let Some(c) = contacts
                .conversations
                .iter_mut()
                .find(|c| c.kind == kind && c.peer == peer)
            {
                c.listed = false;
                c.pinned = false;
            }
            forget_unused(contacts);
        }
        Ok(DeleteResponse::new())
    }
}

impl Emulated for MarkContactRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let info = Self::INFO;
        let contacts = cx
            .state
            .recent_contacts
            .entry(self.from_account)
            .or_default();
        let mut results = Vec::with_capacity(self.mark_item.len());
        for item in self.mark_item {
            let (standard, custom, opt) = match item.opt_type {
                MarkItemOptType::Standard => (true, false, 1),
                MarkItemOptType::Custom => (false, true, 2),
                MarkItemOptType::Both => (true, true, 3),
            };
            let code = match key(info, &item.contact_item) {
                Ok((kind, peer)) => {
                    let c = contacts.entry(kind, &peer);
                    if standard {
                        for bit in item.set_mark.iter().flatten() {
                            c.standard_mark |= 1u64 << (u32::from(*bit) % 64);
                        }
                        for bit in item.clear_mark.iter().flatten() {
                            c.standard_mark &= !(1u64 << (u32::from(*bit) % 64));
                        }
                    }
                    if custom {
                        c.custom_mark = item.custom_mark.filter(|m| !m.is_empty());
                    }
                    c.mark_time = now;
                    0
                }
                Err(fail) => fail.code,
            };
            results.push(MarkResult::new(opt, item.contact_item, code));
        }
        forget_unused(contacts);
        let mut response = MarkContactResponse::new();
        response.result_item = Some(results);
        Ok(response)
    }
}

impl Emulated for CreateContactGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let info = Self::INFO;
        let most = usize::try_from(CREATE_CONTACT_GROUP_MAX_CONTACT_GROUPS).unwrap_or(usize::MAX);
        let contacts = cx
            .state
            .recent_contacts
            .entry(self.from_account)
            .or_default();
        let mut created = Vec::new();
        for new in self.group_contact_item {
            if contacts.group_named(&new.group_name).is_some() {
                return Err(invalid(
                    info,
                    format!("a conversation group {:?} exists", new.group_name),
                ));
            }
            if contacts.groups.len() >= most {
                return Err(Fail::new(
                    CreateContactGroupError::ConversationGroupLimitReached,
                    format!("the account has {most} conversation groups"),
                ));
            }
            let Some(id) = contacts.last_group_id.checked_add(1) else {
                return Err(Fail::new(
                    CreateContactGroupError::RecentContactInternalError,
                    "conversation group IDs are used up",
                ));
            };
            contacts.last_group_id = id;
            contacts.groups.push(ContactGroupEntry {
                id,
                name: new.group_name.clone(),
            });
            let mut results = Vec::with_capacity(new.contact_item.len());
            for item in new.contact_item {
                let code = match key(info, &item) {
                    Ok((kind, peer)) => {
                        let c = contacts.entry(kind, &peer);
                        c.groups.insert(id);
                        c.mark_time = now;
                        0
                    }
                    Err(fail) => fail.code,
                };
                results.push(ContactResult::new(item, code));
            }
            let mut group = ContactGroupCreated::new(ContactGroup::new(new.group_name, id));
            group.result_item = Some(results);
            created.push(group);
        }
        let mut response = CreateContactGroupResponse::new();
        response.group_result_item = Some(created);
        Ok(response)
    }
}

impl Emulated for DelContactGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let contacts = cx
            .state
            .recent_contacts
            .entry(self.from_account)
            .or_default();
        let mut deleted = Vec::new();
        for name in self.group_name {
            let Some(at) = contacts.groups.iter().position(|g| g.name == name) else {
                return Err(Fail::new(
                    DelContactGroupError::ConversationGroupNotFound,
                    format!("no conversation group {name:?}"),
                ));
            };
            let group = contacts.groups.remove(at);
            for c in &mut contacts.conversations {
                c.groups.remove(&group.id);
            }
            deleted.push(ContactGroup::new(group.name, group.id));
        }
        forget_unused(contacts);
        let mut response = DelContactGroupResponse::new();
        response.group_item = Some(deleted);
        Ok(response)
    }
}

impl Emulated for UpdateContactGroupRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = cx.now;
        let info = Self::INFO;
        if self.update_type != UpdateContactGroupUpdateType::Group {
            return Err(invalid(info, "UpdateType 1 is the only documented value"));
        }
        let most =
            usize::try_from(UPDATE_CONTACT_GROUP_MAX_GROUP_CONVERSATIONS).unwrap_or(usize::MAX);
        let update = self.update_group;
        let contacts = cx
            .state
            .recent_contacts
            .entry(self.from_account)
            .or_default();
        let Some(at) = contacts
            .groups
            .iter()
            .position(|g| g.name == update.old_group_name)
        else {
            return Err(Fail::new(
                UpdateContactGroupError::ConversationGroupNotFound,
                format!("no conversation group {:?}", update.old_group_name),
            ));
        };
        let id = contacts.groups[at].id;
        let mut result = ContactGroupUpdateResult::new(match update.update_group_type {
            ContactGroupUpdateUpdateGroupType::Rename => 1,
            ContactGroupUpdateUpdateGroupType::Contacts => 2,
        });
        result.old_group_name = Some(update.old_group_name.clone());
        result.group_id = Some(id);
        match update.update_group_type {
            ContactGroupUpdateUpdateGroupType::Rename => {
                let Some(new_name) = update.new_group_name else {
                    return Err(invalid(info, "a rename needs NewGroupName"));
                };
                if new_name != update.old_group_name && contacts.group_named(&new_name).is_some() {
                    return Err(invalid(
                        info,
                        format!("a conversation group {new_name:?} exists"),
                    ));
                }
                contacts.groups[at].name.clone_from(&new_name);
                result.group_name = Some(new_name);
            }
            ContactGroupUpdateUpdateGroupType::Contacts => {
                let mut held = contacts
                    .conversations
                    .iter()
                    .filter(|c| c.groups.contains(&id))
                    .count();
                let mut results = Vec::new();
                for change in update.contact_update_item.into_iter().flatten() {
                    let (opt, add) = match change.contact_opt_type {
                        ContactUpdateItemContactOptType::Add => (1, true),
                        ContactUpdateItemContactOptType::Remove => (2, false),
                    };
                    let code = match key(info, &change.contact_item) {
                        Ok((kind, peer)) => {
                            let c = contacts.entry(kind, &peer);
                            if add && !c.groups.contains(&id) && held >= most {
                                UpdateContactGroupError::ConversationGroupTooManyConversations
                                    .code()
                            } else {
                                let changed = if add {
                                    c.groups.insert(id)
                                } else {
                                    c.groups.remove(&id)
                                };
                                if changed {
                                    c.mark_time = now;
                                    held = if add {
                                        held + 1
                                    } else {
                                        held.saturating_sub(1)
                                    };
                                }
                                0
                            }
                        }
                        Err(fail) => fail.code,
                    };
                    results.push(ContactUpdateResult::new(opt, change.contact_item, code));
                }
                result.group_name = Some(update.old_group_name);
                result.contact_result_item = Some(results);
            }
        }
        forget_unused(contacts);
        let mut response = UpdateContactGroupResponse::new();
        response.update_type = Some(1);
        response.update_group_result = Some(result);
        Ok(response)
    }
}

impl Emulated for GetContactGroupRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let empty = RecentContacts::new();
        let contacts = cx
            .state
            .recent_contacts
            .get(&self.from_account)
            .unwrap_or(&empty);
        let marked: Vec<&Conversation> = contacts
            .conversations
            .iter()
            .filter(|c| c.has_marks())
            .collect();
        let start = usize::try_from(self.start_index).unwrap_or(usize::MAX);
        let page: Vec<ContactMarkData> = marked
            .iter()
            .skip(start)
            .take(PAGE)
            .map(|c| mark_data(c))
            .collect();
        let next = start.saturating_add(page.len());
        let complete = next >= marked.len();
        let mut response = GetContactGroupResponse::new(
            yes_no(complete),
            if complete {
                0
            } else {
                u32::try_from(next).unwrap_or(u32::MAX)
            },
        );
        response.contact_item = Some(page);
        response.group_item = Some(groups_of(contacts));
        Ok(response)
    }
}

impl Emulated for SearchContactGroupRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let info = Self::INFO;
        let empty = RecentContacts::new();
        let contacts = cx
            .state
            .recent_contacts
            .get(&self.from_account)
            .unwrap_or(&empty);
        let mut found = Vec::new();
        for item in &self.contact_item {
            let (kind, peer) = key(info, item)?;
            if let Some(c) = contacts.find(kind, &peer) {
                found.push(mark_data(c));
            }
        }
        let mut response = SearchContactGroupResponse::new();
        response.contact_result_item = Some(found);
        response.group_item = Some(groups_of(contacts));
        Ok(response)
    }
}
