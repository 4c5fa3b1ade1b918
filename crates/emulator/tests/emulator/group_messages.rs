//! Group messages beyond sending, through `tencent_chat::Client` against the
//! emulator: recall, import, modification, unread counts, read receipts, system
//! notifications and broadcasts, each with a documented error and the effect another
//! endpoint observes.

use crate::support::{code, text};
use tencent_chat::group_open_http_svc::{
    GetGroupInfoRequest, GetGroupMemberInfoRequest, GetGroupMsgReceiptDetailError,
    GetGroupMsgReceiptDetailFilter, GetGroupMsgReceiptDetailRequest, GetGroupMsgReceiptError,
    GetGroupMsgReceiptRequest, GroupHistoryMsgIsPlaceMsg, GroupMsgGetSimpleRequest,
    GroupMsgRecallError, GroupMsgRecallRequest, ImportGroupMsgError, ImportGroupMsgItem,
    ImportGroupMsgRequest, SendBroadcastMsgError, SendBroadcastMsgRequest, SendGroupMsgRequest,
    SendGroupSystemNotificationError, SendGroupSystemNotificationRequest, SetUnreadMsgNumError,
    SetUnreadMsgNumRequest,
};
use tencent_chat::im_open_login_svc::MultiaccountImportRequest;
use tencent_chat::openim::{ModifyGroupMsgError, ModifyGroupMsgRequest};
use tencent_chat::types::{GroupMemberField, GroupMsgSeqItem, YesNo};
use tencent_chat::{Client, EndpointError};
use tencent_chat_emulator::{Emulator, Group, GroupType, NotificationKind};

async fn with_accounts(ids: &[&str]) -> (Emulator, Client) {
    let emulator = Emulator::start().await.unwrap();
    let client = emulator.client().unwrap();
    client
        .multiaccount_import(&MultiaccountImportRequest::new(ids.iter().copied()))
        .await
        .unwrap();
    (emulator, client)
}

fn seqs(list: &[u64]) -> Vec<GroupMsgSeqItem> {
    list.iter().map(|s| GroupMsgSeqItem::new(*s)).collect()
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn group_msg_recall_marks_messages_that_history_shows_recalled() {
    let (emulator, client) = with_accounts(&["alice", "bob"]).await;
    emulator.with_state(|s| {
        let mut g = Group::new(GroupType::Public)
            .owner("alice")
            .members(["bob"]);
        g.push_text("bob", "too old");
        g.messages[0].time = now() - 8 * 24 * 3600;
        g.push_text("bob", "recall me");
        g.push_text("alice", "keep me");
        s.add_group("g", g);
        s.add_group("live", Group::new(GroupType::AvChatRoom).owner("alice"));
    });
    let answer = client
        .group_msg_recall(&GroupMsgRecallRequest::new("g", seqs(&[2, 1, 99])))
        .await
        .unwrap();
    let codes: Vec<(u64, i64)> = answer
        .recall_ret_list
        .unwrap()
        .iter()
        .map(|r| (r.msg_seq, r.ret_code))
        .collect();
    assert_eq!(
        codes,
        [
            (2, 0),
            (1, GroupMsgRecallError::GroupRecallTimeLimitExceeded.code()),
            (99, GroupMsgRecallError::GroupRecallMessageNotFound.code()),
        ]
    );
    // A second recall of the same message: nothing left to recall.
    let again = client
        .group_msg_recall(&GroupMsgRecallRequest::new("g", seqs(&[2])))
        .await
        .unwrap();
    assert_eq!(
        again.recall_ret_list.unwrap()[0].ret_code,
        GroupMsgRecallError::GroupMessageNotRecallable.code()
    );

    // The history leaves the message out, or shows it recalled when asked.
    let history = client
        .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("g", 20))
        .await
        .unwrap();
    let listed: Vec<u64> = history
        .rsp_msg_list
        .unwrap()
        .iter()
        .map(|m| m.msg_seq)
        .collect();
    assert_eq!(listed, [3, 1]);
    let mut with_recalled = GroupMsgGetSimpleRequest::new("g", 20);
    with_recalled.with_recalled_msg = Some(YesNo::Yes);
    let history = client.group_msg_get_simple(&with_recalled).await.unwrap();
    let recalled = history
        .rsp_msg_list
        .unwrap()
        .into_iter()
        .find(|m| m.msg_seq == 2)
        .unwrap();
    assert_eq!(recalled.is_place_msg, GroupHistoryMsgIsPlaceMsg::Recalled);
    assert!(recalled.msg_body.is_empty());

    // Audio-video groups cannot recall; missing groups are reported.
    let err = client
        .group_msg_recall(&GroupMsgRecallRequest::new("live", seqs(&[1])))
        .await;
    assert_eq!(
        code(err),
        GroupMsgRecallError::GroupTypeRecallUnsupported.code()
    );
    let err = client
        .group_msg_recall(&GroupMsgRecallRequest::new("gone", seqs(&[1])))
        .await;
    assert_eq!(code(err), GroupMsgRecallError::GroupNotFound.code());
}

