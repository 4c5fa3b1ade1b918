//! Operations calls through `tencent_chat::Client` against the emulator: app-wide
//! mutes (read back, and enforced by send_group_msg), statistics, the IP list and
//! message archives.

use crate::support::text;
use tencent_chat::config_svc::GetIpListRequest;
use tencent_chat::group_open_http_svc::{SendGroupMsgError, SendGroupMsgRequest};
use tencent_chat::open_msg_svc::{GetHistoryChatType, GetHistoryError, GetHistoryRequest};
use tencent_chat::openconfigsvr::{
    GetappinfoRequest, GetnospeakingError, GetnospeakingRequest, SetnospeakingError,
    SetnospeakingRequest,
};
use tencent_chat_emulator::{Emulator, Group, GroupType};

#[tokio::test]
async fn a_global_mute_is_read_back_and_stops_group_messages() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice", "bob"]);
        s.add_group(
            "g",
            Group::new(GroupType::Public)
                .owner("alice")
                .members(["bob"]),
        );
    });
    let client = emulator.client().unwrap();
    client
        .setnospeaking(
            &SetnospeakingRequest::new("bob")
                .c2c_msg_nospeaking_time(u32::MAX)
                .group_msg_nospeaking_time(7200),
        )
        .await
        .unwrap();
    let read = client
        .getnospeaking(&GetnospeakingRequest::new("bob"))
        .await
        .unwrap();
    assert_eq!(read.c2c_msg_nospeaking_time, u32::MAX);
    assert!((7190..=7200).contains(&read.group_msg_nospeaking_time));

    // send_group_msg observes the group mute.
    let err = client
        .send_group_msg(&SendGroupMsgRequest::new("g", 1, text("hi")).from_account("bob"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SendGroupMsgError::GroupSenderMuted
    );
    client
        .send_group_msg(&SendGroupMsgRequest::new("g", 2, text("hi")).from_account("alice"))
        .await
        .unwrap();

    // Lifting the group mute keeps the one-to-one mute.
    client
        .setnospeaking(&SetnospeakingRequest::new("bob").group_msg_nospeaking_time(0))
        .await
        .unwrap();
    let read = client
        .getnospeaking(&GetnospeakingRequest::new("bob"))
        .await
        .unwrap();
    assert_eq!(
        (read.c2c_msg_nospeaking_time, read.group_msg_nospeaking_time),
        (u32::MAX, 0)
    );
    client
        .send_group_msg(&SendGroupMsgRequest::new("g", 3, text("back")).from_account("bob"))
        .await
        .unwrap();
}

#[tokio::test]
async fn mute_calls_answer_their_documented_codes() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| s.add_accounts(["bob"]));
    let client = emulator.client().unwrap();
    let err = client
        .setnospeaking(&SetnospeakingRequest::new("bob"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SetnospeakingError::ConfigNoMuteTimeGiven
    );
    let err = client
        .setnospeaking(&SetnospeakingRequest::new("nobody").c2c_msg_nospeaking_time(60))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SetnospeakingError::ConfigSetAccountInvalid
    );
    let err = client
        .getnospeaking(&GetnospeakingRequest::new("nobody"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetnospeakingError::ConfigGetAccountInvalid
    );
    let read = client
        .getnospeaking(&GetnospeakingRequest::new("bob"))
        .await
        .unwrap();
    assert_eq!(
        (read.c2c_msg_nospeaking_time, read.group_msg_nospeaking_time),
        (0, 0)
    );
}

#[tokio::test]
async fn getappinfo_answers_the_emulators_counts() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["a", "b", "c"]);
        s.add_group("g", Group::new(GroupType::Public).owner("a"));
    });
    let client = emulator.client().unwrap();
    let all = client.getappinfo(&GetappinfoRequest::new()).await.unwrap();
    let day = serde_json::to_value(&all.result[0]).unwrap();
    assert_eq!(day["RegistUserNumTotal"], "3");
    assert_eq!(day["GroupAllGroupNum"], "1");
    assert_eq!(day["Date"].as_str().unwrap().len(), 8);
    let some: GetappinfoRequest =
        serde_json::from_value(serde_json::json!({"RequestField": ["GroupAllGroupNum"]})).unwrap();
    let chosen = client.getappinfo(&some).await.unwrap();
    let day = serde_json::to_value(&chosen.result[0]).unwrap();
    let keys: Vec<&String> = day.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["Date", "GroupAllGroupNum"]);
}

#[tokio::test]
async fn get_ip_list_answers_the_documented_shape() {
    let emulator = Emulator::start().await.unwrap();
    let client = emulator.client().unwrap();
    let list = client.get_ip_list(&GetIpListRequest::new()).await.unwrap();
    assert!(!list.ip_list.is_empty());
}

#[tokio::test]
async fn get_history_links_past_hours_and_refuses_the_future() {
    let emulator = Emulator::start().await.unwrap();
    let client = emulator.client().unwrap();
    let files = client
        .get_history(&GetHistoryRequest::new(
            GetHistoryChatType::Group,
            "2015120121",
        ))
        .await
        .unwrap();
    assert_eq!(files.file.len(), 1);
    assert!(files.file[0].url.contains("Group_2015120121"));
    let err = client
        .get_history(&GetHistoryRequest::new(
            GetHistoryChatType::C2C,
            "2999010100",
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetHistoryError::OpsFileNotReady
    );
    let err = client
        .get_history(&GetHistoryRequest::new(
            GetHistoryChatType::C2C,
            "2015133021",
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetHistoryError::OpsInvalidParameter
    );
}
