//! Accounts and profiles beyond importing: checking and deleting accounts, logging
//! them out, their login state, and their profile fields.

use serde_json::Value;
use tencent_chat::PublicError;
use tencent_chat::im_open_login_svc::{
    AccountCheckRequest, AccountCheckResponse, AccountCheckResult, AccountCheckResultAccountStatus,
    AccountDeleteRequest, AccountDeleteResponse, AccountDeleteResult, KickRequest, KickResponse,
};
use tencent_chat::openim::{
    QueryOnlineStatusRequest, QueryOnlineStatusResponse, QuerystateRequest, QuerystateResponse,
};
use tencent_chat::profile::{
    PortraitGetRequest, PortraitGetResponse, PortraitSetError, PortraitSetRequest,
    PortraitSetResponse, UserProfileItem,
};
use tencent_chat::types::{AccountError, LoginState, OnlineStateResult, ProfileItem};

use super::{Cx, Emulated, Fail, account_exists};
use crate::state::State;

impl Emulated for AccountCheckRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let results = self.check_item.into_iter().map(|item| {
            let status = if account_exists(cx.state, &item.user_id) {
                AccountCheckResultAccountStatus::Imported
            } else {
                AccountCheckResultAccountStatus::NotImported
            };
            let mut r = AccountCheckResult::new(item.user_id, 0);
            r.result_info = Some(String::new());
            r.account_status = Some(status);
            r
        });
        Ok(AccountCheckResponse::new(results.collect::<Vec<_>>()))
    }
}

impl Emulated for AccountDeleteRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let mut results = Vec::new();
        for item in self.delete_item {
            let id = item.user_id;
            let mut r = if cx.state.accounts.remove(&id).is_some() {
                // Its relationship data goes with it.
                cx.state.friends.remove(&id);
                AccountDeleteResult::new(0, id)
            } else {
                let code = PublicError::AccountNotFound.code();
                let mut r = AccountDeleteResult::new(code, id);
                r.result_info = Some("the account does not exist".to_owned());
                r
            };
            r.result_info.get_or_insert_with(String::new);
            results.push(r);
        }
        Ok(AccountDeleteResponse::new(results))
    }
}

impl Emulated for KickRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        // The generic checks found the account.
        if let Some(account) = cx.state.accounts.get_mut(&self.user_id) {
            account.login_state = None;
        }
        Ok(KickResponse::new())
    }
}

/// The state the emulator reports for an imported account (Offline unless set).
fn login_state(state: &State, id: &str) -> Option<LoginState> {
    state
        .accounts
        .get(id)
        .map(|a| a.login_state.clone().unwrap_or(LoginState::Offline))
}

impl Emulated for QuerystateRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        // This page documents no per-account failure: an unknown account is Offline.
        let results = self.to_account.into_iter().map(|id| {
            let state = login_state(cx.state, &id).unwrap_or(LoginState::Offline);
            OnlineStateResult::new(id, state)
        });
        let mut response = QuerystateResponse::new();
        response.query_result = Some(results.collect());
        Ok(response)
    }
}

impl Emulated for QueryOnlineStatusRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let missing = PublicError::AccountNotFound.code();
        let (mut found, mut failed) = (Vec::new(), Vec::new());
        for id in self.to_account {
            match login_state(cx.state, &id) {
                Some(state) => found.push(OnlineStateResult::new(id, state)),
                None => failed.push(AccountError::new(id, missing)),
            }
        }
        if found.is_empty() && !failed.is_empty() {
            return Err(Fail::code(missing, "no queried account exists"));
        }
        let mut response = QueryOnlineStatusResponse::new();
        response.query_result = Some(found);
        if !failed.is_empty() {
            response.error_list = Some(failed);
        }
        Ok(response)
    }
}

const NICK: &str = "Tag_Profile_IM_Nick";
const IMAGE: &str = "Tag_Profile_IM_Image";
const STANDARD_PREFIX: &str = "Tag_Profile_IM_";
const CUSTOM_PREFIX: &str = "Tag_Profile_Custom_";

impl Emulated for PortraitSetRequest {
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        // Check every item before writing any: one profile update.
        let mut items = Vec::new();
        for item in &self.profile_item {
            let wire = serde_json::to_value(item)
                .map_err(|e| Fail::new(PortraitSetError::ProfileInvalidParameter, e.to_string()))?;
            let tag = wire
                .get("Tag")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned();
            if let ProfileItem::Other(raw) = item {
                if tag.starts_with(STANDARD_PREFIX) || !tag.starts_with(CUSTOM_PREFIX) {
                    return Err(Fail::new(
                        PortraitSetError::ProfileTagNotFound,
                        format!("no profile field has the tag {tag:?}"),
                    ));
                }
                let value = raw.get("Value").cloned().unwrap_or(Value::Null);
                let too_long = match &value {
                    Value::String(s) => s.len() > 500,
                    Value::Number(_) => false,
                    _ => {
                        return Err(Fail::new(
                            PortraitSetError::ProfileInvalidParameter,
                            format!("{tag}: a value is a string or an integer"),
                        ));
                    }
                };
                if too_long {
                    return Err(Fail::new(
                        PortraitSetError::ProfileValueTooLong,
                        format!("{tag}: the value is longer than 500 bytes"),
                    ));
                }
            }
            items.push((tag, wire));
        }
        let Some(account) = cx.state.accounts.get_mut(&self.from_account) else {
            return Err(Fail::new(
                PortraitSetError::ProfileAccountNotFound,
                format!("{:?} is not an imported account", self.from_account),
            ));
        };
        for (tag, wire) in items {
            let text = wire.get("Value").and_then(Value::as_str).map(str::to_owned);
            match tag.as_str() {
                NICK => account.nick = text,
                IMAGE => account.face_url = text,
                _ => {
                    account.profile.insert(tag, wire);
                }
            }
        }
        Ok(PortraitSetResponse::new())
    }
}

impl Emulated for PortraitGetRequest {
    const READ_ONLY: bool = true;
    fn apply(self, cx: &mut Cx<'_>) -> Result<Self::Response, Fail> {
        let tags: Vec<String> = self
            .tag_list
            .iter()
            .filter_map(|t| serde_json::to_value(t).ok())
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let mut items = Vec::new();
        for id in self.to_account {
            // The generic checks found every account.
            let Some(account) = cx.state.accounts.get(&id) else {
                continue;
            };
            let mut fields = Vec::new();
            for tag in &tags {
                let wire = match tag.as_str() {
                    NICK => account
                        .nick
                        .as_ref()
                        .map(|n| serde_json::json!({"Tag": NICK, "Value": n})),
                    IMAGE => account
                        .face_url
                        .as_ref()
                        .map(|u| serde_json::json!({"Tag": IMAGE, "Value": u})),
                    _ => account.profile.get(tag).cloned(),
                };
                if let Some(item) = wire.and_then(|w| serde_json::from_value::<ProfileItem>(w).ok())
                {
                    fields.push(item);
                }
            }
            let mut item = UserProfileItem::new(id, 0);
            item.profile_item = Some(fields);
            item.result_info = Some(String::new());
            items.push(item);
        }
        Ok(PortraitGetResponse::new(items))
    }
}
