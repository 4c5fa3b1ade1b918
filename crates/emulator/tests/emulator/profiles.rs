//! Accounts, login state and profiles through `tencent_chat::Client` against the
//! emulator: each endpoint's success and a documented error, and the effect of each
//! stateful call as another endpoint sees it.

use tencent_chat::im_open_login_svc::{
    AccountCheckRequest, AccountCheckResultAccountStatus, AccountDeleteRequest, KickError,
    KickRequest,
};
use tencent_chat::openim::{
    QUERYSTATE, QueryOnlineStatusError, QueryOnlineStatusRequest, QuerystateError,
    QuerystateRequest, SendmsgError, SendmsgRequest,
};
use tencent_chat::profile::{
    PortraitGetError, PortraitGetRequest, PortraitSetError, PortraitSetRequest,
};
use tencent_chat::types::{
    AccountItem, AllowType, Gender, LoginState, MsgElement, ProfileItem, ProfileTag, TextElem,
};
use tencent_chat::{Client, PublicError};
use tencent_chat_emulator::{Emulator, Fault};

async fn setup() -> (Emulator, Client) {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| s.add_accounts(["alice", "bob", "carol"]));
    let client = emulator.client().unwrap();
    (emulator, client)
}

#[tokio::test]
async fn account_delete_removes_what_account_check_and_other_calls_see() {
    let (_emulator, client) = setup().await;
    let check = AccountCheckRequest::new([AccountItem::new("alice"), AccountItem::new("ghost")]);
    let got = client.account_check(&check).await.unwrap();
    let status: Vec<_> = got
        .result_item
        .iter()
        .map(|r| r.account_status.clone().unwrap())
        .collect();
    assert_eq!(
        status,
        [
            AccountCheckResultAccountStatus::Imported,
            AccountCheckResultAccountStatus::NotImported
        ]
    );

    let delete = AccountDeleteRequest::new([AccountItem::new("alice"), AccountItem::new("ghost")]);
    let got = client.account_delete(&delete).await.unwrap();
    let codes: Vec<i64> = got.result_item.iter().map(|r| r.result_code).collect();
    assert_eq!(codes, [0, PublicError::AccountNotFound.code()]);

    let got = client.account_check(&check).await.unwrap();
    assert_eq!(
        got.result_item[0].account_status,
        Some(AccountCheckResultAccountStatus::NotImported)
    );
    // Later calls naming the deleted account answer its documented codes.
    let err = client.kick(&KickRequest::new("alice")).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        KickError::Public(PublicError::AccountNotFound)
    );
    let msg = SendmsgRequest::new("alice", 1, vec![MsgElement::Text(TextElem::new("hi"))]);
    let err = client.sendmsg(&msg).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SendmsgError::MsgToAccountNotRegistered
    );
}

#[tokio::test]
async fn kick_and_login_state() {
    let (emulator, client) = setup().await;
    emulator.with_state(|s| {
        s.accounts.get_mut("alice").unwrap().login_state = Some(LoginState::Online);
        s.accounts.get_mut("bob").unwrap().login_state = Some(LoginState::PushOnline);
    });
    let states = |r: Option<Vec<tencent_chat::types::OnlineStateResult>>| {
        r.unwrap()
            .into_iter()
            .map(|q| (q.to_account, q.state))
            .collect::<Vec<_>>()
    };
    let q = QuerystateRequest::new(["alice", "bob", "carol"]);
    assert_eq!(
        states(client.querystate(&q).await.unwrap().query_result),
        [
            ("alice".into(), LoginState::Online),
            ("bob".into(), LoginState::PushOnline),
            ("carol".into(), LoginState::Offline)
        ]
    );
    client.kick(&KickRequest::new("alice")).await.unwrap();
    let got = client
        .query_online_status(&QueryOnlineStatusRequest::new(["alice", "ghost"]))
        .await
        .unwrap();
    assert_eq!(
        states(got.query_result),
        [("alice".into(), LoginState::Offline)]
    );
    assert_eq!(got.error_list.unwrap()[0].to_account, "ghost");

    let err = client
        .query_online_status(&QueryOnlineStatusRequest::new(["ghost"]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        QueryOnlineStatusError::Public(PublicError::AccountNotFound)
    );
    let err = client.kick(&KickRequest::new("ghost")).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        KickError::Public(PublicError::AccountNotFound)
    );
    // querystate has no state-dependent failure: its documented service error, injected.
    emulator
        .inject(QUERYSTATE.path, Fault::ErrorCode(90001), 1)
        .unwrap();
    let err = client.querystate(&q).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        QuerystateError::MsgJsonParseFailed
    );
}

#[tokio::test]
async fn portrait_set_persists_and_portrait_get_returns_only_the_requested_tags() {
    let (emulator, client) = setup().await;
    let custom: ProfileItem = serde_json::from_value(
        serde_json::json!({"Tag": "Tag_Profile_Custom_Test", "Value": "Custom Data"}),
    )
    .unwrap();
    let set = PortraitSetRequest::new(
        "alice",
        [
            ProfileItem::Nick("Alice".into()),
            ProfileItem::Gender(Gender::Female),
            ProfileItem::AllowType(AllowType::DenyAny),
            ProfileItem::BirthDay(19_980_101),
            custom.clone(),
        ],
    );
    client.portrait_set(&set).await.unwrap();
    assert_eq!(
        emulator.state().accounts["alice"].nick.as_deref(),
        Some("Alice")
    );

    let get = PortraitGetRequest::new(
        ["alice", "bob"],
        [
            ProfileTag::Nick,
            ProfileTag::AllowType,
            ProfileTag::Other("Tag_Profile_Custom_Test".into()),
        ],
    );
    let got = client.portrait_get(&get).await.unwrap();
    assert_eq!(
        got.user_profile_item[0].profile_item.as_deref(),
        Some(
            &[
                ProfileItem::Nick("Alice".into()),
                ProfileItem::AllowType(AllowType::DenyAny),
                custom
            ][..]
        )
    );
    assert_eq!(
        got.user_profile_item[1].profile_item.as_deref(),
        Some(&[][..])
    );

    let err = client
        .portrait_get(&PortraitGetRequest::new(["ghost"], [ProfileTag::Nick]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        PortraitGetError::ProfileAccountNotFound
    );
    let err = client
        .portrait_set(&PortraitSetRequest::new(
            "ghost",
            [ProfileItem::Nick("x".into())],
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        PortraitSetError::ProfileAccountNotFound
    );
    // A custom value the client cannot check: the emulator answers 40601.
    let long: ProfileItem = serde_json::from_value(
        serde_json::json!({"Tag": "Tag_Profile_Custom_Test", "Value": "x".repeat(501)}),
    )
    .unwrap();
    let err = client
        .portrait_set(&PortraitSetRequest::new("bob", [long]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        PortraitSetError::ProfileValueTooLong
    );
}
