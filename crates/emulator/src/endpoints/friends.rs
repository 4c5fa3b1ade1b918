//! Friends and blocklists (`sns/friend_*`, `sns/black_list_*`): two-sided friend
//! relations, the data an account keeps about each friend, and blocklists that stop
//! friend requests. Per-account outcomes are answered as [`AccountResult`]s (or the
//! relation items of the check calls) with the catalog's codes.

use std::collections::BTreeSet;

use tencent_chat::sns::{
    BlackListAddRequest, BlackListAddResponse, BlackListCheckCheckType, BlackListCheckRequest,
    BlackListCheckResponse, BlackListDeleteRequest, BlackListDeleteResponse, BlackListGetRequest,
    BlackListGetResponse, BlockRelationResult, BlockRelationResultRelation, BlockedAccount,
    FriendAddAddType, FriendAddRequest, FriendAddResponse, FriendCheckCheckType,
    FriendCheckRequest, FriendCheckResponse, FriendData, FriendDeleteAllRequest,
    FriendDeleteAllResponse, FriendDeleteRequest, FriendDeleteResponse, FriendGetListRequest,
    FriendGetListResponse, FriendGetRequest, FriendGetResponse, FriendImportRequest,
    FriendImportResponse, FriendInfo, FriendRelationResult, FriendRelationResultRelation,
    FriendUpdateRequest, FriendUpdateResponse, GroupAddRequest,
};
use tencent_chat::types::{AccountResult, SnsDeleteType, SnsItem, SnsValue};
use tencent_chat::{Endpoint, ErrorCode};

use super::{Cx, Emulated, Fail};
use crate::state::{FriendDetails, Friends, State};

/// Friends answered per page by `friend_get` (the emulator's own choice: the page
/// states no page size).
pub(crate) const FRIEND_GET_PAGE: usize = 100;

const TAG_REMARK: &str = "Tag_SNS_IM_Remark";
const TAG_GROUP: &str = "Tag_SNS_IM_Group";
const TAG_ADD_SOURCE: &str = "Tag_SNS_IM_AddSource";
const TAG_ADD_WORDING: &str = "Tag_SNS_IM_AddWording";
const TAG_ADD_TIME: &str = "Tag_SNS_IM_AddTime";
const TAG_REMARK_TIME: &str = "Tag_SNS_IM_RemarkTime";
const TAG_CUSTOM_PREFIX: &str = "Tag_SNS_Custom_";
const TAG_NICK: &str = "Tag_Profile_IM_Nick";

/// The most friend lists an account has: the most one `group_add` call may name.
fn most_lists() -> usize {
    GroupAddRequest::INFO
        .batch_fields
        .first()
        .map_or(usize::MAX, |b| b.max_items as usize)
}

/// Collects per-account outcomes into `ResultItem` and `Fail_Account`.
#[derive(Default)]
struct Outcomes {
    items: Vec<AccountResult>,
    failed: Vec<String>,
    seen: BTreeSet<String>,
}

impl Outcomes {
    /// Whether `account` is met for the first time (later repeats get no result).
    fn first(&mut self, account: &str) -> bool {
        self.seen.insert(account.to_owned())
    }

    fn ok(&mut self, account: &str) {
        let mut r = AccountResult::new(account.to_owned(), 0);
        r.result_info = Some(String::new());
        self.items.push(r);
    }

    fn fail(&mut self, account: &str, code: ErrorCode, info: impl Into<String>) {
        let mut r = AccountResult::new(account.to_owned(), code.code());
        r.result_info = Some(info.into());
        self.items.push(r);
        self.failed.push(account.to_owned());
    }

    fn fail_account(&self) -> Option<Vec<String>> {
        (!self.failed.is_empty()).then(|| self.failed.clone())
    }
}

