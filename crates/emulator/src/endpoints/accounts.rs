//! Accounts and profiles: importing accounts.

use tencent_chat::im_open_login_svc::{
    AccountImportRequest, AccountImportResponse, MultiaccountImportRequest,
    MultiaccountImportResponse,
};

use super::{Cx, Emulated, Fail};
use crate::state::Account;

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