#[tokio::test]
async fn import_group_msg_keeps_times_and_notifies_no_one() {
    let (emulator, client) = with_accounts(&["alice", "leckie", "peter"]).await;
    let t0 = now() - 100_000;
    emulator.with_state(|s| {
        let mut g = Group::new(GroupType::Public)
            .owner("alice")
            .members(["leckie", "peter"]);
        g.create_time = t0 - 1000;
        s.add_group("g", g);
        s.add_group("live", Group::new(GroupType::AvChatRoom).owner("alice"));
    });
    let mut first = ImportGroupMsgItem::new("leckie", t0, text("one"));
    first.random = Some(8_912_345);
    let second = ImportGroupMsgItem::new("peter", t0 + 10, text("two"));
    let future = ImportGroupMsgItem::new("peter", now() + 3600, text("later"));
    let answer = client
        .import_group_msg(&ImportGroupMsgRequest::new(
            "g",
            vec![first, second, future],
        ))
        .await
        .unwrap();
    let results: Vec<(u64, u64, i64)> = answer
        .import_msg_result
        .unwrap()
        .iter()
        .map(|r| (r.msg_seq, r.msg_time, r.result))
        .collect();
    assert_eq!(results[0], (1, t0, 0));
    assert_eq!(results[1], (2, t0 + 10, 0));
    assert_eq!(
        results[2].2,
        ImportGroupMsgError::GroupInvalidParameter.code()
    );

    // The history answers the imported times; an earlier import now fails.
    let history = client
        .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("g", 20))
        .await
        .unwrap();
    let times: Vec<(u64, u64, String)> = history
        .rsp_msg_list
        .unwrap()
        .iter()
        .map(|m| (m.msg_seq, m.msg_time_stamp, m.from_account.clone()))
        .collect();
    assert_eq!(
        times,
        [
            (2, t0 + 10, "peter".to_owned()),
            (1, t0, "leckie".to_owned())
        ]
    );
    let late = client
        .import_group_msg(&ImportGroupMsgRequest::new(
            "g",
            vec![ImportGroupMsgItem::new(
                "peter",
                t0 + 5,
                text("out of order"),
            )],
        ))
        .await
        .unwrap();
    assert_eq!(
        late.import_msg_result.unwrap()[0].result,
        ImportGroupMsgError::GroupInvalidParameter.code()
    );
    let state = emulator.state();
    let g = &state.groups["g"];
    assert!(g.notifications.is_empty());
    assert_eq!(g.messages[0].random, 8_912_345);
    // Nothing is unread after an import.
    assert!(g.members.values().all(|m| m.msg_seq == 2));

    let err = client
        .import_group_msg(&ImportGroupMsgRequest::new(
            "live",
            vec![ImportGroupMsgItem::new("peter", t0, text("no history"))],
        ))
        .await;
    assert_eq!(code(err), ImportGroupMsgError::GroupPermissionDenied.code());
}

#[tokio::test]
async fn modify_group_msg_replaces_what_history_returns() {
    let (emulator, client) = with_accounts(&["alice"]).await;
    emulator.with_state(|s| s.add_group("g", Group::new(GroupType::Public).owner("alice")));
    let sent = client
        .send_group_msg(&SendGroupMsgRequest::new("g", 1, text("hello")))
        .await
        .unwrap();
    let mut request = ModifyGroupMsgRequest::new("g", sent.msg_seq);
    request.msg_body = Some(text("edited"));
    request.cloud_custom_data = Some("data".to_owned());
    client.modify_group_msg(&request).await.unwrap();
    let history = client
        .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("g", 1))
        .await
        .unwrap();
    assert_eq!(history.rsp_msg_list.unwrap()[0].msg_body, text("edited"));
    assert_eq!(
        emulator.state().groups["g"].messages[0]
            .cloud_custom_data
            .as_deref(),
        Some("data")
    );

    // No such message; nothing to change.
    let mut missing = ModifyGroupMsgRequest::new("g", 99);
    missing.msg_body = Some(text("x"));
    let err = client.modify_group_msg(&missing).await;
    assert_eq!(code(err), ModifyGroupMsgError::MsgInvalidPacket.code());
    let err = client
        .modify_group_msg(&ModifyGroupMsgRequest::new("g", sent.msg_seq))
        .await;
    assert_eq!(code(err), ModifyGroupMsgError::MsgInvalidPacket.code());
}

