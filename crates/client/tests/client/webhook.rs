//! Callbacks: signature vectors computed independently (python3 hashlib), the checks
//! of a callback's query, decoding of every documented sample, the link from
//! endpoints to callbacks, and the handler as a `tower::Service` and an axum router.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use serde_json::{Value, json};
use tencent_chat::webhook::{
    CallbackQuery, OptPlatform, Reply, VerifyError, WebhookConfig, WebhookEffect, WebhookInfo,
    WebhookKind, WebhookService, sign,
};
use tencent_chat::webhooks::{Event, GroupBeforeSendMsgAnswer, WEBHOOKS};
use tower_service::Service;

const APP: u64 = 1400000000;
const TOKEN: &str = "s3cr3t-token";

#[test]
fn sign_follows_the_documented_formula() {
    // python3 -c "import hashlib; print(hashlib.sha256(b'xxxyyy1669872112').hexdigest())"
    assert_eq!(
        sign("xxxyyy", 1669872112),
        "e78a85473bed2cdc8d6fa8c4d5a4ba4735fd64156e15a99516b9890293e135de"
    );
    // python3 -c "import hashlib; print(hashlib.sha256(b's3cr3t-token1700000000').hexdigest())"
    assert_eq!(
        sign(TOKEN, 1700000000),
        "ce915f7416d7af3c2f15544a0a392ae3b33ecc5dd08ee2f1c82821782f684a19"
    );
    // The docs' printed Sign does not come out of the stated formula (see the specs' notes).
    assert_ne!(
        sign("xxxyyy", 1669872112),
        "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061"
    );
}

#[test]
fn query_parses_and_prints_back() {
    let text = "SdkAppid=1400000000&CallbackCommand=Group.CallbackAfterSendMsg&contenttype=json&ClientIP=127.0.0.1&OptPlatform=IOS&Sign=abc&RequestTime=1700000000";
    let q = CallbackQuery::parse(text).unwrap();
    assert_eq!(q.sdk_app_id, APP);
    assert_eq!(q.callback_command, "Group.CallbackAfterSendMsg");
    assert_eq!(q.opt_platform, Some(OptPlatform::Ios));
    assert_eq!(q.request_time, Some(1700000000));
    assert_eq!(
        CallbackQuery::parse(&q.to_string())
            .unwrap()
            .sign
            .as_deref(),
        Some("abc")
    );
    assert!(matches!(
        CallbackQuery::parse("CallbackCommand=X"),
        Err(VerifyError::BadQuery(_))
    ));
}

#[test]
fn verification_checks_app_signature_and_time() {
    let config = WebhookConfig::new(APP).token(TOKEN);
    let now = 1700000000;
    let good = CallbackQuery::new(APP, "State.StateChange").signed(TOKEN, now);
    assert_eq!(config.verify_at(&good, now + 59), Ok(()));
    assert_eq!(
        config.verify_at(&good, now + 61),
        Err(VerifyError::Stale { skew_secs: 61 })
    );
    assert_eq!(
        config
            .clone()
            .window(Duration::from_secs(120))
            .verify_at(&good, now + 61),
        Ok(())
    );
    let forged = CallbackQuery::new(APP, "State.StateChange").signed("other", now);
    assert_eq!(
        config.verify_at(&forged, now),
        Err(VerifyError::BadSignature)
    );
    let other_app = CallbackQuery::new(APP + 1, "State.StateChange").signed(TOKEN, now);
    assert_eq!(
        config.verify_at(&other_app, now),
        Err(VerifyError::WrongApp { got: APP + 1 })
    );
    let unsigned = CallbackQuery::new(APP, "State.StateChange");
    assert_eq!(config.verify_at(&unsigned, now), Err(VerifyError::Unsigned));
    // Without a token, only the app is checked.
    assert_eq!(WebhookConfig::new(APP).verify_at(&unsigned, now), Ok(()));
    assert!(!format!("{config:?}").contains(TOKEN));
}

fn fixtures() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/webhooks")
}

