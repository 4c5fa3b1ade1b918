//! One-to-one messages and message extensions through `tencent_chat::Client` against
//! the emulator: each endpoint's success and a documented error, and the effect of
//! each stateful call as another endpoint sees it.

use crate::support::text;
use tencent_chat::group_open_http_svc::SendGroupMsgRequest;
use tencent_chat::openim::{
    AdminGetroammsgError, AdminGetroammsgRequest, AdminGetroammsgResponseComplete,
    AdminMsgwithdrawError, AdminMsgwithdrawRequest, AdminSetMsgReadError, AdminSetMsgReadRequest,
    BatchsendmsgError, BatchsendmsgRequest, C2cMessageMsgFlagBits, GetC2cUnreadMsgNumError,
    GetC2cUnreadMsgNumRequest, ImportmsgError, ImportmsgRequest, ImportmsgSyncFromOldSystem,
    SendmsgError, SendmsgRequest,
};
use tencent_chat::openim_msg_ext_http_svc::{
    GetKeyValuesError, GetKeyValuesRequest, GroupGetKeyValuesError, GroupGetKeyValuesRequest,
    GroupSetKeyValuesRequest, SetKeyValuesError, SetKeyValuesRequest,
};
use tencent_chat::types::{
    MsgExtension, MsgExtensionOperation, SendMsgControl, SyncOtherMachine, YesNo,
};
use tencent_chat::{Client, EndpointError, Paged, PublicError};
use tencent_chat_emulator::{Emulator, Group, GroupType};

async fn setup() -> (Emulator, Client) {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| s.add_accounts(["alice", "bob", "carol"]));
    let client = emulator.client().unwrap();
    (emulator, client)
}

fn send(from: &str, to: &str, random: u32, body: &str) -> SendmsgRequest {
    SendmsgRequest::new(to, random, text(body)).from_account(from)
}

fn history(me: &str, peer: &str) -> AdminGetroammsgRequest {
    AdminGetroammsgRequest::operator_account(me)
        .peer_account(peer)
        .max_cnt(100)
        .min_time(0)
        .max_time(u64::from(u32::MAX))
}

#[tokio::test]
async fn sendmsg_is_in_both_histories_and_needs_an_imported_recipient() {
    let (_emulator, client) = setup().await;
    let sent = client
        .sendmsg(&send("alice", "bob", 7, "hi"))
        .await
        .unwrap();
    for (me, peer) in [("bob", "alice"), ("alice", "bob")] {
        let got = client.admin_getroammsg(&history(me, peer)).await.unwrap();
        assert_eq!(got.complete, AdminGetroammsgResponseComplete::Complete);
        let list = got.msg_list.unwrap();
        assert_eq!(list.len(), 1, "{me}");
        assert_eq!(list[0].msg_key, sent.msg_key);
        assert_eq!(list[0].msg_body.as_deref(), Some(&text("hi")[..]));
    }
    // SyncOtherMachine 2: not in the sender's history.
    let quiet = send("alice", "carol", 8, "psst").sync_other_machine(SyncOtherMachine::NoSync);
    client.sendmsg(&quiet).await.unwrap();
    let mine = client
        .admin_getroammsg(&history("alice", "carol"))
        .await
        .unwrap();
    assert_eq!(mine.msg_cnt, 0);
    let theirs = client
        .admin_getroammsg(&history("carol", "alice"))
        .await
        .unwrap();
    assert_eq!(theirs.msg_cnt, 1);

    let err = client
        .sendmsg(&send("alice", "nobody", 9, "hi"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SendmsgError::MsgToAccountNotRegistered
    );
}

#[tokio::test]
async fn batchsendmsg_reports_missing_recipients() {
    let (_emulator, client) = setup().await;
    let req =
        BatchsendmsgRequest::new(["bob", "ghost", "carol"], 1, text("all")).from_account("alice");
    let got = client.batchsendmsg(&req).await.unwrap();
    let failed = got.error_list.unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].to_account, "ghost");
    assert_eq!(failed[0].error_code, PublicError::AccountNotFound.code());
    for who in ["bob", "carol"] {
        let h = client
            .admin_getroammsg(&history(who, "alice"))
            .await
            .unwrap();
        assert_eq!(h.msg_list.unwrap()[0].msg_key, got.msg_key);
    }
    let err = client
        .batchsendmsg(&BatchsendmsgRequest::new(["ghost"], 2, text("x")))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        BatchsendmsgError::MsgToAccountNotRegistered
    );
}