/// Each account of `to` once, in order, with whether `from` holds it in the relation
/// `holds` (friend, blocked) and, when `both`, whether it holds `from`.
fn relations<'a>(
    state: &'a State,
    from: &'a str,
    to: Vec<String>,
    both: bool,
    holds: fn(&State, &str, &str) -> bool,
) -> impl Iterator<Item = (String, bool, bool)> + 'a {
    let mut seen = BTreeSet::new();
    to.into_iter()
        .filter(move |to| seen.insert(to.clone()))
        .map(move |to| {
            let forward = holds(state, from, &to);
            let backward = both && holds(state, &to, from);
            (to, forward, backward)
        })
}

/// Whether `from` has `to` as a friend.
fn has_friend(state: &State, from: &str, to: &str) -> bool {
    state
        .friends
        .get(from)
        .is_some_and(|f| f.friends.contains(to))
}

/// Whether `from` has `to` on its blocklist.
fn has_blocked(state: &State, from: &str, to: &str) -> bool {
    state
        .friends
        .get(from)
        .is_some_and(|f| f.blocked.contains_key(to))
}

/// Removes `friend` from `owner`'s friends, lists and data; whether it was a friend.
fn unfriend(owner: &mut Friends, friend: &str) -> bool {
    let was = owner.friends.remove(friend);
    owner.details.remove(friend);
    let mut lists_changed = false;
    for members in owner.lists.values_mut() {
        lists_changed |= members.remove(friend);
    }
    if was {
        owner.standard_sequence = owner.standard_sequence.saturating_add(1);
        owner.custom_sequence = owner.custom_sequence.saturating_add(1);
    }
    if lists_changed {
        owner.list_sequence = owner.list_sequence.saturating_add(1);
    }
    was
}

/// Puts `friend` in exactly the lists `names` of `owner`, creating those that do not
/// exist; `Err` (nothing changed) when that would exceed the most lists there are.
fn set_lists(owner: &mut Friends, friend: &str, names: &[String]) -> Result<(), String> {
    let new: BTreeSet<&String> = names
        .iter()
        .filter(|n| !owner.lists.contains_key(*n))
        .collect();
    let most = most_lists();
    if owner.lists.len() + new.len() > most {
        return Err(format!(
            "{} lists and {} more exceed the {most} an account may have",
            owner.lists.len(),
            new.len()
        ));
    }
    for (name, members) in owner.lists.iter_mut() {
        if names.contains(name) {
            members.insert(friend.to_owned());
        } else {
            members.remove(friend);
        }
    }
    for name in new {
        owner
            .lists
            .entry(name.clone())
            .or_default()
            .insert(friend.to_owned());
    }
    owner.list_sequence = owner.list_sequence.saturating_add(1);
    Ok(())
}

/// Makes `friend` a friend of `owner` with `details` (replacing any kept before).
fn befriend(owner: &mut Friends, friend: &str, details: FriendDetails) {
    let custom_changed = !details.custom.is_empty()
        || owner
            .details
            .get(friend)
            .is_some_and(|d| !d.custom.is_empty());
    owner.friends.insert(friend.to_owned());
    owner.details.insert(friend.to_owned(), details);
    owner.standard_sequence = owner.standard_sequence.saturating_add(1);
    if custom_changed {
        owner.custom_sequence = owner.custom_sequence.saturating_add(1);
    }
}