#[tokio::test]
async fn set_unread_msg_num_moves_the_read_position_and_the_receipts() {
    let (emulator, client) = with_accounts(&["alice", "bob", "carol", "dave", "eve"]).await;
    emulator.with_state(|s| {
        let mut g = Group::new(GroupType::Private)
            .owner("alice")
            .members(["bob", "carol", "dave"]);
        for i in 0..5 {
            g.push_text("alice", format!("m{i}"));
        }
        s.add_group("g", g);
        s.add_group(
            "meeting",
            Group::new(GroupType::ChatRoom)
                .owner("alice")
                .members(["bob"]),
        );
        s.add_group(
            "big",
            Group::new(GroupType::Community)
                .owner("alice")
                .members(["bob"]),
        );
    });
    let member_seq = |client: Client| async move {
        let mut request = GetGroupMemberInfoRequest::new("g");
        request.member_info_filter = Some(vec![GroupMemberField::MsgSeq]);
        let answer = client.get_group_member_info(&request).await.unwrap();
        answer
            .member_list
            .iter()
            .find(|m| m.member_account == "bob")
            .unwrap()
            .msg_seq
    };
    client
        .set_unread_msg_num(
            &SetUnreadMsgNumRequest::group_id("g")
                .member_account("bob")
                .unread_msg_num(2),
        )
        .await
        .unwrap();
    assert_eq!(member_seq(client.clone()).await, Some(3));
    client
        .set_unread_msg_num(
            &SetUnreadMsgNumRequest::group_id("g")
                .member_account("bob")
                .unread_msg_num(99),
        )
        .await
        .unwrap();
    assert_eq!(
        member_seq(client.clone()).await,
        Some(0),
        "capped at 5 messages"
    );
    client
        .set_unread_msg_num(
            &SetUnreadMsgNumRequest::group_id("g")
                .member_account("carol")
                .unread_msg_num(0),
        )
        .await
        .unwrap();

    // Receipts: carol read everything, bob and dave nothing; alice sent it.
    let answer = client
        .get_group_msg_receipt(&GetGroupMsgReceiptRequest::new("g", seqs(&[5, 99])))
        .await
        .unwrap();
    let list = answer.group_msg_receipt_list.unwrap();
    assert_eq!(
        (list[0].code, list[0].read_num, list[0].unread_num),
        (0, Some(1), Some(2))
    );
    assert_eq!(
        list[1].code,
        GetGroupMsgReceiptError::GroupReadReceiptNotFound.code()
    );

    // The non-readers, one per page.
    let mut page = GetGroupMsgReceiptDetailRequest::group_id("g")
        .msg_seq(5)
        .filter(GetGroupMsgReceiptDetailFilter::Unread)
        .cursor("")
        .count(1);
    let mut names = Vec::new();
    loop {
        let answer = client.get_group_msg_receipt_detail(&page).await.unwrap();
        names.extend(
            answer
                .unread_list
                .unwrap()
                .into_iter()
                .map(|u| u.unread_account),
        );
        if answer.is_finish == YesNo::Yes {
            break;
        }
        page.cursor = answer.cursor;
    }
    assert_eq!(names, ["bob", "dave"]);
    let mut readers = GetGroupMsgReceiptDetailRequest::group_id("g")
        .msg_seq(5)
        .filter(GetGroupMsgReceiptDetailFilter::Read)
        .cursor("")
        .count(200);
    let answer = client.get_group_msg_receipt_detail(&readers).await.unwrap();
    assert_eq!(answer.read_list.unwrap()[0].read_account, "carol");
    readers.msg_seq = 99;
    let err = client.get_group_msg_receipt_detail(&readers).await;
    assert_eq!(
        code(err),
        GetGroupMsgReceiptDetailError::GroupReadReceiptNotFound.code()
    );
    let err = client
        .get_group_msg_receipt(&GetGroupMsgReceiptRequest::new("big", seqs(&[1])))
        .await;
    assert_eq!(
        code(err),
        GetGroupMsgReceiptError::GroupPermissionDenied.code()
    );

    // Not a member; meeting groups keep no counts (success, no effect).
    let err = client
        .set_unread_msg_num(
            &SetUnreadMsgNumRequest::group_id("g")
                .member_account("eve")
                .unread_msg_num(1),
        )
        .await;
    assert_eq!(
        code(err),
        SetUnreadMsgNumError::GroupPermissionDenied.code()
    );
    client
        .set_unread_msg_num(
            &SetUnreadMsgNumRequest::group_id("meeting")
                .member_account("bob")
                .unread_msg_num(1),
        )
        .await
        .unwrap();
    assert_eq!(emulator.state().groups["meeting"].members["bob"].msg_seq, 0);
}