#[tokio::test]
async fn importmsg_stores_history_read_and_live_messages_unread() {
    let (_emulator, client) = setup().await;
    let old = ImportmsgRequest::sync_from_old_system(ImportmsgSyncFromOldSystem::History)
        .from_account("alice")
        .to_account("bob")
        .msg_random(1)
        .msg_time_stamp(1_556_178_721)
        .msg_body(text("old"))
        .msg_seq(5);
    client.importmsg(&old).await.unwrap();
    // A repeat of the same import (MsgSeq, MsgRandom and time set) is deduplicated.
    client.importmsg(&old).await.unwrap();
    let live = ImportmsgRequest::sync_from_old_system(ImportmsgSyncFromOldSystem::RealTime)
        .from_account("alice")
        .to_account("bob")
        .msg_random(2)
        .msg_time_stamp(1_556_178_722)
        .msg_body(text("new"));
    client.importmsg(&live).await.unwrap();
    let h = client
        .admin_getroammsg(&history("bob", "alice"))
        .await
        .unwrap();
    assert_eq!(h.msg_cnt, 2);
    assert_eq!(h.msg_list.unwrap()[0].msg_time_stamp, 1_556_178_721);
    let unread = client
        .get_c2c_unread_msg_num(&GetC2cUnreadMsgNumRequest::new("bob"))
        .await
        .unwrap();
    assert_eq!(unread.all_c2c_unread_msg_num, Some(1));

    let bad = ImportmsgRequest::sync_from_old_system(ImportmsgSyncFromOldSystem::History)
        .from_account("ghost")
        .to_account("bob")
        .msg_random(3)
        .msg_time_stamp(1)
        .msg_body(text("x"));
    let err = client.importmsg(&bad).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ImportmsgError::MsgFromAccountInvalid
    );
}

#[tokio::test]
async fn admin_getroammsg_pages_from_newest_to_oldest() {
    let (_emulator, client) = setup().await;
    for i in 0..5u32 {
        let m = ImportmsgRequest::sync_from_old_system(ImportmsgSyncFromOldSystem::History)
            .from_account(if i % 2 == 0 { "alice" } else { "bob" })
            .to_account(if i % 2 == 0 { "bob" } else { "alice" })
            .msg_random(i)
            .msg_time_stamp(1_584_669_600 + u64::from(i))
            .msg_body(text(&format!("msg {i}")))
            .msg_seq(i);
        client.importmsg(&m).await.unwrap();
    }
    let mut request = AdminGetroammsgRequest::operator_account("bob")
        .peer_account("alice")
        .max_cnt(2)
        .min_time(1_584_669_600)
        .max_time(1_584_673_200);
    let mut pages = Vec::new();
    loop {
        let page = client.admin_getroammsg(&request).await.unwrap();
        let times: Vec<u64> = page
            .msg_list
            .clone()
            .unwrap()
            .iter()
            .map(|m| m.msg_time_stamp)
            .collect();
        pages.push(times);
        match request.next_page(&page, 0).unwrap() {
            Some(next) => request = next,
            None => break,
        }
    }
    let base = 1_584_669_600;
    assert_eq!(
        pages,
        vec![
            vec![base + 3, base + 4],
            vec![base + 1, base + 2],
            vec![base]
        ]
    );

    let err = client
        .admin_getroammsg(&history("ghost", "alice"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        AdminGetroammsgError::MsgFromAccountInvalid
    );
}

#[tokio::test]
async fn admin_msgwithdraw_marks_the_message_recalled_once() {
    let (_emulator, client) = setup().await;
    let sent = client
        .sendmsg(&send("alice", "bob", 1, "oops"))
        .await
        .unwrap();
    let recall = AdminMsgwithdrawRequest::from_account("alice")
        .to_account("bob")
        .msg_key(sent.msg_key.clone());
    client.admin_msgwithdraw(&recall).await.unwrap();
    let h = client
        .admin_getroammsg(&history("bob", "alice"))
        .await
        .unwrap();
    let m = &h.msg_list.unwrap()[0];
    assert_eq!(m.msg_flag_bits, Some(C2cMessageMsgFlagBits::Recalled));
    assert_eq!(m.msg_body.as_deref(), Some(&[][..]));
    let again = client.admin_msgwithdraw(&recall).await.unwrap_err();
    assert_eq!(
        again.service().unwrap().kind,
        AdminMsgwithdrawError::MsgAlreadyRecalled
    );
    let unknown = AdminMsgwithdrawRequest::from_account("alice")
        .to_account("bob")
        .msg_key("1_2_3");
    let err = client.admin_msgwithdraw(&unknown).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        AdminMsgwithdrawError::MsgRecallMessageNotFound
    );
}