impl Emulated for FriendAddRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let from = self.from_account;
        let both = self.add_type != Some(FriendAddAddType::Single);
        let now = cx.now;
        let mut out = Outcomes::default();
        for item in self.add_friend_item {
            let to = item.to_account;
            if !out.first(&to) {
                continue;
            }
            if to == from {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    "an account cannot add itself",
                );
                continue;
            }
            if !super::account_exists(cx.state, &to) {
                out.fail(
                    &to,
                    ErrorCode::SnsAccountNotFound,
                    format!("{to:?} does not exist"),
                );
                continue;
            }
            if has_blocked(cx.state, &from, &to) {
                out.fail(
                    &to,
                    ErrorCode::SnsPeerInOwnBlocklist,
                    format!("{to:?} is on {from:?}'s blocklist"),
                );
                continue;
            }
            if has_blocked(cx.state, &to, &from) {
                out.fail(
                    &to,
                    ErrorCode::SnsBlockedByPeer,
                    format!("{from:?} is on {to:?}'s blocklist"),
                );
                continue;
            }
            let forward = has_friend(cx.state, &from, &to);
            let backward = has_friend(cx.state, &to, &from);
            if forward && (!both || backward) {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    format!("{to:?} is already a friend of {from:?}"),
                );
                continue;
            }
            let owner = cx.state.friends_mut(from.clone());
            if let Some(list) = &item.group_name
                && let Err(why) = set_lists(owner, &to, std::slice::from_ref(list))
            {
                out.fail(&to, ErrorCode::SnsFriendGroupLimitReached, why);
                continue;
            }
            if !forward {
                let details = FriendDetails {
                    remark: item.remark.clone(),
                    remark_time: if item.remark.is_some() { now } else { 0 },
                    add_source: item.add_source.clone(),
                    add_wording: item.add_wording.clone(),
                    add_time: now,
                    ..FriendDetails::default()
                };
                befriend(owner, &to, details);
            }
            if both && !backward {
                let details = FriendDetails {
                    add_source: item.add_source.clone(),
                    add_time: now,
                    ..FriendDetails::default()
                };
                befriend(cx.state.friends_mut(to.clone()), &from, details);
            }
            out.ok(&to);
        }
        let mut response = FriendAddResponse::new();
        response.fail_account = out.fail_account();
        response.result_item = Some(out.items);
        Ok(response)
    }
}

impl Emulated for FriendImportRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let from = self.from_account;
        let now = cx.now;
        let mut out = Outcomes::default();
        for item in self.add_friend_item {
            let to = item.to_account;
            if !out.first(&to) {
                continue;
            }
            if to == from {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    "an account cannot import itself",
                );
                continue;
            }
            if !super::account_exists(cx.state, &to) {
                out.fail(
                    &to,
                    ErrorCode::SnsAccountNotFound,
                    format!("{to:?} does not exist"),
                );
                continue;
            }
            let owner = cx.state.friends_mut(from.clone());
            if let Some(lists) = &item.group_name
                && let Err(why) = set_lists(owner, &to, lists)
            {
                out.fail(&to, ErrorCode::SnsFriendGroupLimitReached, why);
                continue;
            }
            let details = FriendDetails {
                remark: item.remark,
                remark_time: item.remark_time.unwrap_or(0),
                add_source: Some(item.add_source),
                add_wording: item.add_wording,
                add_time: item.add_time.unwrap_or(now),
                custom: item
                    .custom_item
                    .into_iter()
                    .flatten()
                    .map(|c| (c.tag, c.value))
                    .collect(),
            };
            befriend(owner, &to, details);
            out.ok(&to);
        }
        let mut response = FriendImportResponse::new();
        response.fail_account = out.fail_account();
        response.result_item = Some(out.items);
        Ok(response)
    }
}

