//! All-member push (`all_member_push`): the app's attribute names, each user's
//! attribute values and tags, and pushes that select users by them.
//!
//! A push is answered with a task ID and recorded with the imported accounts its
//! condition selects ([`crate::Emulator::push_tasks`]); nothing is delivered. The
//! documented quota (pushes a second apart, 100 a day) is the spec's
//! `rate_limit.quotas`, which the generic tier answers before this handler runs.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{SystemTime, UNIX_EPOCH};

use tencent_chat::all_member_push::{
    IM_ADD_TAG_MAX_TAGS_PER_USER, ImAddTagError, ImAddTagRequest, ImAddTagResponse,
    ImGetAttrNameRequest, ImGetAttrNameResponse, ImGetAttrRequest, ImGetAttrResponse,
    ImGetTagRequest, ImGetTagResponse, ImPushError, ImPushRequest, ImPushResponse,
    ImRemoveAllTagsRequest, ImRemoveAllTagsResponse, ImRemoveAttrError, ImRemoveAttrRequest,
    ImRemoveAttrResponse, ImRemoveTagRequest, ImRemoveTagResponse, ImSetAttrError,
    ImSetAttrNameError, ImSetAttrNameRequest, ImSetAttrNameResponse, ImSetAttrRequest,
    ImSetAttrResponse, PushCondition, UserPushTagList,
};
use tencent_chat::types::UserPushAttrs;

use super::{Cx, Emulated, Fail};
use crate::state::{PUSH_TASKS_KEPT, PushState, PushTask};

/// The attribute numbers an app has: `"0"` to `"9"`.
const ATTR_NUMBERS: std::ops::RangeInclusive<u8> = 0..=9;

/// Unix milliseconds.
fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
        .unwrap_or(0)
}

/// The names of the app's attributes.
fn known_names(push: &PushState) -> BTreeSet<&str> {
    push.attr_names.values().map(String::as_str).collect()
}

impl Emulated for ImSetAttrNameRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        // Every key is checked before anything changes.
        for key in self.attr_names.keys() {
            let number_ok = key
                .parse::<u8>()
                .is_ok_and(|n| ATTR_NUMBERS.contains(&n) && n.to_string() == *key);
            if !number_ok {
                return Err(Fail::new(
                    ImSetAttrNameError::PushAttrLengthInvalid,
                    format!("{key:?} is not an attribute number from 0 to 9"),
                ));
            }
        }
        cx.state.push.attr_names.extend(self.attr_names);
        Ok(ImSetAttrNameResponse::new())
    }
}

impl Emulated for ImGetAttrNameRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        Ok(ImGetAttrNameResponse::new(cx.state.push.attr_names.clone()))
    }
}

impl Emulated for ImSetAttrRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let push = &mut cx.state.push;
        {
            let known = known_names(push);
            for user in &self.user_attrs {
                if let Some(name) = user.attrs.keys().find(|n| !known.contains(n.as_str())) {
                    return Err(Fail::new(
                        ImSetAttrError::PushAttrInvalid,
                        format!("{name:?} is not an attribute name of the app"),
                    ));
                }
            }
        }
        for user in self.user_attrs {
            push.user_attrs
                .entry(user.to_account)
                .or_default()
                .extend(user.attrs);
        }
        Ok(ImSetAttrResponse::new())
    }
}

impl Emulated for ImGetAttrRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let push = &cx.state.push;
        let users = self
            .to_account
            .into_iter()
            .map(|account| {
                let attrs = push.attrs(&account);
                UserPushAttrs::new(account, attrs)
            })
            .collect::<Vec<_>>();
        Ok(ImGetAttrResponse::new(users))
    }
}

impl Emulated for ImRemoveAttrRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let push = &mut cx.state.push;
        {
            let known = known_names(push);
            for user in &self.user_attrs {
                if let Some(name) = user.attrs.iter().find(|n| !known.contains(n.as_str())) {
                    return Err(Fail::new(
                        ImRemoveAttrError::PushAttrInvalid,
                        format!("{name:?} is not an attribute name of the app"),
                    ));
                }
            }
        }
        for user in self.user_attrs {
            if let Some(attrs) = push.user_attrs.get_mut(&user.to_account) {
                for name in &user.attrs {
                    attrs.remove(name);
                }
                if attrs.is_empty() {
                    push.user_attrs.remove(&user.to_account);
                }
            }
        }
        Ok(ImRemoveAttrResponse::new())
    }
}

impl Emulated for ImAddTagRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let most = usize::try_from(IM_ADD_TAG_MAX_TAGS_PER_USER).unwrap_or(usize::MAX);
        let push = &mut cx.state.push;
        // What every user would hold, checked before anything changes (a user may be
        // named twice).
        let mut after: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
        for user in &self.user_tags {
            let tags = after
                .entry(user.to_account.as_str())
                .or_insert_with(|| push.tags(&user.to_account));
            tags.extend(user.tags.iter().cloned());
            if tags.len() > most {
                return Err(Fail::new(
                    ImAddTagError::PushTooManyTags,
                    format!(
                        "{:?} would hold {} tags; a user holds at most {most}",
                        user.to_account,
                        tags.len()
                    ),
                ));
            }
        }
        for (account, tags) in after {
            push.user_tags.insert(account.to_owned(), tags);
        }
        Ok(ImAddTagResponse::new())
    }
}

