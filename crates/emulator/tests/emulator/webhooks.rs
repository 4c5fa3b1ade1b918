//! The emulator calls back the project's own handler (`tencent_chat::webhook`) end to
//! end: signed callbacks with the documented payloads, "before" answers honoured
//! (refuse, discard, rewrite, no answer in time), "after" callbacks once the change
//! is applied.

use crate::support::{code, req, text};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper_util::rt::TokioIo;
use tencent_chat::group_open_http_svc::{
    AddGroupMemberItem, AddGroupMemberRequest, CreateGroupError, CreateGroupRequest,
    DeleteGroupMemberRequest, DestroyGroupRequest, GroupMsgGetSimpleRequest, SendGroupMsgError,
    SendGroupMsgRequest,
};
use tencent_chat::types::MsgElement;
use tencent_chat::webhook::{Reply, WebhookConfig, WebhookService};
use tencent_chat::webhooks::{Event, GroupBeforeInviteJoinGroupAnswer, GroupBeforeSendMsgAnswer};
use tencent_chat_emulator::{DEFAULT_APP_ID, Emulator, Group, GroupType};
use tokio::sync::mpsc;
use tower_service::Service;

const TOKEN: &str = "callback-token";

type Decide = Arc<dyn Fn(&Event) -> Reply + Send + Sync>;

/// An app backend: the project's handler behind a hyper server on 127.0.0.1; every
/// event that reaches user code is sent on the channel.
struct Backend {
    url: String,
    events: mpsc::UnboundedReceiver<Event>,
    decide: Arc<Mutex<Decide>>,
    delay: Arc<Mutex<Duration>>,
}

impl Backend {
    async fn start(app_id: u32, token: &str) -> Backend {
        let (tx, events) = mpsc::unbounded_channel();
        let decide: Arc<Mutex<Decide>> = Arc::new(Mutex::new(Arc::new(|_: &Event| Reply::ack())));
        let delay = Arc::new(Mutex::new(Duration::ZERO));
        let (d, w) = (decide.clone(), delay.clone());
        let service = WebhookService::new(
            WebhookConfig::new(u64::from(app_id)).token(token),
            move |event: Event| {
                let reply = (d.lock().unwrap().clone())(&event);
                let wait = *w.lock().unwrap();
                let tx = tx.clone();
                // Reported before any delay: a late answer's connection is dropped by
                // the emulator, and this future with it.
                let _ = tx.send(event);
                async move {
                    tokio::time::sleep(wait).await;
                    reply
                }
            },
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/callback", listener.local_addr().unwrap());
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                let service = service.clone();
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
                        let mut service = service.clone();
                        async move {
                            let response: hyper::Response<Full<Bytes>> = service.call(req).await?;
                            Ok::<_, std::convert::Infallible>(response)
                        }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc)
                        .await;
                });
            }
        });
        Backend {
            url,
            events,
            decide,
            delay,
        }
    }

    fn decide(&self, f: impl Fn(&Event) -> Reply + Send + Sync + 'static) {
        *self.decide.lock().unwrap() = Arc::new(f);
    }

    async fn next(&mut self) -> Event {
        tokio::time::timeout(Duration::from_secs(5), self.events.recv())
            .await
            .expect("a callback within 5 s")
            .unwrap()
    }

    async fn none(&mut self) {
        assert!(
            tokio::time::timeout(Duration::from_millis(300), self.events.recv())
                .await
                .is_err(),
            "no more callbacks"
        );
    }
}

async fn setup() -> (Emulator, Backend) {
    let app_id = DEFAULT_APP_ID;
    let backend = Backend::start(app_id, TOKEN).await;
    let emulator = Emulator::builder()
        .sdkappid(app_id)
        .callback_url(backend.url.clone())
        .callback_token(TOKEN)
        .callback_timeout(Duration::from_millis(500))
        .start()
        .await
        .unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice", "bob", "carol", "spammer"]);
        s.add_group(
            "g",
            Group::new(GroupType::Public)
                .owner("alice")
                .members(["bob", "spammer"]),
        );
    });
    (emulator, backend)
}

