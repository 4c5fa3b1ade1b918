//! Moderation through `tencent_chat::Client` against the emulator: mutes (and the
//! legacy path of the muted-account list), bans of audio-video groups, and the
//! audio-video calls served by the generic tier.

use crate::support::{code, req};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use tencent_chat::Client;
use tencent_chat::envelope::QUERY;
use tencent_chat::group_open_avchatroom_http_svc::{GetMembersRequest, ModifyUserInfoRequest};
use tencent_chat::group_open_http_svc::{
    AddGroupMemberRequest, AddedGroupMemberResult, BanGroupMemberRequest, DeleteGroupMemberRequest,
    ForbidSendMsgRequest, GET_GROUP_MUTED_ACCOUNT, GetGroupBanMemberRequest,
    GetGroupMemberInfoRequest, GetGroupMutedAccountRequest, GetOnlineMemberNumRequest,
    ModifyGroupMemberInfoRequest, SendGroupMsgRequest, UnbanGroupMemberRequest,
};
use tencent_chat_emulator::{Ban, Emulator, Group, GroupType};

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn text(group: &str, from: &str) -> SendGroupMsgRequest {
    req(json!({
        "GroupId": group,
        "From_Account": from,
        "Random": fastrand_u32(),
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]
    }))
}

/// A Random that differs between calls (repeats within five minutes are discarded).
fn fastrand_u32() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
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
            "work",
            Group::new(GroupType::Private)
                .owner("alice")
                .members(["bob"]),
        );
        s.add_group(
            "live",
            Group::new(GroupType::AvChatRoom)
                .owner("alice")
                .members(["bob", "carol"]),
        );
    });
    let client = emulator.client().unwrap();
    (emulator, client)
}

async fn muted(client: &Client, group: &str) -> Vec<(String, u64)> {
    client
        .get_group_muted_account(&GetGroupMutedAccountRequest::new(group))
        .await
        .unwrap()
        .muted_account_list
        .into_iter()
        .map(|m| (m.member_account, m.muted_until))
        .collect()
}

#[tokio::test]
async fn forbid_send_msg_mutes_until_the_time_passes() {
    let (emulator, client) = seeded().await;
    let mute = |secs: u32| -> ForbidSendMsgRequest {
        req(json!({"GroupId": "pub", "Members_Account": ["bob"], "MuteTime": secs}))
    };
    client.forbid_send_msg(&mute(60)).await.unwrap();
    // send_group_msg refuses the muted member, not the others.
    assert_eq!(
        code(client.send_group_msg(&text("pub", "bob")).await),
        10017
    );
    assert_eq!(code(client.send_group_msg(&text("pub", "carol")).await), 0);
    // get_group_muted_account reads the mute.
    let list = muted(&client, "pub").await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].0, "bob");
    assert!(list[0].1 >= now() + 58 && list[0].1 <= now() + 61);
    // Once the end has passed, the member may post and is no longer listed.
    emulator.with_state(|s| {
        s.group_mut("pub")
            .unwrap()
            .members
            .get_mut("bob")
            .unwrap()
            .shut_up_until = now() - 1;
    });
    assert_eq!(code(client.send_group_msg(&text("pub", "bob")).await), 0);
    assert!(muted(&client, "pub").await.is_empty());
    // MuteTime 0 lifts a mute.
    client.forbid_send_msg(&mute(60)).await.unwrap();
    client.forbid_send_msg(&mute(0)).await.unwrap();
    assert_eq!(code(client.send_group_msg(&text("pub", "bob")).await), 0);
    // 4294967295 mutes for good.
    client.forbid_send_msg(&mute(u32::MAX)).await.unwrap();
    assert_eq!(
        muted(&client, "pub").await,
        [("bob".to_owned(), 4_294_967_295)]
    );
}

#[tokio::test]
async fn forbid_send_msg_follows_the_group_type_table() {
    let (_emulator, client) = seeded().await;
    // Work groups cannot mute members.
    let r: ForbidSendMsgRequest =
        req(json!({"GroupId": "work", "Members_Account": ["bob"], "MuteTime": 60}));
    assert_eq!(code(client.forbid_send_msg(&r).await), 10007);
    let r: ForbidSendMsgRequest =
        req(json!({"GroupId": "nope", "Members_Account": ["bob"], "MuteTime": 60}));
    assert_eq!(code(client.forbid_send_msg(&r).await), 10010);
    // Audio-video groups keep no member list: the mute of anyone holds.
    let r: ForbidSendMsgRequest =
        req(json!({"GroupId": "live", "Members_Account": ["dave"], "MuteTime": 600}));
    client.forbid_send_msg(&r).await.unwrap();
    assert_eq!(
        code(client.send_group_msg(&text("live", "dave")).await),
        10017
    );
    assert_eq!(muted(&client, "live").await.len(), 1);
}

