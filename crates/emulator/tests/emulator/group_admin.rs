//! Group management through `tencent_chat::Client` against the emulator: imports
//! that keep their times and sequences, ownership, the group and member profiles,
//! roles, and the listings of the app's and an account's groups.

use crate::support::{code, req};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use tencent_chat::group_open_http_svc::{
    ChangeGroupOwnerRequest, GetAppidGroupListRequest, GetGroupInfoRequest,
    GetGroupMemberInfoRequest, GetJoinedGroupListRequest, GetRoleInGroupRequest,
    ImportGroupMemberRequest, ImportGroupRequest, ImportedGroupMemberResult,
    ModifyGroupBaseInfoRequest, ModifyGroupMemberInfoRequest, RoleInGroupRole, SendGroupMsgRequest,
};
use tencent_chat::types::{MemberRole, OnOff};
use tencent_chat::{Client, Error};
use tencent_chat_emulator::{Emulator, Group, GroupType};

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn text(group: &str, from: &str, random: u32) -> SendGroupMsgRequest {
    req(json!({
        "GroupId": group,
        "From_Account": from,
        "Random": random,
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]
    }))
}

async fn seeded() -> (Emulator, Client) {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice", "bob", "carol", "dave"]);
        s.add_group(
            "pub",
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
    let client = emulator.client().unwrap();
    (emulator, client)
}

#[tokio::test]
async fn import_group_keeps_the_creation_time() {
    let (_emulator, client) = seeded().await;
    let r: ImportGroupRequest = req(json!({
        "Owner_Account": "alice",
        "Type": "Public",
        "GroupId": "old-1",
        "Name": "Old group",
        "CreateTime": 1_448_357_837u64,
        "AppDefinedData": [{"Key": "K1", "Value": "v"}]
    }));
    let answer = client.import_group(&r).await.unwrap();
    assert_eq!(answer.group_id, "old-1");
    // get_group_info reads what was imported.
    let info = client
        .get_group_info(&GetGroupInfoRequest::new(["old-1"]))
        .await
        .unwrap()
        .group_info;
    assert_eq!(info[0].create_time, Some(1_448_357_837));
    assert_eq!(info[0].name.as_deref(), Some("Old group"));
    assert_eq!(info[0].owner_account.as_deref(), Some("alice"));
    // The same custom ID again.
    assert_eq!(code(client.import_group(&r).await), 10021);
    // Audio-video groups cannot be imported.
    let r: ImportGroupRequest = req(json!({"Type": "AVChatRoom", "Name": "live"}));
    assert_eq!(code(client.import_group(&r).await), 10007);
    // An assigned ID when none is given.
    let r: ImportGroupRequest = req(json!({"Type": "Community", "Name": "c", "SupportTopic": 1}));
    let id = client.import_group(&r).await.unwrap().group_id;
    assert!(id.starts_with("@TGS#_"), "{id}");
}

#[tokio::test]
async fn import_group_member_keeps_join_times_and_read_positions() {
    let (emulator, client) = seeded().await;
    emulator.with_state(|s| {
        let mut g = Group::new(GroupType::Public).owner("alice");
        g.create_time = 1_000_000;
        for i in 0..10 {
            g.push_text("alice", format!("m{i}"));
        }
        s.add_group("old", g);
    });
    let r: ImportGroupMemberRequest = req(json!({
        "GroupId": "old",
        "MemberList": [
            {"Member_Account": "bob", "Role": "Admin", "JoinTime": 1_100_000, "UnreadMsgNum": 3},
            {"Member_Account": "carol", "JoinTime": 999_999},
            {"Member_Account": "nobody", "JoinTime": 1_100_000},
            {"Member_Account": "alice"}
        ]
    }));
    let results: Vec<ImportedGroupMemberResult> = client
        .import_group_member(&r)
        .await
        .unwrap()
        .member_list
        .into_iter()
        .map(|m| m.result)
        .collect();
    use ImportedGroupMemberResult as R;
    assert_eq!(
        results,
        [R::Imported, R::Failed, R::Failed, R::AlreadyMember]
    );
    // get_group_member_info reads the imported member.
    let members = client
        .get_group_member_info(&GetGroupMemberInfoRequest::new("old"))
        .await
        .unwrap()
        .member_list;
    let bob = members.iter().find(|m| m.member_account == "bob").unwrap();
    assert_eq!(bob.join_time, Some(1_100_000));
    assert_eq!(bob.role, Some(MemberRole::Admin));
    assert_eq!(bob.msg_seq, Some(7));
    // A repeat leaves the member as it was.
    let again = client.import_group_member(&r).await.unwrap().member_list;
    assert_eq!(again[0].result, R::AlreadyMember);
    // Audio-video groups keep no member list.
    let r: ImportGroupMemberRequest =
        req(json!({"GroupId": "live", "MemberList": [{"Member_Account": "carol"}]}));
    assert_eq!(code(client.import_group_member(&r).await), 10007);
}

async fn roles(client: &Client, group: &str, accounts: &[&str]) -> Vec<RoleInGroupRole> {
    client
        .get_role_in_group(&GetRoleInGroupRequest::new(group, accounts.iter().copied()))
        .await
        .unwrap()
        .user_id_list
        .into_iter()
        .map(|r| r.role)
        .collect()
}

#[tokio::test]
async fn change_group_owner_demotes_the_former_owner() {
    let (emulator, client) = seeded().await;
    use RoleInGroupRole as R;
    assert_eq!(
        roles(&client, "pub", &["alice", "bob", "dave"]).await,
        [R::Owner, R::Member, R::NotMember]
    );
    client
        .change_group_owner(&ChangeGroupOwnerRequest::group_id("pub").new_owner_account("bob"))
        .await
        .unwrap();
    assert_eq!(
        roles(&client, "pub", &["alice", "bob"]).await,
        [R::Member, R::Owner]
    );
    assert_eq!(
        emulator.state().group("pub").unwrap().owner.as_deref(),
        Some("bob")
    );
    // The new owner must be a member; audio-video groups have no transfer.
    let r = ChangeGroupOwnerRequest::group_id("pub").new_owner_account("dave");
    assert_eq!(code(client.change_group_owner(&r).await), 10004);
    let r = ChangeGroupOwnerRequest::group_id("live").new_owner_account("bob");
    assert_eq!(code(client.change_group_owner(&r).await), 10007);
    let r = ChangeGroupOwnerRequest::group_id("nope").new_owner_account("bob");
    assert_eq!(code(client.change_group_owner(&r).await), 10010);
    // get_role_in_group refuses audio-video groups.
    let r = GetRoleInGroupRequest::new("live", ["bob"]);
    assert_eq!(code(client.get_role_in_group(&r).await), 10007);
}

#[tokio::test]
async fn modify_group_base_info_is_read_back_and_mutes_everyone() {
    let (_emulator, client) = seeded().await;
    let r: ModifyGroupBaseInfoRequest = req(json!({
        "GroupId": "pub",
        "Name": "New name",
        "Notification": "Notice",
        "MaxMemberNum": 50,
        "MuteAllMember": "On",
        "AppDefinedData": [{"Key": "K1", "Value": "v1"}, {"Key": "K2", "Value": "v2"}]
    }));
    client.modify_group_base_info(&r).await.unwrap();
    let r: ModifyGroupBaseInfoRequest =
        req(json!({"GroupId": "pub", "AppDefinedData": [{"Key": "K2", "Value": ""}]}));
    client.modify_group_base_info(&r).await.unwrap();
    let info = client
        .get_group_info(&GetGroupInfoRequest::new(["pub"]))
        .await
        .unwrap()
        .group_info;
    let g = &info[0];
    assert_eq!(g.name.as_deref(), Some("New name"));
    assert_eq!(g.notification.as_deref(), Some("Notice"));
    assert_eq!(g.max_member_num, Some(50));
    assert_eq!(g.mute_all_member, Some(OnOff::On));
    let keys: Vec<&str> = g
        .app_defined_data
        .iter()
        .flatten()
        .map(|d| d.key.as_str())
        .collect();
    assert_eq!(keys, ["K1"]);
    // Mute-all: ordinary members may not post, the owner may.
    assert_eq!(
        code(client.send_group_msg(&text("pub", "bob", 1)).await),
        10017
    );
    assert_eq!(
        code(client.send_group_msg(&text("pub", "alice", 2)).await),
        0
    );
    let r: ModifyGroupBaseInfoRequest = req(json!({"GroupId": "pub", "MuteAllMember": "Off"}));
    client.modify_group_base_info(&r).await.unwrap();
    assert_eq!(code(client.send_group_msg(&text("pub", "bob", 3)).await), 0);
    let r: ModifyGroupBaseInfoRequest = req(json!({"GroupId": "nope", "Name": "x"}));
    assert_eq!(code(client.modify_group_base_info(&r).await), 10010);
}

#[tokio::test]
async fn modify_group_member_info_sets_role_and_name_card() {
    let (_emulator, client) = seeded().await;
    let r: ModifyGroupMemberInfoRequest = req(json!({
        "GroupId": "pub", "Member_Account": "bob", "Role": "Admin", "NameCard": "Bobby",
        "AppMemberDefinedData": [{"Key": "M1", "Value": "x"}]
    }));
    client.modify_group_member_info(&r).await.unwrap();
    assert_eq!(
        roles(&client, "pub", &["bob"]).await,
        [RoleInGroupRole::Admin]
    );
    let members = client
        .get_group_member_info(&GetGroupMemberInfoRequest::new("pub"))
        .await
        .unwrap()
        .member_list;
    let bob = members.iter().find(|m| m.member_account == "bob").unwrap();
    assert_eq!(bob.name_card.as_deref(), Some("Bobby"));
    // Not a member; the owner's role; audio-video groups.
    let r: ModifyGroupMemberInfoRequest =
        req(json!({"GroupId": "pub", "Member_Account": "dave", "NameCard": "d"}));
    assert_eq!(code(client.modify_group_member_info(&r).await), 10007);
    let r: ModifyGroupMemberInfoRequest =
        req(json!({"GroupId": "pub", "Member_Account": "alice", "Role": "Member"}));
    assert_eq!(code(client.modify_group_member_info(&r).await), 10004);
    let r: ModifyGroupMemberInfoRequest =
        req(json!({"GroupId": "live", "Member_Account": "bob", "NameCard": "b"}));
    assert_eq!(code(client.modify_group_member_info(&r).await), 10007);
}

#[tokio::test]
async fn get_appid_group_list_pages_with_next() {
    let (emulator, client) = seeded().await;
    emulator.with_state(|s| {
        for i in 0..5 {
            s.add_group(
                format!("w{i}"),
                Group::new(GroupType::Private).owner("alice"),
            );
        }
    });
    let mut seen = Vec::new();
    let mut next = 0u64;
    loop {
        let r: GetAppidGroupListRequest = req(json!({"Limit": 3, "Next": next}));
        let answer = client.get_appid_group_list(&r).await.unwrap();
        assert_eq!(answer.total_count, 7);
        seen.extend(answer.group_id_list.into_iter().map(|g| g.group_id));
        next = answer.next;
        if next == 0 {
            break;
        }
    }
    assert_eq!(seen.len(), 7);
    let r: GetAppidGroupListRequest = req(json!({"GroupType": "Private"}));
    let answer = client.get_appid_group_list(&r).await.unwrap();
    assert_eq!(answer.total_count, 5);
    assert_eq!(answer.next, 0);
    // A group created by another call is listed.
    let r: ImportGroupRequest = req(json!({"Type": "Public", "GroupId": "imp", "Name": "i"}));
    client.import_group(&r).await.unwrap();
    let r: GetAppidGroupListRequest = req(json!({"GroupType": "Public"}));
    let ids: Vec<String> = client
        .get_appid_group_list(&r)
        .await
        .unwrap()
        .group_id_list
        .into_iter()
        .map(|g| g.group_id)
        .collect();
    assert_eq!(ids, ["imp", "pub"]);
}

async fn joined(
    client: &Client,
    v: Value,
) -> Result<
    tencent_chat::group_open_http_svc::GetJoinedGroupListResponse,
    Error<tencent_chat::group_open_http_svc::GetJoinedGroupListError>,
> {
    let r: GetJoinedGroupListRequest = req(v);
    client.get_joined_group_list(&r).await
}

#[tokio::test]
async fn get_joined_group_list_filters_and_pages() {
    let (emulator, client) = seeded().await;
    emulator.with_state(|s| {
        // A Work group without messages is not active.
        s.add_group("work", Group::new(GroupType::Private).owner("bob"));
    });
    let ids =
        |answer: &tencent_chat::group_open_http_svc::GetJoinedGroupListResponse| -> Vec<String> {
            answer
                .group_id_list
                .iter()
                .map(|g| g.group_id.clone())
                .collect()
        };
    let a = joined(&client, json!({"Member_Account": "bob"}))
        .await
        .unwrap();
    assert_eq!((a.total_count, ids(&a)), (1, vec!["pub".to_owned()]));
    let a = joined(
        &client,
        json!({"Member_Account": "bob", "WithHugeGroups": 1, "WithNoActiveGroups": 1}),
    )
    .await
    .unwrap();
    assert_eq!(a.total_count, 3);
    let a = joined(
        &client,
        json!({
            "Member_Account": "bob", "WithHugeGroups": 1, "WithNoActiveGroups": 1,
            "Limit": 2, "Offset": 2,
            "ResponseFilter": {"GroupBaseInfoFilter": ["Type", "Name"], "SelfInfoFilter": ["Role"]}
        }),
    )
    .await
    .unwrap();
    assert_eq!(a.total_count, 3);
    assert_eq!(a.group_id_list.len(), 1);
    let g = &a.group_id_list[0];
    assert_eq!(g.group_id, "work");
    assert_eq!(g.r#type, Some(GroupType::Private));
    assert_eq!(
        g.self_info.as_ref().and_then(|s| s.role.clone()),
        Some(MemberRole::Owner)
    );
    // A change made by another call shows: ownership.
    client
        .change_group_owner(&ChangeGroupOwnerRequest::group_id("pub").new_owner_account("bob"))
        .await
        .unwrap();
    let a = joined(&client, json!({"Member_Account": "bob", "ResponseFilter": {"SelfInfoFilter": ["Role", "JoinTime"]}}))
        .await
        .unwrap();
    let own = a.group_id_list[0].self_info.clone().unwrap();
    assert_eq!(own.role, Some(MemberRole::Owner));
    assert!(own.join_time.unwrap() <= now());
    // An account that is not imported.
    assert_eq!(
        code(joined(&client, json!({"Member_Account": "nobody"})).await),
        10004
    );
}

/// Every item of a paged call, following the spec's paging key page by page.
async fn all_items<R: tencent_chat::Paged>(client: &Client, first: R) -> (Vec<R::Item>, usize)
where
    R::Error: std::fmt::Debug,
{
    let (mut request, mut items, mut received, mut calls) = (first, Vec::new(), 0u64, 0);
    loop {
        let response = client.call(&request).await.unwrap();
        calls += 1;
        received += R::page_len(&response) as u64;
        let next = request.next_page(&response, received).unwrap();
        items.extend(R::into_items(response));
        match next {
            Some(n) => request = n,
            None => return (items, calls),
        }
    }
}

#[tokio::test]
async fn the_paging_keys_walk_every_page() {
    let (emulator, client) = seeded().await;
    emulator.with_state(|s| {
        for i in 0..5 {
            s.add_group(
                format!("w{i}"),
                Group::new(GroupType::Public)
                    .owner("alice")
                    .members(["bob"]),
            );
        }
    });
    // get_appid_group_list: Next until it is 0.
    let r: GetAppidGroupListRequest = req(json!({"Limit": 2}));
    let (ids, calls) = all_items(&client, r).await;
    assert_eq!(ids.len(), 7);
    assert_eq!(calls, 4);
    // get_joined_group_list: Offset and Limit until a short page or the total.
    let r: GetJoinedGroupListRequest = req(json!({"Member_Account": "bob", "Limit": 2}));
    let (groups, calls) = all_items(&client, r).await;
    let ids: Vec<String> = groups.into_iter().map(|g| g.group_id).collect();
    assert_eq!(ids, ["pub", "w0", "w1", "w2", "w3", "w4"]);
    assert_eq!(calls, 3);
}