fn from(sender: &str, body: &str) -> SendGroupMsgRequest {
    let mut r = SendGroupMsgRequest::new("g", fastrand::u32(..), text(body));
    r.from_account = Some(sender.to_owned());
    r
}

async fn history(emulator: &Emulator) -> Vec<Vec<MsgElement>> {
    let client = emulator.client().unwrap();
    let answer = client
        .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("g", 20))
        .await
        .unwrap();
    answer
        .rsp_msg_list
        .unwrap_or_default()
        .into_iter()
        .map(|m| m.msg_body)
        .collect()
}

#[tokio::test]
async fn before_send_refuses_rewrites_and_discards() {
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();
    backend.decide(|event| match event {
        Event::GroupBeforeSendMsg(m) if m.from_account == "spammer" => Reply::refuse(),
        Event::GroupBeforeSendMsg(m)
            if m.msg_body.as_ref().is_some_and(|b| b == &text("drop me")) =>
        {
            Reply::discard()
        }
        Event::GroupBeforeSendMsg(_) => {
            let mut answer = GroupBeforeSendMsgAnswer::action_status("OK")
                .error_code(0)
                .error_info("");
            answer.msg_body = Some(text("rewritten"));
            answer.into()
        }
        _ => Reply::ack(),
    });

    // Refused: the documented code, nothing stored, no after callback.
    let err = client
        .send_group_msg(&from("spammer", "buy"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SendGroupMsgError::GroupRejectedByWebhook
    );
    let Event::GroupBeforeSendMsg(seen) = backend.next().await else {
        panic!("a before-send callback")
    };
    assert_eq!(seen.group_id, "g");
    assert_eq!(seen.r#type, Some(GroupType::Public));
    backend.none().await;
    assert!(history(&emulator).await.is_empty());

    // Rewritten: the stored message and the after callback carry the new body.
    client.send_group_msg(&from("bob", "hello")).await.unwrap();
    assert!(matches!(backend.next().await, Event::GroupBeforeSendMsg(_)));
    let Event::GroupAfterSendMsg(after) = backend.next().await else {
        panic!("an after-send callback")
    };
    assert_eq!(after.msg_body, Some(text("rewritten")));
    assert_eq!(history(&emulator).await, vec![text("rewritten")]);

    // Discarded: success for the caller, nothing stored.
    client
        .send_group_msg(&from("bob", "drop me"))
        .await
        .unwrap();
    assert!(matches!(backend.next().await, Event::GroupBeforeSendMsg(_)));
    backend.none().await;
    assert_eq!(history(&emulator).await.len(), 1);
}

#[tokio::test]
async fn no_answer_in_time_lets_the_message_through() {
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();
    backend.decide(|_| Reply::refuse());
    *backend.delay.lock().unwrap() = Duration::from_secs(1);
    client.send_group_msg(&from("bob", "late")).await.unwrap();
    assert_eq!(history(&emulator).await, vec![text("late")]);
    // The handler ran; its answer came too late to count.
    assert!(matches!(backend.next().await, Event::GroupBeforeSendMsg(_)));
}

#[tokio::test]
async fn unverified_callbacks_never_reach_the_app() {
    let app_id = DEFAULT_APP_ID;
    let mut backend = Backend::start(app_id, TOKEN).await;
    backend.decide(|_| Reply::refuse());
    let emulator = Emulator::builder()
        .sdkappid(app_id)
        .callback_url(backend.url.clone())
        .callback_token("not-the-token")
        .start()
        .await
        .unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice", "bob"]);
        s.add_group(
            "g",
            Group::new(GroupType::Public)
                .owner("alice")
                .members(["bob"]),
        );
    });
    // The backend answers FAIL without calling user code; the service's default for a
    // failed callback lets the message through.
    emulator
        .client()
        .unwrap()
        .send_group_msg(&from("bob", "x"))
        .await
        .unwrap();
    backend.none().await;
    assert_eq!(history(&emulator).await, vec![text("x")]);
}