#[tokio::test]
async fn modify_group_member_info_mutes_too() {
    let (_emulator, client) = seeded().await;
    let r: ModifyGroupMemberInfoRequest =
        req(json!({"GroupId": "pub", "Member_Account": "carol", "MuteTime": 3600}));
    client.modify_group_member_info(&r).await.unwrap();
    assert_eq!(
        code(client.send_group_msg(&text("pub", "carol")).await),
        10017
    );
    let list = muted(&client, "pub").await;
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].0, "carol");
    // get_group_member_info shows the same end.
    let members = client
        .get_group_member_info(&GetGroupMemberInfoRequest::new("pub"))
        .await
        .unwrap()
        .member_list;
    let carol = members
        .iter()
        .find(|m| m.member_account == "carol")
        .unwrap();
    assert_eq!(carol.mute_until, Some(list[0].1));
}

/// A raw call of `path` with the admin's query parameters.
async fn raw(emulator: &Emulator, path: &str, body: Value) -> Value {
    let credentials = emulator.credentials();
    let sig = credentials.sign(now(), 3600);
    let mut query = vec![
        (QUERY.app_id.to_owned(), credentials.app_id().to_string()),
        (
            QUERY.identifier.to_owned(),
            credentials.admin_identifier().to_owned(),
        ),
        (QUERY.signature.to_owned(), sig.expose().to_owned()),
        (QUERY.nonce.to_owned(), "12345".to_owned()),
    ];
    query.extend(
        QUERY
            .fixed
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    let response = reqwest::Client::new()
        .post(format!("{}/{path}", emulator.base_url()))
        .query(&query)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    let text = response.text().await.unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[tokio::test]
async fn the_legacy_path_answers_as_get_group_muted_account() {
    let (emulator, client) = seeded().await;
    let legacy = "v4/group_open_http_svc/get_group_shutted_uin";
    assert_eq!(GET_GROUP_MUTED_ACCOUNT.legacy_paths, [legacy]);
    assert!(GET_GROUP_MUTED_ACCOUNT.answers_to(&format!("/{legacy}")));
    assert!(GET_GROUP_MUTED_ACCOUNT.answers_to(GET_GROUP_MUTED_ACCOUNT.path));
    let r: ForbidSendMsgRequest =
        req(json!({"GroupId": "pub", "Members_Account": ["bob"], "MuteTime": 60}));
    client.forbid_send_msg(&r).await.unwrap();
    let answer = raw(&emulator, legacy, json!({"GroupId": "pub"})).await;
    assert_eq!(answer["ErrorCode"], 0, "{answer}");
    assert_eq!(answer["MutedAccountList"][0]["Member_Account"], "bob");
    // The same endpoint: its errors, its call count.
    let answer = raw(&emulator, legacy, json!({"GroupId": "nope"})).await;
    assert_eq!(answer["ErrorCode"], 10010);
    assert_eq!(emulator.calls(legacy).unwrap(), 2);
    assert_eq!(emulator.calls(GET_GROUP_MUTED_ACCOUNT.path).unwrap(), 2);
    // The listing names the documented path only.
    assert!(!emulator.endpoints().contains(&legacy));
}

async fn bans(client: &Client, group: &str, limit: u32, offset: u32) -> (Vec<String>, u32) {
    let r: GetGroupBanMemberRequest =
        req(json!({"GroupId": group, "Limit": limit, "Offset": offset}));
    let answer = client.get_group_ban_member(&r).await.unwrap();
    (
        answer
            .banned_account_list
            .into_iter()
            .map(|b| b.member_account)
            .collect(),
        answer.next_offset,
    )
}

#[tokio::test]
async fn bans_remove_the_member_and_are_listed_until_lifted() {
    let (emulator, client) = seeded().await;
    let r: BanGroupMemberRequest = req(json!({
        "GroupId": "live",
        "Members_Account": ["bob", "carol"],
        "Duration": 3600,
        "Description": "spam"
    }));
    client.ban_group_member(&r).await.unwrap();
    let state = emulator.state();
    let live = state.group("live").unwrap();
    assert!(!live.members.contains_key("bob"));
    assert_eq!(live.bans["bob"].reason.as_deref(), Some("spam"));
    assert!(live.bans["bob"].until >= now() + 3598);
    // Paged with Offset and NextOffset.
    assert_eq!(
        bans(&client, "live", 1, 0).await,
        (vec!["bob".to_owned()], 1)
    );
    assert_eq!(
        bans(&client, "live", 1, 1).await,
        (vec!["carol".to_owned()], 0)
    );
    let r: UnbanGroupMemberRequest = req(json!({"GroupId": "live", "Members_Account": ["carol"]}));
    client.unban_group_member(&r).await.unwrap();
    assert_eq!(
        bans(&client, "live", 100, 0).await,
        (vec!["bob".to_owned()], 0)
    );
    // An ended ban is not listed.
    emulator.with_state(|s| {
        s.group_mut("live")
            .unwrap()
            .bans
            .get_mut("bob")
            .unwrap()
            .until = 1
    });
    assert_eq!(bans(&client, "live", 100, 0).await, (vec![], 0));
}

#[tokio::test]
async fn bans_exist_only_in_audio_video_groups() {
    let (_emulator, client) = seeded().await;
    let r: BanGroupMemberRequest =
        req(json!({"GroupId": "pub", "Members_Account": ["bob"], "Duration": 60}));
    assert_eq!(code(client.ban_group_member(&r).await), 10007);
    let r: UnbanGroupMemberRequest = req(json!({"GroupId": "pub", "Members_Account": ["bob"]}));
    assert_eq!(code(client.unban_group_member(&r).await), 10007);
    let r: GetGroupBanMemberRequest = req(json!({"GroupId": "pub", "Offset": 0}));
    assert_eq!(code(client.get_group_ban_member(&r).await), 10007);
    let r: GetGroupBanMemberRequest = req(json!({"GroupId": "nope", "Offset": 0}));
    assert_eq!(code(client.get_group_ban_member(&r).await), 10010);
}

#[tokio::test]
async fn a_banned_account_is_not_added_back_until_the_ban_ends() {
    let (emulator, client) = seeded().await;
    emulator.with_state(|s| {
        s.group_mut("pub")
            .unwrap()
            .bans
            .insert("dave".to_owned(), Ban::new(now() + 3600));
    });
    let add: AddGroupMemberRequest =
        req(json!({"GroupId": "pub", "MemberList": [{"Member_Account": "dave"}]}));
    let answer = client.add_group_member(&add).await.unwrap();
    assert_eq!(answer.member_list[0].result, AddedGroupMemberResult::Failed);
    emulator.with_state(|s| {
        s.group_mut("pub").unwrap().bans.remove("dave");
    });
    let answer = client.add_group_member(&add).await.unwrap();
    assert_eq!(answer.member_list[0].result, AddedGroupMemberResult::Added);
}

#[tokio::test]
async fn audio_video_calls_of_the_generic_tier() {
    let (_emulator, client) = seeded().await;
    let online = client
        .get_online_member_num(&GetOnlineMemberNumRequest::new("live"))
        .await
        .unwrap();
    let _ = online.online_member_num;
    assert_eq!(
        code(
            client
                .get_online_member_num(&GetOnlineMemberNumRequest::new("pub"))
                .await
        ),
        10007
    );
    let r: GetMembersRequest = req(json!({"GroupId": "live", "Timestamp": 0}));
    client.get_members(&r).await.unwrap();
    let r: GetMembersRequest = req(json!({"GroupId": "pub", "Timestamp": 0}));
    assert_eq!(code(client.get_members(&r).await), 10007);
    let marks = json!([{"Member_Account": "bob", "Marks": [1000]}]);
    let r: ModifyUserInfoRequest =
        req(json!({"GroupId": "live", "CommandType": 1, "MemberList": marks}));
    client.modify_user_info(&r).await.unwrap();
    let r: ModifyUserInfoRequest =
        req(json!({"GroupId": "nope", "CommandType": 1, "MemberList": marks}));
    assert_eq!(code(client.modify_user_info(&r).await), 10010);
}

#[tokio::test]
async fn a_mute_outlives_leaving_and_joining_again() {
    let (_emulator, client) = seeded().await;
    let r: ForbidSendMsgRequest =
        req(json!({"GroupId": "pub", "Members_Account": ["bob"], "MuteTime": 600}));
    client.forbid_send_msg(&r).await.unwrap();
    let r: DeleteGroupMemberRequest =
        req(json!({"GroupId": "pub", "MemberToDel_Account": ["bob"]}));
    client.delete_group_member(&r).await.unwrap();
    assert_eq!(muted(&client, "pub").await.len(), 1);
    let r: AddGroupMemberRequest =
        req(json!({"GroupId": "pub", "MemberList": [{"Member_Account": "bob"}]}));
    client.add_group_member(&r).await.unwrap();
    assert_eq!(
        code(client.send_group_msg(&text("pub", "bob")).await),
        10017
    );
    let list = muted(&client, "pub").await;
    assert_eq!(list.len(), 1);
    assert!(list[0].1 > now() + 590);
}

#[tokio::test]
async fn get_group_ban_member_pages_with_next_offset() {
    let (_emulator, client) = seeded().await;
    let r: BanGroupMemberRequest = req(json!({
        "GroupId": "live",
        "Members_Account": ["a1", "a2", "a3", "a4", "a5"],
        "Duration": 600
    }));
    client.ban_group_member(&r).await.unwrap();
    let mut request: GetGroupBanMemberRequest =
        req(json!({"GroupId": "live", "Limit": 2, "Offset": 0}));
    let (mut seen, mut received) = (Vec::new(), 0u64);
    loop {
        let response = client.get_group_ban_member(&request).await.unwrap();
        received += response.banned_account_list.len() as u64;
        let next = tencent_chat::Paged::next_page(&request, &response, received).unwrap();
        seen.extend(
            response
                .banned_account_list
                .into_iter()
                .map(|b| b.member_account),
        );
        match next {
            Some(n) => request = n,
            None => break,
        }
    }
    assert_eq!(seen, ["a1", "a2", "a3", "a4", "a5"]);
}
