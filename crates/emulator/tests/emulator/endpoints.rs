//! Every emulated endpoint through `tencent_chat::Client`, with the documented
//! semantics, and concurrent calls that must leave a consistent state.

use std::collections::BTreeSet;

use tencent_chat::group_open_http_svc::{
    DELETE_GROUP_MEMBER, DeleteGroupMemberError, DeleteGroupMemberRequest,
    DeleteGroupMsgBySenderError, DeleteGroupMsgBySenderRequest, DestroyGroupError,
    DestroyGroupRequest,
};
use tencent_chat::sns::{GroupDeleteError, GroupDeleteRequest};
use tencent_chat::types::Silence;
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
    assert_eq!(err.code().map(i64::from), Some(av_code));
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
            &DeleteGroupMemberRequest::new("pub", ["carol"]).silence(Silence::Silent),
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
        .delete_group_msg_by_sender(
            &DeleteGroupMsgBySenderRequest::group_id("g").sender_account("leckie"),
        )
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
        .delete_group_msg_by_sender(
            &DeleteGroupMsgBySenderRequest::group_id("live").sender_account("leckie"),
        )
        .await
        .unwrap();
    assert_eq!(
        emulator.state().groups["live"].messages[0].status,
        MessageStatus::Normal
    );

    // TopicId selects the topic of a Community.
    let mut request = DeleteGroupMsgBySenderRequest::group_id("community").sender_account("leckie");
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
    let mut request = DeleteGroupMsgBySenderRequest::group_id("g").sender_account("leckie");
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
        .delete_group_msg_by_sender(
            &DeleteGroupMsgBySenderRequest::group_id("gone").sender_account("leckie"),
        )
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
                    .delete_group_msg_by_sender(
                        &DeleteGroupMsgBySenderRequest::group_id(group.clone())
                            .sender_account(user.clone()),
                    )
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

mod companions {
    use std::time::Duration;

    use serde_json::json;
    use tencent_chat::group_open_http_svc::{
        ADD_GROUP_MEMBER, AddGroupMemberError, AddGroupMemberItem, AddGroupMemberRequest,
        AddedGroupMemberResult, CREATE_GROUP, CreateGroupError, CreateGroupMember,
        CreateGroupRequest, GetGroupInfoRequest, GetGroupMemberInfoError,
        GetGroupMemberInfoRequest, GroupHistoryMsgIsPlaceMsg, GroupInfoFilter,
        GroupMsgGetSimpleError, GroupMsgGetSimpleRequest, SendGroupMsgError,
        SendGroupMsgMsgPriority, SendGroupMsgRequest,
    };
    use tencent_chat::im_open_login_svc::{
        ACCOUNT_IMPORT, AccountImportError, AccountImportRequest, MultiaccountImportRequest,
    };
    use tencent_chat::sns::{GroupAddError, GroupAddRequest, GroupGetNeedFriend, GroupGetRequest};
    use tencent_chat::types::{
        AppDefinedDataItem, AppMemberDefinedDataItem, ApplyJoinOption, GroupBaseInfoField,
        GroupMemberField, MsgElement, TextElem, YesNo,
    };
    use tencent_chat::{Client, PublicError};

    use super::*;

    async fn with_accounts(ids: &[&str]) -> (Emulator, Client) {
        let emulator = Emulator::start().await.unwrap();
        let client = emulator.client().unwrap();
        client
            .multiaccount_import(&MultiaccountImportRequest::new(ids.iter().copied()))
            .await
            .unwrap();
        (emulator, client)
    }

    fn text(s: &str) -> Vec<MsgElement> {
        vec![MsgElement::Text(TextElem::new(s))]
    }