#[tokio::test]
async fn group_lifecycle_callbacks() {
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();

    // create_group: refused by the before callback, then allowed.
    backend.decide(|event| match event {
        Event::GroupBeforeCreateGroup(g) if g.name.as_deref() == Some("no") => Reply::refuse(),
        Event::GroupBeforeInviteJoinGroup(_) => {
            let mut answer = GroupBeforeInviteJoinGroupAnswer::action_status("OK")
                .error_code(0)
                .error_info("");
            answer.refused_members_account = Some(vec!["carol".to_owned()]);
            answer.into()
        }
        _ => Reply::ack(),
    });
    let mut request = CreateGroupRequest::new(GroupType::Public, "no");
    request.owner_account = Some("alice".to_owned());
    let err = client.create_group(&request).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        CreateGroupError::GroupRejectedByWebhook
    );
    assert!(matches!(
        backend.next().await,
        Event::GroupBeforeCreateGroup(_)
    ));
    backend.none().await;
    assert_eq!(emulator.state().groups.len(), 1);

    let mut request = CreateGroupRequest::new(GroupType::Public, "yes");
    request.owner_account = Some("alice".to_owned());
    let created = client.create_group(&request).await.unwrap();
    assert!(matches!(
        backend.next().await,
        Event::GroupBeforeCreateGroup(_)
    ));
    let Event::GroupAfterCreateGroup(after) = backend.next().await else {
        panic!("an after-create callback")
    };
    let id = created.group_id.clone();
    assert_eq!(after.group_id, id);
    assert_eq!(after.owner_account.as_deref(), Some("alice"));

    // add_group_member: carol is turned away by the answer, bob joins.
    let answer = client
        .add_group_member(&AddGroupMemberRequest::new(
            id.clone(),
            vec![
                AddGroupMemberItem::new("bob"),
                AddGroupMemberItem::new("carol"),
            ],
        ))
        .await
        .unwrap();
    assert_eq!(answer.member_list.len(), 1);
    let Event::GroupBeforeInviteJoinGroup(invite) = backend.next().await else {
        panic!("a before-invite callback")
    };
    assert_eq!(invite.destination_members.map(|d| d.len()), Some(2));
    let Event::GroupAfterNewMemberJoin(joined) = backend.next().await else {
        panic!("an after-join callback")
    };
    let joined: Vec<String> = joined
        .new_member_list
        .unwrap_or_default()
        .into_iter()
        .map(|m| m.member_account)
        .collect();
    assert_eq!(joined, ["bob"]);
    let members = emulator.state().groups[&id].members.clone();
    assert!(members.contains_key("bob") && !members.contains_key("carol"));

    // delete_group_member, then destroy_group.
    client
        .delete_group_member(&DeleteGroupMemberRequest::new(id.clone(), ["bob"]))
        .await
        .unwrap();
    let Event::GroupAfterMemberExit(exit) = backend.next().await else {
        panic!("an after-exit callback")
    };
    assert_eq!(exit.exit_type.as_deref(), Some("Kicked"));
    client
        .destroy_group(&DestroyGroupRequest::new(id.clone()))
        .await
        .unwrap();
    let Event::GroupAfterGroupDestroyed(gone) = backend.next().await else {
        panic!("an after-destroy callback")
    };
    assert_eq!(gone.group_id, id);
    let members: Vec<String> = gone
        .member_list
        .unwrap_or_default()
        .into_iter()
        .map(|m| m.member_account)
        .collect();
    assert_eq!(members, ["alice"]);
    assert!(!emulator.state().groups.contains_key(&id));
}

/// The next `n` callbacks, in whatever order the "after" ones arrived.
async fn take(backend: &mut Backend, n: usize) -> Vec<Event> {
    let mut events = Vec::new();
    for _ in 0..n {
        events.push(backend.next().await);
    }
    backend.none().await;
    events
}

/// `(From_Account, To_Account)` of a relationship callback's pairs, sorted.
fn pairs(list: &[tencent_chat::types::AccountPair]) -> Vec<(String, String)> {
    let mut out: Vec<_> = list
        .iter()
        .map(|p| (p.from_account.clone(), p.to_account.clone()))
        .collect();
    out.sort();
    out
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_owned(), b.to_owned())
}

