//! Every emulated endpoint through `tencent_chat::Client`, with the documented
//! semantics, and concurrent calls that must leave a consistent state.

use std::collections::BTreeSet;

use tencent_chat::group_open_http_svc::{
    DELETE_GROUP_MEMBER, DeleteGroupMemberError, DeleteGroupMemberRequest,
    DeleteGroupMemberSilence, DeleteGroupMsgBySenderError, DeleteGroupMsgBySenderRequest,
    DestroyGroupError, DestroyGroupRequest,
};
use tencent_chat::sns::{GroupDeleteError, GroupDeleteRequest};
use tencent_chat::{EndpointError, GroupTypeSupport};
use tencent_chat_emulator::{
    Emulator, Friends, Group, GroupType, MemberRole, MessageStatus, NotificationKind,
};

#[tokio::test]
async fn every_documented_endpoint_is_emulated() {
    let emulator = Emulator::start().await.unwrap();
    let documented: Vec<&str> = tencent_chat::ENDPOINTS.iter().map(|e| e.path).collect();
    assert_eq!(emulator.endpoints(), documented);
}

#[tokio::test]
async fn destroy_group_is_irrevocable() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        for (id, t) in [
            ("work", GroupType::Private),
            ("live", GroupType::AvChatRoom),
            ("big", GroupType::Community),
        ] {
            s.add_group(id, Group::new(t).owner("alice").members(["bob"]));
        }
    });
    let client = emulator.client().unwrap();
    for id in ["work", "live", "big"] {
        client
            .destroy_group(&DestroyGroupRequest::new(id))
            .await
            .unwrap();
        let err = client
            .destroy_group(&DestroyGroupRequest::new(id))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            DestroyGroupError::GroupNotFound
        );
        let err = client
            .delete_group_member(&DeleteGroupMemberRequest::new(id, ["bob"]))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            DeleteGroupMemberError::GroupNotFound
        );
    }
    assert!(emulator.state().groups.is_empty());
}

#[tokio::test]
async fn delete_group_member_follows_the_group_type_rules() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_group(
            "pub",
            Group::new(GroupType::Public)
                .owner("alice")
                .members(["bob", "carol", "dave"]),
        );
        s.add_group(
            "live",
            Group::new(GroupType::AvChatRoom)
                .owner("alice")
                .members(["bob"]),
        );
        let mut work = Group::new(GroupType::Private)
            .owner("alice")
            .members(["bob"]);
        assert_eq!(work.last_msg_seq, 0, "no message yet: not active");
        s.add_group("work", work.clone());
        work.push_text("alice", "hello");
        s.add_group("active-work", work);
    });
    let client = emulator.client().unwrap();

    // The refusal of AVChatRoom is the spec's rule, with the spec's code.
    let Some(GroupTypeSupport::Error(av_code)) =
        DELETE_GROUP_MEMBER.group_type_support("AVChatRoom")
    else {
        panic!("the spec refuses AVChatRoom")
    };
    let err = client
        .delete_group_member(&DeleteGroupMemberRequest::new("live", ["bob"]))
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some(i64::from(av_code)));
    assert_eq!(
        err.service().unwrap().kind,
        DeleteGroupMemberError::GroupInvalidParameter
    );
    assert!(emulator.state().groups["live"].members.contains_key("bob"));

    // Default: every member is notified, the reason is carried.
    client
        .delete_group_member(
            &DeleteGroupMemberRequest::new("pub", ["bob", "nobody"]).reason("spam"),
        )
        .await
        .unwrap();
    // Silent: only the removed member learns of it.
    client
        .delete_group_member(
            &DeleteGroupMemberRequest::new("pub", ["carol"])
                .silence(DeleteGroupMemberSilence::Silent),
        )
        .await
        .unwrap();
    // Non-members only: success without effect (safe to repeat).
    client
        .delete_group_member(&DeleteGroupMemberRequest::new("pub", ["carol", "bob"]))
        .await
        .unwrap();
    let state = emulator.state();
    let g = &state.groups["pub"];
    let members: Vec<&str> = g.members.keys().map(String::as_str).collect();
    assert_eq!(members, ["alice", "dave"]);
    assert_eq!(g.members["alice"].role, MemberRole::Owner);
    assert_eq!(g.notifications.len(), 2, "{:?}", g.notifications);
    let n = &g.notifications[0];
    assert_eq!(n.kind, NotificationKind::MembersRemoved);
    assert_eq!(n.accounts, ["bob"]);
    assert_eq!(n.reason.as_deref(), Some("spam"));
    assert_eq!(n.recipients, ["alice", "bob", "carol", "dave"]);
    let n = &g.notifications[1];
    assert_eq!(n.accounts, ["carol"]);
    assert_eq!(n.reason, None);
    assert_eq!(n.recipients, ["carol"]);

    // A Work group before its first message tells only the removed member.
    for id in ["work", "active-work"] {
        client
            .delete_group_member(&DeleteGroupMemberRequest::new(id, ["bob"]))
            .await
            .unwrap();
    }
    let state = emulator.state();
    assert_eq!(state.groups["work"].notifications[0].recipients, ["bob"]);
    assert_eq!(
        state.groups["active-work"].notifications[0].recipients,
        ["alice", "bob"]
    );
}