impl Emulated for FriendUpdateRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let from = self.from_account;
        let now = cx.now;
        let mut out = Outcomes::default();
        for item in self.update_item {
            let to = item.to_account;
            if !out.first(&to) {
                continue;
            }
            if !has_friend(cx.state, &from, &to) {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    format!("{to:?} is not a friend of {from:?}"),
                );
                continue;
            }
            // Checked before anything of this friend changes.
            let bad = item.sns_item.iter().find_map(|f| {
                let ok = match (f.tag.as_str(), &f.value) {
                    (TAG_REMARK, SnsValue::Text(_)) | (TAG_GROUP, SnsValue::List(_)) => true,
                    (tag, SnsValue::Text(_) | SnsValue::Integer(_)) => {
                        tag.starts_with(TAG_CUSTOM_PREFIX)
                    }
                    _ => false,
                };
                (!ok).then(|| f.tag.clone())
            });
            if let Some(tag) = bad {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    format!("{tag:?} cannot be set to that value, or cannot be changed"),
                );
                continue;
            }
            let owner = cx.state.friends_mut(from.clone());
            let lists = item
                .sns_item
                .iter()
                .find_map(|f| match (&*f.tag, &f.value) {
                    (TAG_GROUP, SnsValue::List(l)) => Some(l.clone()),
                    _ => None,
                });
            if let Some(lists) = lists
                && let Err(why) = set_lists(owner, &to, &lists)
            {
                out.fail(&to, ErrorCode::SnsFriendGroupLimitReached, why);
                continue;
            }
            let details = owner.details.entry(to.clone()).or_default();
            let (mut standard, mut custom) = (false, false);
            for f in item.sns_item {
                match (f.tag.as_str(), f.value) {
                    (TAG_REMARK, SnsValue::Text(text)) => {
                        details.remark = Some(text);
                        details.remark_time = now;
                        standard = true;
                    }
                    (TAG_GROUP, _) => standard = true,
                    (_, value) => {
                        details.custom.insert(f.tag, value);
                        custom = true;
                    }
                }
            }
            if standard {
                owner.standard_sequence = owner.standard_sequence.saturating_add(1);
            }
            if custom {
                owner.custom_sequence = owner.custom_sequence.saturating_add(1);
            }
            out.ok(&to);
        }
        let mut response = FriendUpdateResponse::new();
        response.fail_account = out.fail_account();
        response.result_item = Some(out.items);
        Ok(response)
    }
}

impl Emulated for FriendDeleteRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let from = self.from_account;
        let both = self.delete_type == Some(SnsDeleteType::Both);
        let mut out = Outcomes::default();
        for to in self.to_account {
            if !out.first(&to) {
                continue;
            }
            if !unfriend(cx.state.friends_mut(from.clone()), &to) {
                out.fail(
                    &to,
                    ErrorCode::SnsNotFriends,
                    format!("{to:?} is not a friend of {from:?}"),
                );
                continue;
            }
            if both && let Some(other) = cx.state.friends.get_mut(&to) {
                unfriend(other, &from);
            }
            out.ok(&to);
        }
        let mut response = FriendDeleteResponse::new();
        response.fail_account = out.fail_account();
        response.result_item = Some(out.items);
        Ok(response)
    }
}

impl Emulated for FriendDeleteAllRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let from = self.from_account;
        let both = self.delete_type == Some(SnsDeleteType::Both);
        let former: Vec<String> = cx
            .state
            .friends
            .get(&from)
            .map(|f| f.friends.iter().cloned().collect())
            .unwrap_or_default();
        for to in &former {
            unfriend(cx.state.friends_mut(from.clone()), to);
            if both && let Some(other) = cx.state.friends.get_mut(to) {
                unfriend(other, &from);
            }
        }
        Ok(FriendDeleteAllResponse::new())
    }
}

impl Emulated for FriendCheckRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        use FriendRelationResultRelation as R;
        let both = self.check_type == FriendCheckCheckType::Both;
        let items = relations(
            cx.state,
            &self.from_account,
            self.to_account,
            both,
            has_friend,
        )
        .map(|(to, forward, backward)| {
            let relation = match (forward, backward) {
                (true, true) => R::BothWay,
                (true, false) => R::AWithB,
                (false, true) => R::BWithA,
                (false, false) => R::NoRelation,
            };
            let mut item = FriendRelationResult::new(to, relation, 0);
            item.result_info = Some(String::new());
            item
        })
        .collect::<Vec<_>>();
        Ok(FriendCheckResponse::new(items))
    }
}