#[tokio::test]
async fn one_to_one_messages_before_after_and_recall() {
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();
    backend.decide(|event| match event {
        Event::C2CBeforeSendMsg(m) if m.from_account == "spammer" => Reply::refuse(),
        Event::C2CBeforeSendMsg(_) => {
            let mut answer = tencent_chat::webhooks::C2CBeforeSendMsgAnswer::action_status("OK")
                .error_code(0)
                .error_info("");
            answer.msg_body = Some(text("rewritten"));
            answer.into()
        }
        _ => Reply::ack(),
    });
    let send = |from: &str, body: &str| -> tencent_chat::openim::SendmsgRequest {
        req(serde_json::json!({
            "From_Account": from, "To_Account": "bob", "MsgRandom": fastrand::u32(..),
            "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": body}}],
        }))
    };

    // Refused: the documented code (20006), no after callback.
    assert_eq!(code(client.sendmsg(&send("spammer", "buy")).await), 20006);
    assert!(matches!(backend.next().await, Event::C2CBeforeSendMsg(_)));
    backend.none().await;

    // Allowed with a new body: stored and reported as rewritten, unread counted.
    let sent = client.sendmsg(&send("alice", "hi")).await.unwrap();
    let Event::C2CBeforeSendMsg(before) = backend.next().await else {
        panic!("a before-send callback")
    };
    assert_eq!(
        (before.from_account.as_str(), before.to_account.as_str()),
        ("alice", "bob")
    );
    assert_eq!(before.msg_body, Some(text("hi")));
    let Event::C2CAfterSendMsg(after) = backend.next().await else {
        panic!("an after-send callback")
    };
    assert_eq!(after.msg_key.as_deref(), Some(sent.msg_key.as_str()));
    assert_eq!(after.msg_body, Some(text("rewritten")));
    assert_eq!(after.unread_msg_num, Some(1));
    let stored = emulator.state().c2c_messages;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].body, text("rewritten"));

    // Recalled by the admin: the recipient has nothing unread left.
    client
        .admin_msgwithdraw(
            &tencent_chat::openim::AdminMsgwithdrawRequest::from_account("alice")
                .to_account("bob")
                .msg_key(sent.msg_key.clone()),
        )
        .await
        .unwrap();
    let Event::C2CAfterMsgWithDraw(recall) = backend.next().await else {
        panic!("an after-withdraw callback")
    };
    assert_eq!(recall.msg_key.as_deref(), Some(sent.msg_key.as_str()));
    assert_eq!(recall.unread_msg_num, Some(0));

    // ForbidCallbackControl turns both off.
    let mut quiet = send("alice", "quiet");
    quiet.forbid_callback_control = Some(req(serde_json::json!([
        "ForbidBeforeSendMsgCallback",
        "ForbidAfterSendMsgCallback"
    ])));
    client.sendmsg(&quiet).await.unwrap();
    backend.none().await;
}