#[tokio::test]
async fn unread_counts_follow_sends_and_read_marks() {
    let (_emulator, client) = setup().await;
    for r in 0..3 {
        client.sendmsg(&send("alice", "bob", r, "x")).await.unwrap();
    }
    client.sendmsg(&send("carol", "bob", 9, "y")).await.unwrap();
    let quiet = send("carol", "bob", 10, "z").send_msg_control([SendMsgControl::NoUnread]);
    client.sendmsg(&quiet).await.unwrap();
    let count = |peers: Vec<&'static str>| {
        let client = client.clone();
        async move {
            let got = client
                .get_c2c_unread_msg_num(&GetC2cUnreadMsgNumRequest::new("bob").peer_account(peers))
                .await
                .unwrap();
            got.c2c_unread_msg_num_list
                .unwrap()
                .into_iter()
                .map(|c| c.c2c_unread_msg_num)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(count(vec!["alice", "carol"]).await, vec![3, 1]);
    client
        .admin_set_msg_read(&AdminSetMsgReadRequest::report_account("bob").peer_account("alice"))
        .await
        .unwrap();
    assert_eq!(count(vec!["alice", "carol"]).await, vec![0, 1]);

    let err = client
        .admin_set_msg_read(&AdminSetMsgReadRequest::report_account("ghost").peer_account("alice"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        AdminSetMsgReadError::MsgFromAccountInvalid
    );
    let err = client
        .get_c2c_unread_msg_num(&GetC2cUnreadMsgNumRequest::new("ghost"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetC2cUnreadMsgNumError::MsgToAccountNotRegistered
    );
}

#[tokio::test]
async fn c2c_extensions_are_versioned() {
    let (_emulator, client) = setup().await;
    let sent = client
        .sendmsg(&send("alice", "bob", 1, "poll").support_message_extension(YesNo::Yes))
        .await
        .unwrap();
    let set = SetKeyValuesRequest::to_account("bob")
        .msg_key(sent.msg_key.clone())
        .operate_type(MsgExtensionOperation::Set)
        .from_account("alice")
        .extension_list([
            MsgExtension::key("k1").value("v1").seq(0),
            MsgExtension::key("k2").value("v2").seq(0),
        ]);
    let got = client.set_key_values(&set).await.unwrap();
    assert!(
        got.extension_list
            .unwrap()
            .iter()
            .all(|r| r.error_code == 0)
    );
    // The same Seq again is stale now.
    let stale = client.set_key_values(&set).await.unwrap();
    let results = stale.extension_list.unwrap();
    assert_eq!(
        results[0].error_code,
        SetKeyValuesError::MsgExtensionSeqConflict.code()
    );
    assert_eq!(results[0].extension.seq, Some(1));

    let read = client
        .get_key_values(&GetKeyValuesRequest::to_account("bob").msg_key(sent.msg_key.clone()))
        .await
        .unwrap();
    assert_eq!(read.latest_seq, 1);
    assert_eq!(read.complete_flag, YesNo::Yes);
    let pairs: Vec<(String, String)> = read
        .extension_list
        .unwrap()
        .into_iter()
        .map(|e| (e.key, e.value))
        .collect();
    assert_eq!(
        pairs,
        [("k1".into(), "v1".into()), ("k2".into(), "v2".into())]
    );

    let plain = client
        .sendmsg(&send("alice", "bob", 2, "plain"))
        .await
        .unwrap();
    let err = client
        .set_key_values(
            &SetKeyValuesRequest::to_account("bob")
                .msg_key(plain.msg_key)
                .operate_type(MsgExtensionOperation::Clear),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SetKeyValuesError::MsgExtensionNotSupported
    );
    let err = client
        .get_key_values(&GetKeyValuesRequest::to_account("bob").msg_key("1_2_3"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetKeyValuesError::MsgExtensionMsgNotFound
    );
}

#[tokio::test]
async fn group_extensions_attach_to_stored_group_messages() {
    let (emulator, client) = setup().await;
    emulator.with_state(|s| s.add_group("g", Group::new(GroupType::Public).owner("alice")));
    let sent = client
        .send_group_msg(&SendGroupMsgRequest::new("g", 1, text("vote")))
        .await
        .unwrap();
    let set = GroupSetKeyValuesRequest::new("g", sent.msg_seq, MsgExtensionOperation::Set)
        .extension_list([MsgExtension::key("yes").value("1")]);
    client.group_set_key_values(&set).await.unwrap();
    let read = client
        .group_get_key_values(&GroupGetKeyValuesRequest::new("g", sent.msg_seq))
        .await
        .unwrap();
    assert_eq!(read.extension_list.unwrap()[0].value, "1");
    let clear = GroupSetKeyValuesRequest::new("g", sent.msg_seq, MsgExtensionOperation::Clear);
    client.group_set_key_values(&clear).await.unwrap();
    let read = client
        .group_get_key_values(&GroupGetKeyValuesRequest::new("g", sent.msg_seq))
        .await
        .unwrap();
    assert_eq!(read.clear_seq, 2);
    assert!(read.extension_list.unwrap().is_empty());

    let err = client
        .group_get_key_values(&GroupGetKeyValuesRequest::new("g", 999))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GroupGetKeyValuesError::MsgExtensionMsgNotFound
    );
}