/// The fields `owner` keeps about `friend`, as tag/value pairs: standard ones when
/// `standard`, custom ones when `custom`.
fn friend_fields(owner: &Friends, friend: &str, standard: bool, custom: bool) -> Vec<SnsItem> {
    let mut items = Vec::new();
    let details = owner.details.get(friend).cloned().unwrap_or_default();
    if standard {
        if let Some(source) = details.add_source {
            items.push(SnsItem::new(TAG_ADD_SOURCE, SnsValue::Text(source)));
        }
        if let Some(remark) = details.remark {
            items.push(SnsItem::new(TAG_REMARK, SnsValue::Text(remark)));
            if details.remark_time != 0 {
                items.push(SnsItem::new(
                    TAG_REMARK_TIME,
                    SnsValue::Integer(i64::try_from(details.remark_time).unwrap_or(i64::MAX)),
                ));
            }
        }
        let lists: Vec<String> = owner
            .lists
            .iter()
            .filter(|(_, members)| members.contains(friend))
            .map(|(name, _)| name.clone())
            .collect();
        if !lists.is_empty() {
            items.push(SnsItem::new(TAG_GROUP, SnsValue::List(lists)));
        }
        if let Some(wording) = details.add_wording {
            items.push(SnsItem::new(TAG_ADD_WORDING, SnsValue::Text(wording)));
        }
        items.push(SnsItem::new(
            TAG_ADD_TIME,
            SnsValue::Integer(i64::try_from(details.add_time).unwrap_or(i64::MAX)),
        ));
    }
    if custom {
        for (tag, value) in details.custom {
            items.push(SnsItem::new(tag, value));
        }
    }
    items
}

impl Emulated for FriendGetRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let empty = Friends::new();
        let owner = cx.state.friends.get(&self.from_account).unwrap_or(&empty);
        // A sequence the caller already has (and not 0) leaves that kind of data out.
        let standard = self
            .standard_sequence
            .is_none_or(|s| s == 0 || s != owner.standard_sequence);
        let custom = self
            .custom_sequence
            .is_none_or(|s| s == 0 || s != owner.custom_sequence);
        let total = owner.friends.len();
        let start = (self.start_index as usize).min(total);
        let end = start.saturating_add(FRIEND_GET_PAGE).min(total);
        let items: Vec<FriendData> = owner
            .friends
            .iter()
            .skip(start)
            .take(end - start)
            .map(|to| {
                let mut data = FriendData::new(to.clone());
                let fields = friend_fields(owner, to, standard, custom);
                if !fields.is_empty() {
                    data.value_item = Some(fields);
                }
                data
            })
            .collect();
        let last = end >= total;
        let mut response = FriendGetResponse::standard_sequence(owner.standard_sequence)
            .custom_sequence(owner.custom_sequence)
            .friend_num(u32::try_from(total).unwrap_or(u32::MAX))
            .complete_flag(u32::from(last))
            .next_start_index(if last {
                0
            } else {
                u32::try_from(end).unwrap_or(u32::MAX)
            });
        response.user_data_item = Some(items);
        Ok(response)
    }
}

impl Emulated for FriendGetListRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let empty = Friends::new();
        let from = self.from_account;
        let owner = cx.state.friends.get(&from).unwrap_or(&empty);
        let mut failed = Vec::new();
        let mut seen = BTreeSet::new();
        let mut items = Vec::new();
        for to in self.to_account {
            if !seen.insert(to.clone()) {
                continue;
            }
            if !owner.friends.contains(&to) {
                let mut item = FriendInfo::new(to.clone(), ErrorCode::SnsInvalidParameter.code());
                item.result_info = Some(format!("{to:?} is not a friend of {from:?}"));
                items.push(item);
                failed.push(to);
                continue;
            }
            let all = friend_fields(owner, &to, true, true);
            let mut fields: Vec<SnsItem> = Vec::new();
            for tag in &self.tag_list {
                if tag == TAG_NICK {
                    if let Some(nick) = cx.state.accounts.get(&to).and_then(|a| a.nick.clone()) {
                        fields.push(SnsItem::new(TAG_NICK, SnsValue::Text(nick)));
                    }
                } else if let Some(f) = all.iter().find(|f| &f.tag == tag) {
                    fields.push(f.clone());
                }
            }
            let mut item = FriendInfo::new(to, 0);
            item.sns_profile_item = Some(fields);
            item.result_info = Some(String::new());
            items.push(item);
        }
        let mut response = FriendGetListResponse::new(items);
        if !failed.is_empty() {
            response.fail_account = Some(failed);
        }
        Ok(response)
    }
}