#[test]
fn every_documented_sample_decodes_and_encodes_back() {
    let mut payloads = 0;
    for dir in std::fs::read_dir(fixtures()).unwrap() {
        let dir = dir.unwrap().path();
        if !dir.is_dir() {
            continue; // README.md
        }
        let command = dir.file_name().unwrap().to_string_lossy().into_owned();
        let info = WebhookInfo::get(&command).unwrap_or_else(|| panic!("no spec for {command}"));
        for file in std::fs::read_dir(&dir).unwrap() {
            let fixture: Value =
                serde_json::from_str(&std::fs::read_to_string(file.unwrap().path()).unwrap())
                    .unwrap();
            if let Some(payload) = fixture.get("payload") {
                let event = Event::from_value(payload.clone()).unwrap();
                assert_eq!(event.command(), command);
                assert!(event.info().is_some());
                let again = event.to_value().unwrap();
                assert_eq!(&again, payload, "{command}");
                payloads += 1;
            }
            if let (Some(answer), Some(reencode)) =
                (fixture.get("answer"), info.hooks.reencode_answer)
            {
                assert_eq!(&reencode(answer).unwrap(), answer, "{command}");
            }
        }
    }
    assert!(payloads >= WEBHOOKS.len());
}

#[test]
fn unknown_commands_are_kept() {
    let body = json!({"CallbackCommand": "Group.CallbackSomethingNew", "X": 1});
    let event = Event::from_value(body.clone()).unwrap();
    assert_eq!(event.command(), "Group.CallbackSomethingNew");
    assert!(matches!(&event, Event::Unknown { .. }));
    assert_eq!(event.to_value().unwrap(), body);
}

#[test]
fn endpoints_link_to_their_callbacks() {
    let info = &tencent_chat::group_open_http_svc::SEND_GROUP_MSG;
    let names: Vec<&str> = info.webhooks().map(|w| w.command).collect();
    assert!(names.contains(&"Group.CallbackBeforeSendMsg"), "{names:?}");
    assert!(names.contains(&"Group.CallbackAfterSendMsg"), "{names:?}");
    let before = WebhookInfo::get("Group.CallbackBeforeSendMsg").unwrap();
    assert_eq!(before.kind, WebhookKind::Before);
    assert_eq!(before.effect_of(0), (WebhookEffect::Allow, None));
    assert_eq!(before.effect_of(1), (WebhookEffect::Refuse, Some(10016)));
    assert_eq!(before.effect_of(2), (WebhookEffect::Discard, None));
    assert_eq!(
        before.effect_of(10150),
        (WebhookEffect::Refuse, Some(10150))
    );
    assert_eq!(before.on_failure, Some(WebhookEffect::Allow));
    // Every callback an endpoint names has a spec.
    for endpoint in tencent_chat::ENDPOINTS {
        for w in endpoint.webhooks() {
            assert!(w.triggered_by.contains(&endpoint.path));
        }
    }
}

fn request(query: &str, body: &Value) -> http::Request<Full<Bytes>> {
    http::Request::post(format!("/callback?{query}"))
        .body(Full::new(Bytes::from(serde_json::to_vec(body).unwrap())))
        .unwrap()
}