#[tokio::test]
async fn delete_group_msg_by_sender_recalls_among_the_last_thousand() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        let mut g = Group::new(GroupType::Public)
            .owner("alice")
            .members(["leckie"]);
        g.push_text("leckie", "oldest, beyond the window");
        for i in 0..1000 {
            let sender = if i % 2 == 0 { "leckie" } else { "alice" };
            g.push_text(sender, format!("message {i}"));
        }
        s.add_group("g", g);
        let mut live = Group::new(GroupType::AvChatRoom);
        live.push_text("leckie", "not stored in reality");
        s.add_group("live", live);
        let mut community = Group::new(GroupType::Community);
        community.support_topic = true;
        let in_topic = community.push_text("leckie", "in topic");
        community.push_text("leckie", "outside topics");
        community
            .messages
            .iter_mut()
            .find(|m| m.seq == in_topic)
            .unwrap()
            .topic_id = Some("@TGS#_g@TOPIC#t".to_owned());
        s.add_group("community", community);
    });
    let client = emulator.client().unwrap();
    client
        .delete_group_msg_by_sender(&DeleteGroupMsgBySenderRequest::new("g", "leckie"))
        .await
        .unwrap();
    let state = emulator.state();
    let g = &state.groups["g"];
    assert_eq!(g.messages.len(), 1001);
    assert_eq!(g.last_msg_seq, 1001);
    assert_eq!(
        g.messages[0].status,
        MessageStatus::Normal,
        "outside the window"
    );
    for m in &g.messages[1..] {
        let expected = if m.sender == "leckie" {
            MessageStatus::Recalled
        } else {
            MessageStatus::Normal
        };
        assert_eq!(m.status, expected, "seq {}", m.seq);
    }
    assert_eq!(g.live_messages().count(), 501);

    // AVChatRoom: success, nothing happens (the spec's no_effect rule).
    client
        .delete_group_msg_by_sender(&DeleteGroupMsgBySenderRequest::new("live", "leckie"))
        .await
        .unwrap();
    assert_eq!(
        emulator.state().groups["live"].messages[0].status,
        MessageStatus::Normal
    );

    // TopicId selects the topic of a Community.
    let mut request = DeleteGroupMsgBySenderRequest::new("community", "leckie");
    request.topic_id = Some("@TGS#_g@TOPIC#t".to_owned());
    client.delete_group_msg_by_sender(&request).await.unwrap();
    let state = emulator.state();
    let statuses: Vec<MessageStatus> = state.groups["community"]
        .messages
        .iter()
        .map(|m| m.status)
        .collect();
    assert_eq!(statuses, [MessageStatus::Recalled, MessageStatus::Normal]);
    // ... and is refused outside a Community with topics.
    let mut request = DeleteGroupMsgBySenderRequest::new("g", "leckie");
    request.topic_id = Some("t".to_owned());
    let err = client
        .delete_group_msg_by_sender(&request)
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        DeleteGroupMsgBySenderError::GroupInvalidParameter
    );
    let err = client
        .delete_group_msg_by_sender(&DeleteGroupMsgBySenderRequest::new("gone", "leckie"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        DeleteGroupMsgBySenderError::GroupNotFound
    );
}

