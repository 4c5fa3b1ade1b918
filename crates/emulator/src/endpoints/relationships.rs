//! Relationships: friend lists (`sns` list groups).

use tencent_chat::Endpoint;
use tencent_chat::sns::{
    FriendList, GROUP_ADD_NOT_A_FRIEND_RESULT, GroupAddError, GroupAddRequest, GroupAddResponse,
    GroupDeleteError, GroupDeleteRequest, GroupDeleteResponse, GroupGetNeedFriend, GroupGetRequest,
    GroupGetResponse,
};
use tencent_chat::types::AccountResult;

use super::{Cx, Emulated, Fail};

impl Emulated for GroupAddRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
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
                let mut r = AccountResult::new(account.clone(), 0);
                r.result_info = Some(String::new());
                results.push(r);
            } else {
                let mut r = AccountResult::new(account.clone(), GROUP_ADD_NOT_A_FRIEND_RESULT);
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