#[tokio::test]
async fn group_message_failures_recalls_and_information() {
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();

    // A muted sender: the service refuses after the before callback allowed it.
    client
        .forbid_send_msg(&req(serde_json::json!(
            {"GroupId": "g", "Members_Account": ["spammer"], "MuteTime": 60}
        )))
        .await
        .unwrap();
    assert_eq!(
        code(client.send_group_msg(&from("spammer", "x")).await),
        10017
    );
    let events = take(&mut backend, 2).await;
    assert!(matches!(events[0], Event::GroupBeforeSendMsg(_)));
    let Event::GroupSendMsgException(failed) = &events[1] else {
        panic!("a send-exception callback, not {:?}", events[1])
    };
    assert_eq!(failed.error_code, Some(10017));
    assert_eq!(failed.from_account, "spammer");

    // A recall names the recalled sequences.
    let sent = client.send_group_msg(&from("bob", "oops")).await.unwrap();
    take(&mut backend, 2).await;
    client
        .group_msg_recall(&req(serde_json::json!(
            {"GroupId": "g", "MsgSeqList": [{"MsgSeq": sent.msg_seq}, {"MsgSeq": 999}]}
        )))
        .await
        .unwrap();
    let Event::GroupAfterRecallMsg(recall) = backend.next().await else {
        panic!("an after-recall callback")
    };
    let seqs: Vec<Option<u32>> = recall
        .msg_seq_list
        .unwrap_or_default()
        .iter()
        .map(|s| s.msg_seq)
        .collect();
    assert_eq!(seqs, [Some(sent.msg_seq as u32)]);

    // Only the information that changed is reported; other fields send nothing.
    emulator.with_state(|s| s.groups.get_mut("g").unwrap().name = "old".to_owned());
    client
        .modify_group_base_info(&req(serde_json::json!(
            {"GroupId": "g", "Name": "old", "Introduction": "new intro"}
        )))
        .await
        .unwrap();
    let Event::GroupAfterGroupInfoChanged(info) = backend.next().await else {
        panic!("an info-changed callback")
    };
    assert_eq!(info.name, None);
    assert_eq!(info.introduction.as_deref(), Some("new intro"));
    backend.none().await;
    client
        .modify_group_base_info(&req(serde_json::json!({"GroupId": "g", "MaxMemberNum": 4})))
        .await
        .unwrap();
    backend.none().await;

    // The member who fills the group: joined, and the group is full.
    client
        .add_group_member(&AddGroupMemberRequest::new(
            "g",
            vec![AddGroupMemberItem::new("carol")],
        ))
        .await
        .unwrap();
    let events = take(&mut backend, 3).await;
    assert!(matches!(events[0], Event::GroupBeforeInviteJoinGroup(_)));
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::GroupAfterNewMemberJoin(_)))
    );
    assert!(
        events
            .iter()
            .any(|e| matches!(e, Event::GroupAfterGroupFull(f) if f.group_id == "g"))
    );
}

#[tokio::test]
async fn topic_callbacks() {
    const C: &str = "@TGS#_community";
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();
    emulator.with_state(|s| {
        let mut community = Group::new(GroupType::Community).owner("alice");
        community.support_topic = true;
        s.add_group(C, community);
    });
    backend.decide(|event| match event {
        Event::GroupBeforeCreateTopic(t) if t.name.as_deref() == Some("no") => Reply::refuse(),
        _ => Reply::ack(),
    });
    let create = |name: &str| -> tencent_chat::million_group_open_http_svc::CreateTopicRequest {
        req(serde_json::json!({"GroupId": C, "TopicName": name, "From_Account": "alice"}))
    };
    assert_eq!(code(client.create_topic(&create("no")).await), 10016);
    assert!(matches!(
        backend.next().await,
        Event::GroupBeforeCreateTopic(_)
    ));
    backend.none().await;

    let topic = client.create_topic(&create("news")).await.unwrap().topic_id;
    assert!(matches!(
        backend.next().await,
        Event::GroupBeforeCreateTopic(_)
    ));
    let Event::GroupAfterCreateTopic(created) = backend.next().await else {
        panic!("an after-create-topic callback")
    };
    assert_eq!(created.topic_id.as_deref(), Some(topic.as_str()));
    assert_eq!(created.name.as_deref(), Some("news"));

    client
        .modify_topic(&req(serde_json::json!(
            {"GroupId": C, "TopicId": topic, "TopicName": "headlines", "Notification": "hello"}
        )))
        .await
        .unwrap();
    let Event::GroupAfterTopicInfoChanged(changed) = backend.next().await else {
        panic!("a topic-changed callback")
    };
    assert_eq!(changed.name.as_deref(), Some("headlines"));
    assert_eq!(changed.notification.as_deref(), Some("hello"));
    assert_eq!(changed.introduction, None);

    client
        .destroy_topic(&req(
            serde_json::json!({"GroupId": C, "TopicIdList": [topic]}),
        ))
        .await
        .unwrap();
    let Event::GroupAfterTopicDestroyed(gone) = backend.next().await else {
        panic!("a topic-destroyed callback")
    };
    assert_eq!(gone.topic_id_list, Some(vec![topic]));
}

