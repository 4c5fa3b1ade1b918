//! Topics of communities through `tencent_chat::Client`: created, imported, read,
//! changed and deleted, with the documented codes; messages sent to a topic.

use tencent_chat::group_open_http_svc::{
    ImportTopicError, ImportTopicRequest, SendGroupMsgRequest,
};
use tencent_chat::million_group_open_http_svc::{
    CREATE_TOPIC_CUSTOM_ID_INFIX, CreateTopicError, CreateTopicRequest, DestroyTopicError,
    DestroyTopicRequest, GetTopicError, GetTopicRequest, GetTopicResponseFilterItem,
    ModifyTopicError, ModifyTopicRequest, TopicAndSelfInfo,
};
use tencent_chat::types::{MsgElement, OnOff, TextElem};
use tencent_chat::{Client, EndpointError};
use tencent_chat_emulator::{Emulator, Group, GroupType};

const C: &str = "@TGS#_community";

async fn seeded() -> Emulator {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice", "bob"]);
        let mut community = Group::new(GroupType::Community)
            .owner("alice")
            .members(["bob"]);
        community.support_topic = true;
        s.add_group(C, community);
        s.add_group(
            "@TGS#_plain",
            Group::new(GroupType::Community).owner("alice"),
        );
        s.add_group("pub", Group::new(GroupType::Public).owner("alice"));
    });
    emulator
}

async fn topics(client: &Client, ids: Option<Vec<String>>) -> Vec<TopicAndSelfInfo> {
    let mut req = GetTopicRequest::group_id(C).from_account("bob");
    req.topic_id_list = ids;
    client
        .get_topic(&req)
        .await
        .unwrap()
        .topic_and_self_info
        .unwrap_or_default()
}

fn custom(part: &str) -> String {
    format!("{C}{CREATE_TOPIC_CUSTOM_ID_INFIX}{part}")
}

#[tokio::test]
async fn created_topics_are_listed_changed_and_deleted() {
    let emulator = seeded().await;
    let client = emulator.client().unwrap();
    assert!(topics(&client, None).await.is_empty());
    let assigned = client
        .create_topic(&CreateTopicRequest::group_id(C).topic_name("first"))
        .await
        .unwrap()
        .topic_id;
    assert!(
        assigned.starts_with(&format!("{C}{CREATE_TOPIC_CUSTOM_ID_INFIX}")),
        "{assigned}"
    );
    let mut req = CreateTopicRequest::group_id(C).topic_name("second");
    req.topic_id = Some(custom("news"));
    req.notification = Some("read me".to_owned());
    let named = client.create_topic(&req).await.unwrap().topic_id;
    assert_eq!(named, custom("news"));

    let all = topics(&client, None).await;
    assert_eq!(all.len(), 2);
    let names: Vec<String> = all
        .iter()
        .map(|t| t.topic_info.as_ref().unwrap().topic_name.clone().unwrap())
        .collect();
    assert!(names.contains(&"first".to_owned()) && names.contains(&"second".to_owned()));

    // Modify: read back by get_topic, with a filter.
    let mut change = ModifyTopicRequest::group_id(C).topic_id(named.clone());
    change.topic_name = Some("headlines".to_owned());
    change.mute_all_member = Some(OnOff::On);
    client.modify_topic(&change).await.unwrap();
    let mut req = GetTopicRequest::group_id(C).from_account("bob");
    req.topic_id_list = Some(vec![named.clone()]);
    req.response_filter = Some(vec![
        GetTopicResponseFilterItem::TopicName,
        GetTopicResponseFilterItem::MuteAllMember,
    ]);
    let got = client
        .get_topic(&req)
        .await
        .unwrap()
        .topic_and_self_info
        .unwrap();
    let info = got[0].topic_info.as_ref().unwrap();
    assert_eq!(got[0].error_code, 0);
    assert_eq!(info.topic_name.as_deref(), Some("headlines"));
    assert_eq!(info.mute_all_member, Some(OnOff::On));
    assert_eq!(info.notification, None, "not in the filter");
    assert_eq!(info.group_id.as_deref(), Some(C));

    // Messages sent to the topic are counted in it.
    let mut send = SendGroupMsgRequest::new(C, 7, vec![MsgElement::Text(TextElem::new("hi"))]);
    send.topic_id = Some(named.clone());
    let sent = client.send_group_msg(&send).await.unwrap();
    let got = topics(&client, Some(vec![named.clone()])).await;
    let info = got[0].topic_info.as_ref().unwrap();
    assert_eq!(info.next_msg_seq, Some(sent.msg_seq + 1));
    assert_eq!(info.last_msg_time, Some(sent.msg_time));

    // Delete: per-topic results, and get_topic answers 110003 for it afterwards.
    let answer = client
        .destroy_topic(&DestroyTopicRequest::new(
            C,
            [named.clone(), custom("never")],
        ))
        .await
        .unwrap();
    let results = answer.destroy_result_item.unwrap();
    assert_eq!(results[0].error_code, 0);
    assert_eq!(
        results[1].error_code,
        DestroyTopicError::TopicAlreadyDeleted.code()
    );
    let got = topics(&client, Some(vec![named.clone(), assigned.clone()])).await;
    assert_eq!(got[0].error_code, GetTopicError::TopicAlreadyDeleted.code());
    assert_eq!(got[1].error_code, 0);
    let state = emulator.state();
    let g = state.group(C).unwrap();
    assert_eq!(g.topics.len(), 1);
    assert!(
        g.messages
            .iter()
            .all(|m| m.topic_id.as_deref() != Some(named.as_str()))
    );
}