async fn body_of(response: http::Response<Full<Bytes>>) -> Value {
    assert_eq!(response.status(), 200);
    serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap()
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn send_msg(from: &str) -> Value {
    json!({
        "CallbackCommand": "Group.CallbackBeforeSendMsg",
        "GroupId": "@TGS#1",
        "Type": "Public",
        "From_Account": from,
        "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}],
        "EventTime": "1670574414123"
    })
}

#[tokio::test]
async fn the_service_routes_verified_events_and_refuses_the_rest() {
    let calls = Arc::new(AtomicUsize::new(0));
    let seen = calls.clone();
    let mut service = WebhookService::new(WebhookConfig::new(APP).token(TOKEN), move |event| {
        let seen = seen.clone();
        async move {
            seen.fetch_add(1, Ordering::SeqCst);
            match event {
                Event::GroupBeforeSendMsg(msg) if msg.from_account == "spammer" => Reply::refuse(),
                Event::GroupBeforeSendMsg(msg) => {
                    let mut answer = GroupBeforeSendMsgAnswer::action_status("OK")
                        .error_code(0)
                        .error_info("");
                    let mut body = msg.msg_body.unwrap_or_default();
                    body.push(tencent_chat::types::MsgElement::Text(
                        tencent_chat::types::TextElem::new("(checked)"),
                    ));
                    answer.msg_body = Some(body);
                    answer.into()
                }
                _ => Reply::ack(),
            }
        }
    });
    let signed = CallbackQuery::new(APP, "Group.CallbackBeforeSendMsg")
        .signed(TOKEN, now())
        .to_string();

    let answer = body_of(
        service
            .call(request(&signed, &send_msg("spammer")))
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(answer["ErrorCode"], 1);
    assert_eq!(answer["ActionStatus"], "OK");

    let answer = body_of(
        service
            .call(request(&signed, &send_msg("jared")))
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(answer["ErrorCode"], 0);
    assert_eq!(answer["MsgBody"][1]["MsgContent"]["Text"], "(checked)");
    assert_eq!(calls.load(Ordering::SeqCst), 2);

    // Never reaching user code: a forged signature, a stale one, another app, a body
    // that is not a callback, a body of another command than the query's.
    let forged = CallbackQuery::new(APP, "Group.CallbackBeforeSendMsg")
        .signed("wrong", now())
        .to_string();
    let stale = CallbackQuery::new(APP, "Group.CallbackBeforeSendMsg")
        .signed(TOKEN, now() - 3600)
        .to_string();
    let other = CallbackQuery::new(APP + 1, "Group.CallbackBeforeSendMsg")
        .signed(TOKEN, now())
        .to_string();
    let mismatch = CallbackQuery::new(APP, "State.StateChange")
        .signed(TOKEN, now())
        .to_string();
    for (query, body) in [
        (forged.as_str(), send_msg("jared")),
        (stale.as_str(), send_msg("jared")),
        (other.as_str(), send_msg("jared")),
        ("SdkAppid=x", send_msg("jared")),
        (
            signed.as_str(),
            json!({"CallbackCommand": "Group.CallbackBeforeSendMsg"}),
        ),
        (mismatch.as_str(), send_msg("jared")),
    ] {
        let answer = body_of(service.call(request(query, &body)).await.unwrap()).await;
        assert_eq!(answer["ActionStatus"], "FAIL", "{query}");
        assert_eq!(answer["ErrorCode"], 1);
    }
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

#[cfg(feature = "axum")]
#[tokio::test]
async fn the_axum_router_serves_the_same_handler() {
    let mut app = tencent_chat::webhook::router(
        "/im/callback",
        WebhookConfig::new(APP),
        |event: Event| async move {
            match event {
                Event::StateStateChange(_) => Reply::ack(),
                _ => Reply::code(5, "unexpected"),
            }
        },
    );
    let body = json!({
        "CallbackCommand": "State.StateChange",
        "EventTime": 1629883332497u64,
        "Info": {"Action": "Login", "To_Account": "id1", "Reason": "Register"}
    });
    let query = CallbackQuery::new(APP, "State.StateChange").to_string();
    let req = http::Request::post(format!("/im/callback?{query}"))
        .body(axum::body::Body::from(serde_json::to_vec(&body).unwrap()))
        .unwrap();
    let response = app.call(req).await.unwrap();
    assert_eq!(response.status(), 200);
    let answer: Value =
        serde_json::from_slice(&response.into_body().collect().await.unwrap().to_bytes()).unwrap();
    assert_eq!(answer["ErrorCode"], 0);
}

#[derive(Clone, Default)]
struct Capture(Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn a_slow_handler_is_logged_and_still_answered() {
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let mut service = WebhookService::new(
        WebhookConfig::new(APP).slow_after(Duration::from_millis(10)),
        |_: Event| async {
            tokio::time::sleep(Duration::from_millis(50)).await;
            Reply::ack()
        },
    );
    let body = json!({"CallbackCommand": "State.StateChange", "Info": {"To_Account": "id1"}});
    let query = CallbackQuery::new(APP, "State.StateChange").to_string();
    let answer = body_of(service.call(request(&query, &body)).await.unwrap()).await;
    assert_eq!(answer["ErrorCode"], 0);
    let log = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("slower than the answer budget"), "{log}");
    assert!(log.contains("State.StateChange"), "{log}");
}