#[tokio::test]
async fn relationship_callbacks_report_the_pairs_that_changed() {
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();

    // A two-way add: both directions.
    client
        .friend_add(&req(serde_json::json!(
            {"From_Account": "alice", "AddFriendItem": [{"To_Account": "bob", "AddSource": "AddSource_Type_Web"}]}
        )))
        .await
        .unwrap();
    let Event::SnsFriendAdd(added) = backend.next().await else {
        panic!("a friend-add callback")
    };
    assert_eq!(
        pairs(&added.pair_list),
        [pair("alice", "bob"), pair("bob", "alice")]
    );
    assert_eq!(added.admin_account.as_deref(), Some(emulator.admin()));
    // Adding again changes nothing and reports nothing.
    client
        .friend_add(&req(serde_json::json!(
            {"From_Account": "alice", "AddFriendItem": [{"To_Account": "bob", "AddSource": "AddSource_Type_Web"}]}
        )))
        .await
        .unwrap();
    backend.none().await;

    // A one-way delete: alice's side only.
    client
        .friend_delete(&req(serde_json::json!(
            {"From_Account": "alice", "To_Account": ["bob"], "DeleteType": "Delete_Type_Single"}
        )))
        .await
        .unwrap();
    let Event::SnsFriendDelete(deleted) = backend.next().await else {
        panic!("a friend-delete callback")
    };
    assert_eq!(pairs(&deleted.pair_list), [pair("alice", "bob")]);

    // Deleting all of bob's friends: bob's side of the remaining friendship.
    client
        .friend_delete_all(&req(serde_json::json!(
            {"From_Account": "bob", "DeleteType": "Delete_Type_Single"}
        )))
        .await
        .unwrap();
    let Event::SnsFriendDelete(deleted) = backend.next().await else {
        panic!("a friend-delete callback")
    };
    assert_eq!(pairs(&deleted.pair_list), [pair("bob", "alice")]);

    // Blocklist: added, then taken off.
    client
        .black_list_add(&req(serde_json::json!(
            {"From_Account": "alice", "To_Account": ["spammer", "carol"]}
        )))
        .await
        .unwrap();
    let Event::SnsBlackListAdd(blocked) = backend.next().await else {
        panic!("a blocklist-add callback")
    };
    assert_eq!(
        pairs(&blocked.pair_list),
        [pair("alice", "carol"), pair("alice", "spammer")]
    );
    client
        .black_list_delete(&req(serde_json::json!(
            {"From_Account": "alice", "To_Account": ["carol"]}
        )))
        .await
        .unwrap();
    let Event::SnsBlackListDelete(unblocked) = backend.next().await else {
        panic!("a blocklist-delete callback")
    };
    assert_eq!(pairs(&unblocked.pair_list), [pair("alice", "carol")]);
}

#[tokio::test]
async fn profile_and_state_callbacks() {
    let (emulator, mut backend) = setup().await;
    let client = emulator.client().unwrap();
    client
        .portrait_set(&req(serde_json::json!(
            {"From_Account": "bob", "ProfileItem": [{"Tag": "Tag_Profile_IM_Nick", "Value": "Bob"}]}
        )))
        .await
        .unwrap();
    let Event::ProfilePortraitSet(set) = backend.next().await else {
        panic!("a portrait-set callback")
    };
    assert_eq!(set.from_account, "bob");
    assert_eq!(set.profile_item.map(|items| items.len()), Some(1));

    // A kick logs out an online account; an offline one changes no state.
    emulator.with_state(|s| {
        s.accounts.get_mut("alice").unwrap().login_state =
            Some(tencent_chat::types::LoginState::Online);
    });
    client
        .kick(&tencent_chat::im_open_login_svc::KickRequest::new("alice"))
        .await
        .unwrap();
    let Event::StateStateChange(change) = backend.next().await else {
        panic!("a state-change callback")
    };
    let info = change.info.unwrap();
    assert_eq!(info.to_account, "alice");
    assert_eq!(info.action.as_deref(), Some("Logout"));
    client
        .kick(&tencent_chat::im_open_login_svc::KickRequest::new("alice"))
        .await
        .unwrap();
    backend.none().await;
}