impl Emulated for ImGetTagRequest {
    const READ_ONLY: bool = true;

    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let push = &cx.state.push;
        let users = self
            .to_account
            .into_iter()
            .map(|account| {
                let tags = push.tags(&account);
                UserPushTagList::new(account, tags)
            })
            .collect::<Vec<_>>();
        Ok(ImGetTagResponse::new(users))
    }
}

impl Emulated for ImRemoveTagRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let push = &mut cx.state.push;
        for user in self.user_tags {
            if let Some(tags) = push.user_tags.get_mut(&user.to_account) {
                for tag in &user.tags {
                    tags.remove(tag);
                }
                if tags.is_empty() {
                    push.user_tags.remove(&user.to_account);
                }
            }
        }
        Ok(ImRemoveTagResponse::new())
    }
}

impl Emulated for ImRemoveAllTagsRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        for account in &self.to_account {
            cx.state.push.user_tags.remove(account);
        }
        Ok(ImRemoveAllTagsResponse::new())
    }
}

/// Checks the rules of a condition the type cannot state: one kind of condition,
/// no tag in both lists, attributes the app has.
fn check_condition(condition: &PushCondition, push: &PushState) -> Result<(), Fail> {
    let tags = condition.tags_and.is_some() || condition.tags_or.is_some();
    let attrs = condition.attrs_and.is_some() || condition.attrs_or.is_some();
    if tags && attrs {
        return Err(Fail::new(
            ImPushError::PushAttrAndTagConditionsMixed,
            "a push selects by tags or by attributes, not both",
        ));
    }
    if let (Some(and), Some(or)) = (&condition.tags_and, &condition.tags_or)
        && let Some(tag) = and.iter().find(|t| or.contains(t))
    {
        return Err(Fail::new(
            ImPushError::PushDuplicateTags,
            format!("the tag {tag:?} is in both TagsAnd and TagsOr"),
        ));
    }
    let known = known_names(push);
    let named = condition
        .attrs_and
        .iter()
        .chain(&condition.attrs_or)
        .flat_map(|m| m.keys());
    for name in named {
        if !known.contains(name.as_str()) {
            return Err(Fail::new(
                ImPushError::PushAttrInvalid,
                format!("{name:?} is not an attribute name of the app"),
            ));
        }
    }
    Ok(())
}

/// Whether the user `account` is selected by `condition`: every list given holds
/// (all of TagsAnd, one of TagsOr, all of AttrsAnd, one of AttrsOr).
fn selects(condition: &PushCondition, push: &PushState, account: &str) -> bool {
    let no_tags = BTreeSet::new();
    let tags = push.user_tags.get(account).unwrap_or(&no_tags);
    let no_attrs = BTreeMap::new();
    let attrs = push.user_attrs.get(account).unwrap_or(&no_attrs);
    let has_attr = |(name, value): (&String, &String)| attrs.get(name) == Some(value);
    condition
        .tags_and
        .as_ref()
        .is_none_or(|and| and.iter().all(|t| tags.contains(t)))
        && condition
            .tags_or
            .as_ref()
            .is_none_or(|or| or.is_empty() || or.iter().any(|t| tags.contains(t)))
        && condition
            .attrs_and
            .as_ref()
            .is_none_or(|and| and.iter().all(has_attr))
        && condition
            .attrs_or
            .as_ref()
            .is_none_or(|or| or.is_empty() || or.iter().any(has_attr))
}

impl Emulated for ImPushRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let now = now_ms();
        if let Some(condition) = &self.condition {
            check_condition(condition, &cx.state.push)?;
        }
        let recipients: Vec<String> = cx
            .state
            .accounts
            .keys()
            .filter(|a| {
                self.condition
                    .as_ref()
                    .is_none_or(|c| selects(c, &cx.state.push, a))
            })
            .cloned()
            .collect();
        let push = &mut cx.state.push;
        push.next_task_number = push.next_task_number.wrapping_add(1);
        let task_id = format!(
            "{}_{}_{}_{}",
            cx.app_id,
            push.next_task_number,
            now / 1000,
            self.msg_random
        );
        let condition = self
            .condition
            .as_ref()
            .and_then(|c| serde_json::to_value(c).ok());
        push.tasks.push(PushTask {
            task_id: task_id.clone(),
            time_ms: now,
            sender: self.from_account.unwrap_or_else(|| cx.admin.to_owned()),
            random: self.msg_random,
            life_time: self.msg_life_time.unwrap_or(0),
            body: self.msg_body,
            condition,
            recipients,
        });
        if push.tasks.len() > PUSH_TASKS_KEPT {
            let excess = push.tasks.len() - PUSH_TASKS_KEPT;
            push.tasks.drain(..excess);
        }
        Ok(ImPushResponse::new(task_id))
    }
}