#[tokio::test]
async fn sns_group_delete_removes_lists_and_advances_the_sequence() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["id", "f1", "f2"]);
        *s.friends_mut("id") = Friends::new()
            .with_friends(["f1", "f2"])
            .with_list("group1", ["f1"])
            .with_list("group2", ["f2"])
            .with_list("group3", ["f1", "f2"]);
    });
    assert_eq!(emulator.state().friends["id"].list_sequence, 3);
    let client = emulator.client().unwrap();
    let answer = client
        .group_delete(&GroupDeleteRequest::new("id", ["group1", "group3"]))
        .await
        .unwrap();
    assert_eq!(answer.current_sequence, 4);
    let state = emulator.state();
    let friends = &state.friends["id"];
    assert_eq!(friends.lists.keys().collect::<Vec<_>>(), ["group2"]);
    assert_eq!(friends.list_sequence, 4);
    assert_eq!(
        friends.friends,
        BTreeSet::from(["f1".to_owned(), "f2".to_owned()]),
        "friends stay friends"
    );
    // Lists that do not exist change nothing.
    let answer = client
        .group_delete(&GroupDeleteRequest::new("id", ["group1"]))
        .await
        .unwrap();
    assert_eq!(answer.current_sequence, 4);
    let err = client
        .group_delete(&GroupDeleteRequest::new("stranger", ["group1"]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GroupDeleteError::SnsAccountNotFound
    );
    assert!(!err.service().unwrap().kind.is_retryable());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_removals_and_recalls_leave_a_consistent_state() {
    const TASKS: usize = 64;
    const GROUPS: usize = 4;
    let emulator = Emulator::builder()
        .rate_limits(false)
        .start()
        .await
        .unwrap();
    emulator.with_state(|s| {
        for g in 0..GROUPS {
            let members: Vec<String> = (0..TASKS).map(|t| format!("user{t}")).collect();
            let mut group = Group::new(GroupType::Public)
                .owner("owner")
                .members(members);
            for t in 0..TASKS {
                for _ in 0..5 {
                    group.push_text(format!("user{t}"), "hi");
                }
            }
            s.add_group(format!("g{g}"), group);
        }
    });
    let client = emulator.client().unwrap();
    let mut tasks = Vec::new();
    for t in 0..TASKS {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let user = format!("user{t}");
            for g in 0..GROUPS {
                let group = format!("g{g}");
                client
                    .delete_group_msg_by_sender(&DeleteGroupMsgBySenderRequest::new(
                        group.clone(),
                        user.clone(),
                    ))
                    .await
                    .unwrap();
                // Twice: the second is a no-op on a non-member.
                for _ in 0..2 {
                    client
                        .delete_group_member(&DeleteGroupMemberRequest::new(
                            group.clone(),
                            [user.clone()],
                        ))
                        .await
                        .unwrap();
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let state = emulator.state();
    for g in 0..GROUPS {
        let group = &state.groups[&format!("g{g}")];
        assert_eq!(group.members.keys().collect::<Vec<_>>(), ["owner"]);
        assert_eq!(group.notifications.len(), TASKS, "one per actual removal");
        assert_eq!(group.messages.len(), TASKS * 5);
        assert!(
            group
                .messages
                .iter()
                .all(|m| m.status == MessageStatus::Recalled)
        );
        let seqs: Vec<u64> = group.messages.iter().map(|m| m.seq).collect();
        assert_eq!(seqs, (1..=(TASKS as u64 * 5)).collect::<Vec<_>>());
    }
    assert_eq!(
        emulator.calls(DELETE_GROUP_MEMBER.path).unwrap(),
        (TASKS * GROUPS * 2) as u64
    );
}