impl Emulated for BlackListAddRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let from = self.from_account;
        let now = cx.now;
        let mut out = Outcomes::default();
        for to in self.to_account {
            if !out.first(&to) {
                continue;
            }
            if to == from {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    "an account cannot block itself",
                );
                continue;
            }
            if !super::account_exists(cx.state, &to) {
                out.fail(
                    &to,
                    ErrorCode::SnsAccountNotFound,
                    format!("{to:?} does not exist"),
                );
                continue;
            }
            let owner = cx.state.friends_mut(from.clone());
            if owner.blocked.contains_key(&to) {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    format!("{to:?} is already on the blocklist"),
                );
                continue;
            }
            owner.blocked.insert(to.clone(), now);
            owner.block_sequence = owner.block_sequence.saturating_add(1);
            // Blocking ends the blocker's side of a friendship.
            unfriend(owner, &to);
            out.ok(&to);
        }
        let mut response = BlackListAddResponse::new();
        response.fail_account = out.fail_account();
        response.result_item = Some(out.items);
        Ok(response)
    }
}

impl Emulated for BlackListDeleteRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let from = self.from_account;
        let mut out = Outcomes::default();
        for to in self.to_account {
            if !out.first(&to) {
                continue;
            }
            let owner = cx.state.friends_mut(from.clone());
            if owner.blocked.remove(&to).is_none() {
                out.fail(
                    &to,
                    ErrorCode::SnsInvalidParameter,
                    format!("{to:?} is not on the blocklist"),
                );
                continue;
            }
            owner.block_sequence = owner.block_sequence.saturating_add(1);
            out.ok(&to);
        }
        let mut response = BlackListDeleteResponse::new();
        response.fail_account = out.fail_account();
        response.result_item = Some(out.items);
        Ok(response)
    }
}

impl Emulated for BlackListGetRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let empty = Friends::new();
        let owner = cx.state.friends.get(&self.from_account).unwrap_or(&empty);
        let total = owner.blocked.len();
        let start = (self.start_index as usize).min(total);
        let end = start.saturating_add(self.max_limited as usize).min(total);
        let items: Vec<BlockedAccount> = owner
            .blocked
            .iter()
            .skip(start)
            .take(end - start)
            .map(|(to, at)| BlockedAccount::new(to.clone(), *at))
            .collect();
        let next = if end >= total {
            0
        } else {
            u32::try_from(end).unwrap_or(u32::MAX)
        };
        let mut response = BlackListGetResponse::new(next, owner.block_sequence);
        response.black_list_item = Some(items);
        Ok(response)
    }
}

impl Emulated for BlackListCheckRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        use BlockRelationResultRelation as R;
        let both = self.check_type == BlackListCheckCheckType::Both;
        let items = relations(
            cx.state,
            &self.from_account,
            self.to_account,
            both,
            has_blocked,
        )
        .map(|(to, forward, backward)| {
            let relation = match (forward, backward) {
                (true, true) => R::BothWay,
                (true, false) => R::AWithB,
                (false, true) => R::BWithA,
                (false, false) => R::No,
            };
            let mut item = BlockRelationResult::new(to, relation, 0);
            item.result_info = Some(String::new());
            item
        })
        .collect::<Vec<_>>();
        Ok(BlackListCheckResponse::new(items))
    }
}