    #[tokio::test]
    async fn accounts_are_imported_once() {
        let emulator = Emulator::start().await.unwrap();
        let client = emulator.client().unwrap();
        let mut request = AccountImportRequest::new("leckie");
        request.nick = Some("Leckie".to_owned());
        client.account_import(&request).await.unwrap();
        client
            .account_import(&AccountImportRequest::new("leckie"))
            .await
            .unwrap();
        let answer = client
            .multiaccount_import(&MultiaccountImportRequest::new([
                "leckie", "tommy", "jared",
            ]))
            .await
            .unwrap();
        assert_eq!(answer.fail_accounts, Some(vec![]));
        let state = emulator.state();
        assert_eq!(
            state.accounts.keys().collect::<Vec<_>>(),
            ["jared", "leckie", "tommy"]
        );
        assert_eq!(state.accounts["leckie"].nick.as_deref(), Some("Leckie"));

        // A too long nickname gets the field's own code from the spec (sent raw: the
        // client would refuse it before sending).
        let long = "x".repeat(501);
        let code = raw_call(
            &emulator,
            ACCOUNT_IMPORT.path,
            json!({"UserID": "a", "Nick": long}),
        )
        .await;
        assert_eq!(code, AccountImportError::ProfileValueTooLong.code());
        let code = raw_call(&emulator, ACCOUNT_IMPORT.path, json!({"Nick": "n"})).await;
        assert_eq!(code, ACCOUNT_IMPORT.invalid_request_code);
        assert_eq!(code, PublicError::AccountInvalidParameter.code());
    }

    /// Sends `body` with a valid signature, bypassing the client's checks; the ErrorCode.
    async fn raw_call(emulator: &Emulator, path: &str, body: serde_json::Value) -> i64 {
        let credentials = emulator.credentials();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        let q = tencent_chat::envelope::QUERY;
        let sig = credentials.sign(now, 600);
        let mut query = vec![
            (q.app_id, credentials.app_id().to_string()),
            (q.identifier, credentials.admin_identifier().to_owned()),
            (q.signature, sig.expose().to_owned()),
            (q.nonce, "7".to_owned()),
        ];
        query.extend(q.fixed.iter().map(|(k, v)| (*k, (*v).to_owned())));
        let text = reqwest::Client::new()
            .post(format!("{}/{path}", emulator.base_url()))
            .query(&query)
            .body(body.to_string())
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let answer: serde_json::Value = serde_json::from_str(&text).unwrap();
        answer["ErrorCode"].as_i64().unwrap()
    }

    #[tokio::test]
    async fn create_group_takes_every_documented_field() {
        let (emulator, client) = with_accounts(&["leckie", "bob", "peter"]).await;
        let mut request = CreateGroupRequest::new(GroupType::Public, "TestGroup");
        request.owner_account = Some("leckie".to_owned());
        request.group_id = Some("MyFirstGroup".to_owned());
        request.introduction = Some("intro".to_owned());
        request.notification = Some("notice".to_owned());
        request.face_url = Some("http://face".to_owned());
        request.max_member_count = Some(500);
        request.apply_join_option = Some(ApplyJoinOption::FreeAccess);
        request.invite_join_option = Some(tencent_chat::types::InviteJoinOption::NeedPermission);
        request.app_defined_data = Some(vec![
            AppDefinedDataItem::key("GroupTestData1").value("xxxxx"),
        ]);
        let mut bob = CreateGroupMember::new("bob");
        bob.role = Some(MemberRole::Admin);
        bob.app_member_defined_data = Some(vec![
            AppMemberDefinedDataItem::key("MemberDefined1").value("MemberData1"),
        ]);
        request.member_list = Some(vec![bob, CreateGroupMember::new("peter")]);
        let answer = client.create_group(&request).await.unwrap();
        assert_eq!(answer.group_id, "MyFirstGroup");

        let state = emulator.state();
        let g = &state.groups["MyFirstGroup"];
        assert_eq!(g.owner.as_deref(), Some("leckie"));
        assert_eq!(g.members["leckie"].role, MemberRole::Owner);
        assert_eq!(g.members["bob"].role, MemberRole::Admin);
        assert_eq!(g.members["peter"].role, MemberRole::Member);
        assert_eq!(g.apply_join_option, Some(ApplyJoinOption::FreeAccess));
        assert_eq!(g.app_defined_data["GroupTestData1"], "xxxxx");
        assert_eq!(
            g.members["bob"].app_member_defined_data["MemberDefined1"],
            "MemberData1"
        );

        // The same creation again, and a clash with another owner.
        let err = client.create_group(&request).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            CreateGroupError::GroupIdOwnedByOperator
        );
        let mut other = CreateGroupRequest::new(GroupType::Public, "Other");
        other.group_id = Some("MyFirstGroup".to_owned());
        let err = client.create_group(&other).await.unwrap_err();
        assert_eq!(err.service().unwrap().kind, CreateGroupError::GroupIdInUse);

