//! The emulator calls back the project's own handler (`tencent_chat::webhook`) end to
//! end: signed callbacks with the documented payloads, "before" answers honoured
//! (refuse, discard, rewrite, no answer in time), "after" callbacks once the change
//! is applied.

use crate::support::text;
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
            let mut answer = GroupBeforeSendMsgAnswer::new("OK", 0, "");
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
            let mut answer = GroupBeforeInviteJoinGroupAnswer::new("OK", 0, "");
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