#[tokio::test]
async fn imported_topics_keep_their_creation_time() {
    let emulator = seeded().await;
    let client = emulator.client().unwrap();
    let mut req = ImportTopicRequest::group_id(C).topic_name("old");
    req.create_time = Some(1_448_357_837);
    let id = client.import_topic(&req).await.unwrap().topic_id;
    let got = topics(&client, Some(vec![id.clone()])).await;
    let info = got[0].topic_info.as_ref().unwrap();
    assert_eq!(info.create_time, Some(1_448_357_837));
    assert_eq!(info.topic_name.as_deref(), Some("old"));
    // The same custom ID twice: 10021 for an import.
    let mut req = ImportTopicRequest::group_id(C).topic_name("again");
    req.topic_id = Some(custom("dup"));
    client.import_topic(&req).await.unwrap();
    let err = client.import_topic(&req).await.unwrap_err();
    assert_eq!(err.service().unwrap().kind, ImportTopicError::GroupIdInUse);
}

#[tokio::test]
async fn topic_calls_answer_their_documented_codes() {
    let emulator = seeded().await;
    let client = emulator.client().unwrap();
    // Not a community: the group-type rule (11000).
    let err = client
        .create_topic(&CreateTopicRequest::group_id("pub").topic_name("t"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        CreateTopicError::CommunityNotEnabled
    );
    // A community without topics: 11000 as well.
    let err = client
        .create_topic(&CreateTopicRequest::group_id("@TGS#_plain").topic_name("t"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        CreateTopicError::CommunityNotEnabled
    );
    // A missing group: 10010 (10015 for destroy_topic, whose page has no 10010).
    let err = client
        .create_topic(&CreateTopicRequest::group_id("@TGS#_nope").topic_name("t"))
        .await
        .unwrap_err();
    assert_eq!(err.service().unwrap().kind, CreateTopicError::GroupNotFound);
    let err = client
        .destroy_topic(&DestroyTopicRequest::new("@TGS#_nope", ["x".to_owned()]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        DestroyTopicError::GroupInvalidGroupId
    );
    // A custom ID of the wrong form: 10004; one in use: 10025.
    let mut req = CreateTopicRequest::group_id(C).topic_name("t");
    req.topic_id = Some("mine".to_owned());
    let err = client.create_topic(&req).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        CreateTopicError::GroupInvalidParameter
    );
    req.topic_id = Some(custom("x"));
    client.create_topic(&req).await.unwrap();
    let err = client.create_topic(&req).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        CreateTopicError::GroupIdOwnedByOperator
    );
    // Changing a topic that does not exist: 10010.
    let err = client
        .modify_topic(&ModifyTopicRequest::group_id(C).topic_id(custom("nope")))
        .await
        .unwrap_err();
    assert_eq!(err.service().unwrap().kind, ModifyTopicError::GroupNotFound);
    // get_topic's From_Account must be an imported account (10004).
    let err = client
        .get_topic(&GetTopicRequest::group_id(C).from_account("nobody"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetTopicError::GroupInvalidParameter
    );
}