#[tokio::test]
async fn system_notifications_reach_all_members_or_the_listed_ones() {
    let (emulator, client) = with_accounts(&["alice", "bob", "carol"]).await;
    emulator.with_state(|s| {
        s.add_group(
            "g",
            Group::new(GroupType::Public)
                .owner("alice")
                .members(["bob", "carol"]),
        );
        s.add_group(
            "live",
            Group::new(GroupType::AvChatRoom)
                .owner("alice")
                .members(["bob"]),
        );
    });
    client
        .send_group_system_notification(
            &SendGroupSystemNotificationRequest::group_id("g").content("to all"),
        )
        .await
        .unwrap();
    let mut some = SendGroupSystemNotificationRequest::group_id("g").content("to bob");
    some.to_members_account = Some(vec!["bob".to_owned(), "stranger".to_owned()]);
    client.send_group_system_notification(&some).await.unwrap();
    let state = emulator.state();
    let sent: Vec<(NotificationKind, Option<String>, Vec<String>)> = state.groups["g"]
        .notifications
        .iter()
        .map(|n| (n.kind, n.reason.clone(), n.recipients.clone()))
        .collect();
    assert_eq!(
        sent,
        [
            (
                NotificationKind::Custom,
                Some("to all".to_owned()),
                vec!["alice".to_owned(), "bob".to_owned(), "carol".to_owned()]
            ),
            (
                NotificationKind::Custom,
                Some("to bob".to_owned()),
                vec!["bob".to_owned()]
            ),
        ]
    );
    // Audio-video groups: to everyone only.
    client
        .send_group_system_notification(
            &SendGroupSystemNotificationRequest::group_id("live").content("all"),
        )
        .await
        .unwrap();
    let mut listed = SendGroupSystemNotificationRequest::group_id("live").content("bob only");
    listed.to_members_account = Some(vec!["bob".to_owned()]);
    let err = client.send_group_system_notification(&listed).await;
    assert_eq!(
        code(err),
        SendGroupSystemNotificationError::GroupInvalidParameter.code()
    );
    assert_eq!(emulator.state().groups["live"].notifications.len(), 1);
}

#[tokio::test]
async fn send_broadcast_msg_reaches_every_audio_video_group() {
    let (emulator, client) = with_accounts(&["alice", "test"]).await;
    emulator.with_state(|s| {
        s.add_group("live1", Group::new(GroupType::AvChatRoom).owner("alice"));
        s.add_group("live2", Group::new(GroupType::AvChatRoom));
        s.add_group("g", Group::new(GroupType::Public).owner("alice"));
    });
    let mut request = SendBroadcastMsgRequest::new(8_912_345, text("hello"));
    request.from_account = Some("test".to_owned());
    let answer = client.send_broadcast_msg(&request).await.unwrap();
    assert_eq!(answer.msg_seq, 1);
    // A repeat within five minutes is the same message.
    let again = client.send_broadcast_msg(&request).await.unwrap();
    assert_eq!(again.msg_seq, 1);
    let info = client
        .get_group_info(&GetGroupInfoRequest::new(["live1", "live2", "g"]))
        .await
        .unwrap();
    let next: Vec<Option<u64>> = info.group_info.iter().map(|g| g.next_msg_seq).collect();
    assert_eq!(next, [Some(2), Some(2), Some(1)]);
    assert!(emulator.state().groups["live1"].messages.is_empty());

    let mut unknown = SendBroadcastMsgRequest::new(1, text("hello"));
    unknown.from_account = Some("nobody".to_owned());
    let err = client.send_broadcast_msg(&unknown).await;
    assert_eq!(
        code(err),
        SendBroadcastMsgError::GroupInvalidParameter.code()
    );
    assert_eq!(emulator.state().broadcast_seq, 1);
    assert_eq!(
        emulator.state().groups["g"].messages.len(),
        0,
        "other group types do not receive broadcasts"
    );
}