        // Assigned IDs: @TGS#..., @TGS#_... for communities, unique.
        let a = client
            .create_group(&CreateGroupRequest::new(GroupType::Private, "a"))
            .await
            .unwrap()
            .group_id;
        let mut topics = CreateGroupRequest::new(GroupType::Community, "c");
        topics.support_topic = Some(YesNo::Yes);
        let c = client.create_group(&topics).await.unwrap();
        assert!(a.starts_with("@TGS#") && !a.starts_with("@TGS#_"), "{a}");
        assert!(c.group_id.starts_with("@TGS#_"), "{}", c.group_id);
        assert_eq!(c.r#type, Some(GroupType::Community));
        assert!(emulator.state().groups[&c.group_id].support_topic);
        assert!(emulator.state().groups[&a].owner.is_none());

        // Refusals.
        let mut av = CreateGroupRequest::new(GroupType::AvChatRoom, "live");
        av.member_list = Some(vec![CreateGroupMember::new("bob")]);
        let err = client.create_group(&av).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            CreateGroupError::GroupPermissionDenied
        );
        let mut bad = CreateGroupRequest::new(GroupType::Community, "c");
        bad.group_id = Some("plain".to_owned());
        let err = client.create_group(&bad).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            CreateGroupError::GroupInvalidParameter
        );
        let mut ghost = CreateGroupRequest::new(GroupType::Public, "g");
        ghost.owner_account = Some("ghost".to_owned());
        let err = client.create_group(&ghost).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            CreateGroupError::GroupInvalidParameter
        );
        // MemberList over its limit gets the field's own code (raw: the client checks).
        let members: Vec<_> = (0..101)
            .map(|i| json!({"Member_Account": format!("u{i}")}))
            .collect();
        let code = raw_call(
            &emulator,
            CREATE_GROUP.path,
            json!({"Type": "Public", "Name": "n", "MemberList": members}),
        )
        .await;
        assert_eq!(code, CreateGroupError::GroupTooManyAccounts.code());
        let code = raw_call(
            &emulator,
            CREATE_GROUP.path,
            json!({"Type": "Nope", "Name": "n"}),
        )
        .await;
        assert_eq!(code, CreateGroupError::GroupInvalidParameter.code());
        assert_eq!(emulator.state().groups.len(), 3);
    }

    #[tokio::test]
    async fn get_group_info_answers_profiles_members_and_missing_groups() {
        let (emulator, client) = with_accounts(&["leckie", "bob"]).await;
        let mut request = CreateGroupRequest::new(GroupType::Public, "TestGroup");
        request.owner_account = Some("leckie".to_owned());
        request.group_id = Some("g".to_owned());
        request.max_member_count = Some(50);
        request.app_defined_data = Some(vec![
            AppDefinedDataItem::key("K1").value("v1"),
            AppDefinedDataItem::key("K2").value("v2"),
        ]);
        let mut bob = CreateGroupMember::new("bob");
        bob.app_member_defined_data = Some(vec![AppMemberDefinedDataItem::key("M1").value("m1")]);
        request.member_list = Some(vec![bob]);
        client.create_group(&request).await.unwrap();
        client
            .send_group_msg(&SendGroupMsgRequest::new("g", 1, text("hi")))
            .await
            .unwrap();

        let answer = client
            .get_group_info(&GetGroupInfoRequest::new(["g", "gone"]))
            .await
            .unwrap();
        let [g, gone] = &answer.group_info[..] else {
            panic!("{answer:?}")
        };
        assert_eq!(g.error_code, 0);
        assert_eq!(g.r#type, Some(GroupType::Public));
        assert_eq!(g.name.as_deref(), Some("TestGroup"));
        assert_eq!(g.owner_account.as_deref(), Some("leckie"));
        assert_eq!(g.member_num, Some(2));
        assert_eq!(g.max_member_num, Some(50));
        assert_eq!(g.next_msg_seq, Some(2));
        assert_eq!(g.appid, Some(emulator.app_id()));
        assert_eq!(g.app_defined_data.as_ref().unwrap().len(), 2);
        let members = g.member_list.as_ref().unwrap();
        assert_eq!(members[0].member_account, "leckie");
        assert_eq!(members[0].role, Some(MemberRole::Owner));
        assert_eq!(members[1].member_account, "bob");
        assert_eq!(
            members[1].app_member_defined_data.as_ref().unwrap()[0].value,
            "m1"
        );
        assert_eq!(
            gone.error_code,
            tencent_chat::group_open_http_svc::GetGroupInfoError::GroupNotFound.code()
        );

        // With a filter, only what it names.
        let mut filter = GroupInfoFilter::new();
        filter.group_base_info_filter = Some(vec![GroupBaseInfoField::Name]);
        filter.member_info_filter = Some(vec![GroupMemberField::Role]);
        filter.app_defined_data_filter_group = Some(vec!["K2".to_owned()]);
        let mut request = GetGroupInfoRequest::new(["g"]);
        request.response_filter = Some(filter);
        let answer = client.get_group_info(&request).await.unwrap();
        let g = &answer.group_info[0];
        assert_eq!(g.name.as_deref(), Some("TestGroup"));
        assert_eq!(
            (g.r#type.clone(), g.member_num, g.owner_account.as_ref()),
            (None, None, None)
        );
        let data = g.app_defined_data.as_ref().unwrap();
        assert_eq!((data.len(), data[0].key.as_str()), (1, "K2"));
        let m = &g.member_list.as_ref().unwrap()[0];
        assert!(m.role.is_some() && m.join_time.is_none() && m.app_member_defined_data.is_none());
    }

    #[tokio::test]
    async fn add_group_member_reports_each_account() {
        let (emulator, client) = with_accounts(&["owner", "a", "b", "c", "d"]).await;
        emulator.with_state(|s| {
            s.add_group(
                "g",
                Group::new(GroupType::Public).owner("owner").members(["a"]),
            );
            let mut small = Group::new(GroupType::Public).owner("owner");
            small.max_member_count = Some(2);
            s.add_group("small", small);
            s.add_group("live", Group::new(GroupType::AvChatRoom));
            s.add_group("work", Group::new(GroupType::Private).owner("owner"));
        });
        let items = |ids: &[&str]| {
            ids.iter()
                .map(|i| AddGroupMemberItem::new(*i))
                .collect::<Vec<_>>()
        };
        let answer = client
            .add_group_member(&AddGroupMemberRequest::new(
                "g",
                items(&["a", "b", "c", "b"]),
            ))
            .await
            .unwrap();
        let results: Vec<(&str, AddedGroupMemberResult)> = answer
            .member_list
            .iter()
            .map(|m| (m.member_account.as_str(), m.result))
            .collect();
        assert_eq!(
            results,
            [
                ("a", AddedGroupMemberResult::AlreadyMember),
                ("b", AddedGroupMemberResult::Added),
                ("c", AddedGroupMemberResult::Added),
                ("b", AddedGroupMemberResult::AlreadyMember),
            ]
        );
        let state = emulator.state();
        let n = &state.groups["g"].notifications[0];
        assert_eq!(n.kind, NotificationKind::MembersAdded);
        assert_eq!(n.accounts, ["b", "c"]);
        assert_eq!(n.recipients, ["a", "b", "c", "owner"]);

        // Silent, and a Work group before its first message: nobody is told.
        let mut silent = AddGroupMemberRequest::new("g", items(&["d"]));
        silent.silence = Some(Silence::Silent);
        client.add_group_member(&silent).await.unwrap();
        client
            .add_group_member(&AddGroupMemberRequest::new("work", items(&["a"])))
            .await
            .unwrap();
        let state = emulator.state();
        assert!(state.groups["g"].notifications[1].recipients.is_empty());
        assert!(state.groups["work"].notifications[0].recipients.is_empty());

        // Refusals: the spec's rule for AVChatRoom, unknown accounts, a full group.
        let Some(GroupTypeSupport::Error(code)) = ADD_GROUP_MEMBER.group_type_support("AVChatRoom")
        else {
            panic!()
        };
        let err = client
            .add_group_member(&AddGroupMemberRequest::new("live", items(&["a"])))
            .await
            .unwrap_err();
        assert_eq!(err.code().map(i64::from), Some(code));
        let err = client
            .add_group_member(&AddGroupMemberRequest::new("g", items(&["ghost"])))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            AddGroupMemberError::GroupUserNotFound
        );
        let err = client
            .add_group_member(&AddGroupMemberRequest::new("small", items(&["a", "b"])))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            AddGroupMemberError::GroupMemberLimitReached
        );
        assert_eq!(emulator.state().groups["small"].members.len(), 1);
    }

    #[tokio::test]
    async fn get_group_member_info_pages_filters_and_batches() {
        let emulator = Emulator::start().await.unwrap();
        emulator.with_state(|s| {
            let members: Vec<String> = (0..10).map(|i| format!("m{i}")).collect();
            let mut g = Group::new(GroupType::Public)
                .owner("owner")
                .member("admin", MemberRole::Admin)
                .members(members.clone());
            g.members.get_mut("m3").unwrap().name_card = Some("three".to_owned());
            s.add_group("g", g);
            s.add_group(
                "c",
                Group::new(GroupType::Community)
                    .owner("owner")
                    .members(members),
            );
            s.add_group("live", Group::new(GroupType::AvChatRoom));
        });
        let client = emulator.client().unwrap();
        let answer = client
            .get_group_member_info(&GetGroupMemberInfoRequest::new("g"))
            .await
            .unwrap();
        assert_eq!(answer.member_num, 12);
        assert_eq!(answer.member_list.len(), 12);
        assert_eq!(answer.member_list[0].member_account, "owner");
        assert_eq!(answer.member_list[1].member_account, "admin");
        assert!(answer.member_list.iter().all(|m| m.join_time.is_some()));

        let mut page = GetGroupMemberInfoRequest::new("g");
        page.limit = Some(5);
        page.offset = Some(10);
        page.member_info_filter = Some(vec![GroupMemberField::NameCard]);
        let answer = client.get_group_member_info(&page).await.unwrap();
        assert_eq!(answer.member_num, 12);
        assert_eq!(answer.member_list.len(), 2);
        assert!(answer.member_list[0].role.is_none());

        let mut admins = GetGroupMemberInfoRequest::new("g");
        admins.member_role_filter = Some(vec![MemberRole::Owner, MemberRole::Admin]);
        let answer = client.get_group_member_info(&admins).await.unwrap();
        let names: Vec<&str> = answer
            .member_list
            .iter()
            .map(|m| m.member_account.as_str())
            .collect();
        assert_eq!(names, ["owner", "admin"]);

        // Communities: batches with Next, required.
        let mut batch = GetGroupMemberInfoRequest::new("c");
        batch.limit = Some(4);
        let err = client.get_group_member_info(&batch).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            GetGroupMemberInfoError::GroupInvalidParameter
        );
        batch.next = Some(String::new());
        let mut seen = Vec::new();
        loop {
            let answer = client.get_group_member_info(&batch).await.unwrap();
            seen.extend(answer.member_list.into_iter().map(|m| m.member_account));
            match answer.next.as_deref() {
                Some("") => break,
                Some(next) => batch.next = Some(next.to_owned()),
                None => panic!("communities answer Next"),
            }
        }
        assert_eq!(seen.len(), 11);
        let err = client
            .get_group_member_info(&GetGroupMemberInfoRequest::new("live"))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            GetGroupMemberInfoError::GroupPermissionDenied
        );
    }

    #[tokio::test]
    async fn messages_are_numbered_stored_recalled_and_read_back() {
        let (emulator, client) = with_accounts(&["leckie", "bob", "outsider"]).await;
        emulator.with_state(|s| {
            let mut g = Group::new(GroupType::Public)
                .owner("leckie")
                .members(["bob"]);
            g.members.get_mut("bob").unwrap().shut_up_until = u64::MAX;
            s.add_group("g", g);
            s.add_group("live", Group::new(GroupType::AvChatRoom));
        });
        let mut seqs = Vec::new();
        for i in 0..5u32 {
            let mut m = SendGroupMsgRequest::new("g", 100 + i, text(&format!("m{i}")));
            if i % 2 == 0 {
                m.from_account = Some("leckie".to_owned());
            }
            m.msg_priority = Some(SendGroupMsgMsgPriority::High);
            seqs.push(client.send_group_msg(&m).await.unwrap().msg_seq);
        }
        assert_eq!(seqs, [1, 2, 3, 4, 5]);
        // A repeat (same Random and content) is the same message.
        let mut again = SendGroupMsgRequest::new("g", 104, text("m4"));
        again.from_account = Some("leckie".to_owned());
        assert_eq!(client.send_group_msg(&again).await.unwrap().msg_seq, 5);
        assert_eq!(emulator.state().groups["g"].messages.len(), 5);

        let mut muted = SendGroupMsgRequest::new("g", 1, text("x"));
        muted.from_account = Some("bob".to_owned());
        let err = client.send_group_msg(&muted).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            SendGroupMsgError::GroupSenderMuted
        );
        emulator.with_state(|s| s.group_mut("g").unwrap().mute_all = true);
        let mut all_muted = SendGroupMsgRequest::new("g", 2, text("x"));
        all_muted.from_account = Some("outsider".to_owned());
        emulator.with_state(|s| {
            let g = s.group_mut("g").unwrap();
            g.members.insert(
                "outsider".to_owned(),
                tencent_chat_emulator::Member::new(MemberRole::Member),
            );
        });
        let err = client.send_group_msg(&all_muted).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            SendGroupMsgError::GroupSenderMuted
        );
        emulator.with_state(|s| {
            let g = s.group_mut("g").unwrap();
            g.mute_all = false;
            g.members.remove("outsider");
        });
        muted.from_account = Some("outsider".to_owned());
        let err = client.send_group_msg(&muted).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            SendGroupMsgError::GroupPermissionDenied
        );
        let big = SendGroupMsgRequest::new("g", 1, text(&"x".repeat(13 * 1024)));
        let err = client.send_group_msg(&big).await.unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            SendGroupMsgError::MessageTooLarge
        );

        // Audio-video groups number messages but keep no history.
        let live = client
            .send_group_msg(&SendGroupMsgRequest::new("live", 1, text("x")))
            .await
            .unwrap();
        assert_eq!(live.msg_seq, 1);
        assert!(emulator.state().groups["live"].messages.is_empty());
        let err = client
            .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("live", 20))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            GroupMsgGetSimpleError::GroupHistoryUnsupported
        );

        // History: newest first, paged by ReqMsgSeq.
        let answer = client
            .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("g", 2))
            .await
            .unwrap();
        let list = answer.rsp_msg_list.unwrap();
        assert_eq!(list.iter().map(|m| m.msg_seq).collect::<Vec<_>>(), [5, 4]);
        assert_eq!(list[0].from_account, "leckie");
        assert_eq!(list[1].from_account, emulator.admin());
        assert_eq!(list[0].msg_body, text("m4"));
        assert_eq!(list[0].msg_random, 104);
        let mut older = GroupMsgGetSimpleRequest::new("g", 20);
        older.req_msg_seq = Some(3);
        let list = client
            .group_msg_get_simple(&older)
            .await
            .unwrap()
            .rsp_msg_list
            .unwrap();
        assert_eq!(
            list.iter().map(|m| m.msg_seq).collect::<Vec<_>>(),
            [3, 2, 1]
        );

        // Recalled by delete_group_msg_by_sender: left out, or placeholders on request.
        client
            .delete_group_msg_by_sender(
                &DeleteGroupMsgBySenderRequest::group_id("g").sender_account("leckie"),
            )
            .await
            .unwrap();
        let list = client
            .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("g", 20))
            .await
            .unwrap()
            .rsp_msg_list
            .unwrap();
        assert_eq!(list.iter().map(|m| m.msg_seq).collect::<Vec<_>>(), [4, 2]);
        let mut with = GroupMsgGetSimpleRequest::new("g", 20);
        with.with_recalled_msg = Some(YesNo::Yes);
        let list = client
            .group_msg_get_simple(&with)
            .await
            .unwrap()
            .rsp_msg_list
            .unwrap();
        assert_eq!(list.len(), 5);
        assert_eq!(list[0].is_place_msg, GroupHistoryMsgIsPlaceMsg::Recalled);
        assert!(list[0].msg_body.is_empty());
        assert_eq!(list[1].is_place_msg, GroupHistoryMsgIsPlaceMsg::Message);
        let _ = Duration::ZERO;
    }

    #[tokio::test]
    async fn friend_lists_are_added_read_and_deleted() {
        let (emulator, client) = with_accounts(&["id", "f1", "f2", "stranger"]).await;
        emulator.with_state(|s| {
            *s.friends_mut("id") = Friends::new().with_friends(["f1", "f2"]);
        });
        let answer = client
            .group_add(&GroupAddRequest::new("id", ["group1", "group2"]))
            .await
            .unwrap();
        assert_eq!(answer.current_sequence, 1);
        assert_eq!((answer.result_item, answer.fail_account), (None, None));
        let mut with_friends = GroupAddRequest::new("id", ["group3"]);
        with_friends.to_account = Some(vec!["f1".to_owned(), "stranger".to_owned()]);
        let answer = client.group_add(&with_friends).await.unwrap();
        assert_eq!(answer.current_sequence, 2);
        let items = answer.result_item.unwrap();
        assert_eq!(items[0].result_code, 0);
        assert_ne!(items[1].result_code, 0);
        assert_eq!(answer.fail_account, Some(vec!["stranger".to_owned()]));

        let mut get = GroupGetRequest::new("id");
        get.need_friend = Some(GroupGetNeedFriend::Yes);
        let answer = client.group_get(&get).await.unwrap();
        assert_eq!(answer.current_sequence, 2);
        let lists: Vec<(String, u32, Vec<String>)> = answer
            .result_item
            .unwrap()
            .into_iter()
            .map(|l| (l.group_name, l.friend_number, l.to_account.unwrap()))
            .collect();
        assert_eq!(
            lists,
            [
                ("group1".to_owned(), 0, vec![]),
                ("group2".to_owned(), 0, vec![]),
                ("group3".to_owned(), 1, vec!["f1".to_owned()]),
            ]
        );
        let answer = client
            .group_delete(&GroupDeleteRequest::new("id", ["group1"]))
            .await
            .unwrap();
        assert_eq!(answer.current_sequence, 3);
        let mut only = GroupGetRequest::new("id");
        only.group_name = Some(vec!["group3".to_owned()]);
        let answer = client.group_get(&only).await.unwrap();
        let items = answer.result_item.unwrap();
        assert_eq!((items.len(), items[0].to_account.is_none()), (1, true));

        // At most 32 lists per account (the spec's limit on one call is the total).
        let names: Vec<String> = (0..31).map(|i| format!("more{i}")).collect();
        let err = client
            .group_add(&GroupAddRequest::new("id", names))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            GroupAddError::SnsFriendGroupLimitReached
        );
        let err = client
            .group_get(&GroupGetRequest::new("nobody"))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            tencent_chat::sns::GroupGetError::SnsAccountNotFound
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_additions_and_removals_leave_a_consistent_state() {
        const TASKS: usize = 64;
        const ROUNDS: usize = 5;
        let emulator = Emulator::builder()
            .rate_limits(false)
            // Every notification is kept, to be counted.
            .notifications_per_group(TASKS * (2 * ROUNDS - 1))
            .start()
            .await
            .unwrap();
        let client = emulator.client().unwrap();
        let users: Vec<String> = (0..TASKS).map(|t| format!("user{t}")).collect();
        client
            .multiaccount_import(&MultiaccountImportRequest::new(users.iter().cloned()))
            .await
            .unwrap();
        client
            .account_import(&AccountImportRequest::new("owner"))
            .await
            .unwrap();
        let mut create = CreateGroupRequest::new(GroupType::Public, "busy");
        create.owner_account = Some("owner".to_owned());
        let group = client.create_group(&create).await.unwrap().group_id;
        let mut tasks = Vec::new();
        for user in users.clone() {
            let client = client.clone();
            let group = group.clone();
            tasks.push(tokio::spawn(async move {
                for round in 0..ROUNDS {
                    let added = client
                        .add_group_member(&AddGroupMemberRequest::new(
                            group.clone(),
                            [AddGroupMemberItem::new(user.clone())],
                        ))
                        .await
                        .unwrap();
                    assert_eq!(added.member_list[0].result, AddedGroupMemberResult::Added);
                    let mut m = SendGroupMsgRequest::new(group.clone(), round as u32, text("hi"));
                    m.from_account = Some(user.clone());
                    client.send_group_msg(&m).await.unwrap();
                    // The last round stays in the group.
                    if round + 1 < ROUNDS {
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
        let g = &state.groups[&group];
        assert_eq!(g.members.len(), TASKS + 1);
        assert_eq!(g.messages.len(), TASKS * ROUNDS);
        assert_eq!(g.last_msg_seq, (TASKS * ROUNDS) as u64);
        let seqs: Vec<u64> = g.messages.iter().map(|m| m.seq).collect();
        assert_eq!(seqs, (1..=(TASKS * ROUNDS) as u64).collect::<Vec<_>>());
        let added = g
            .notifications
            .iter()
            .filter(|n| n.kind == NotificationKind::MembersAdded)
            .count();
        let removed = g
            .notifications
            .iter()
            .filter(|n| n.kind == NotificationKind::MembersRemoved)
            .count();
        assert_eq!((added, removed), (TASKS * ROUNDS, TASKS * (ROUNDS - 1)));
        let info = client
            .get_group_member_info(&GetGroupMemberInfoRequest::new(group.clone()))
            .await
            .unwrap();
        assert_eq!(info.member_num as usize, TASKS + 1);
    }
}
