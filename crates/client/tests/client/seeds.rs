//! The four seed endpoints called through the client against a local server on
//! 127.0.0.1 that records what it receives and answers what the test says.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::routing::post;
use serde_json::{Value, json};
use tencent_chat::group_open_http_svc::{
    DeleteGroupMemberError, DeleteGroupMemberRequest, DeleteGroupMsgBySenderRequest,
    DestroyGroupError, DestroyGroupRequest,
};
use tencent_chat::sns::{GroupDeleteError, GroupDeleteRequest};
use tencent_chat::types::Silence;
use tencent_chat::{
    Client, Credentials, EndpointError, Error, GroupTypeSupport, Limit, PublicError,
};

const APP: u32 = 1_400_000_000;
const KEY: &str = "test-secret-key-0123456789";

#[derive(Debug, Clone)]
struct Received {
    path: String,
    query: HashMap<String, String>,
    body: Value,
}

#[derive(Clone, Default)]
struct Server {
    received: Arc<Mutex<Vec<Received>>>,
    answer: Arc<Mutex<Value>>,
}

impl Server {
    async fn start() -> (Self, String) {
        let server = Server::default();
        *server.answer.lock().unwrap() =
            json!({"ActionStatus": "OK", "ErrorInfo": "", "ErrorCode": 0});
        let app = axum::Router::new()
            .route("/v4/{service}/{command}", post(handle))
            .with_state(server.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (server, url)
    }

    fn answer(&self, body: Value) {
        *self.answer.lock().unwrap() = body;
    }

    fn take(&self) -> Vec<Received> {
        std::mem::take(&mut *self.received.lock().unwrap())
    }
}

async fn handle(
    State(server): State<Server>,
    Path((service, command)): Path<(String, String)>,
    Query(query): Query<HashMap<String, String>>,
    body: String,
) -> axum::Json<Value> {
    server.received.lock().unwrap().push(Received {
        path: format!("/v4/{service}/{command}"),
        query,
        body: serde_json::from_str(&body).unwrap_or(Value::Null),
    });
    axum::Json(server.answer.lock().unwrap().clone())
}

fn client(url: &str) -> Client {
    Client::builder()
        .credentials(Credentials::new(APP, KEY))
        .base_url(url)
        .build()
        .unwrap()
}

fn check_query(r: &Received) {
    assert_eq!(r.query["sdkappid"], APP.to_string());
    assert_eq!(r.query["identifier"], "administrator");
    assert_eq!(r.query["contenttype"], "json");
    r.query["random"].parse::<u32>().expect("random is a u32");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    tencent_chat::usersig::verify(
        &r.query["usersig"],
        KEY.as_bytes(),
        APP,
        "administrator",
        now,
    )
    .expect("the usersig verifies with the app's key");
    assert_eq!(r.query.len(), 5, "{:?}", r.query.keys());
}

#[tokio::test]
async fn seed_endpoints_send_exactly_their_documented_requests() {
    let (server, url) = Server::start().await;
    let client = client(&url);

    client
        .destroy_group(&DestroyGroupRequest::new("@TGS#2J4SZEAEL"))
        .await
        .unwrap();
    client
        .delete_group_member(
            &DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", ["tommy", "jared"])
                .silence(Silence::Silent)
                .reason("kick reason"),
        )
        .await
        .unwrap();
    client
        .delete_group_msg_by_sender(
            &DeleteGroupMsgBySenderRequest::group_id("@TGS#2C5SZEAEF").sender_account("leckie"),
        )
        .await
        .unwrap();
    server.answer(json!({"CurrentSequence": 4, "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "0", "ErrorDisplay": "", "SomethingNew": [1]}));
    let answer = client
        .group_delete(&GroupDeleteRequest::new(
            "id",
            ["group1", "group2", "group3"],
        ))
        .await
        .unwrap();
    assert_eq!(answer.current_sequence, 4);

    let received = server.take();
    let expected = [
        (
            "/v4/group_open_http_svc/destroy_group",
            json!({"GroupId": "@TGS#2J4SZEAEL"}),
        ),
        (
            "/v4/group_open_http_svc/delete_group_member",
            json!({"GroupId": "@TGS#2J4SZEAEL", "Silence": 1, "Reason": "kick reason", "MemberToDel_Account": ["tommy", "jared"]}),
        ),
        (
            "/v4/group_open_http_svc/delete_group_msg_by_sender",
            json!({"GroupId": "@TGS#2C5SZEAEF", "Sender_Account": "leckie"}),
        ),
        (
            "/v4/sns/group_delete",
            json!({"From_Account": "id", "GroupName": ["group1", "group2", "group3"]}),
        ),
    ];
    assert_eq!(received.len(), expected.len());
    for (r, (path, body)) in received.iter().zip(expected) {
        assert_eq!(r.path, path);
        assert_eq!(r.body, body, "{path}");
        check_query(r);
    }
    let randoms: std::collections::HashSet<&String> =
        received.iter().map(|r| &r.query["random"]).collect();
    assert!(randoms.len() > 1, "random is drawn per call");
}

#[tokio::test]
async fn service_errors_are_typed_and_keep_error_info() {
    let (server, url) = Server::start().await;
    let client = client(&url);

    server.answer(
        json!({"ActionStatus": "FAIL", "ErrorCode": 10010, "ErrorInfo": "group id invalid"}),
    );
    let err = client
        .destroy_group(&DestroyGroupRequest::new("@TGS#gone"))
        .await
        .unwrap_err();
    let service = err.service().expect("a service error");
    assert_eq!(service.kind, DestroyGroupError::GroupNotFound);
    assert_eq!(service.info, "group id invalid");
    assert!(!service.kind.is_retryable());
    assert_eq!(err.code().map(i64::from), Some(10010));

    server.answer(json!({"ActionStatus": "FAIL", "ErrorCode": 60007, "ErrorInfo": "freq limit"}));
    let err = client
        .destroy_group(&DestroyGroupRequest::new("g"))
        .await
        .unwrap_err();
    let kind = err.service().unwrap().kind;
    assert_eq!(
        kind,
        DestroyGroupError::Public(PublicError::RestApiRateLimited)
    );
    assert!(kind.is_retryable());

    server.answer(json!({"ActionStatus": "FAIL", "ErrorCode": 30006, "ErrorInfo": "busy", "ErrorDisplay": "try later"}));
    let err = client
        .group_delete(&GroupDeleteRequest::new("id", ["a"]))
        .await
        .unwrap_err();
    let service = err.service().unwrap();
    assert_eq!(service.kind, GroupDeleteError::SnsInternalError);
    assert!(service.kind.is_retryable());
    assert_eq!(service.display.as_deref(), Some("try later"));

    server.answer(json!({"ActionStatus": "FAIL", "ErrorCode": 19999, "ErrorInfo": "?"}));
    let err = client
        .delete_group_member(&DeleteGroupMemberRequest::new("g", ["a"]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        DeleteGroupMemberError::Unknown(19999)
    );
    assert!(err.to_string().contains("19999"), "{err}");
}

#[tokio::test]
async fn limits_are_checked_before_sending() {
    let (server, url) = Server::start().await;
    let client = client(&url);
    let members: Vec<String> = (0..101).map(|i| format!("user{i}")).collect();
    let err = client
        .delete_group_member(&DeleteGroupMemberRequest::new("g", members))
        .await
        .unwrap_err();
    match &err {
        Error::InvalidRequest { source, .. } => {
            assert_eq!(source.field, "MemberToDel_Account");
            assert_eq!(
                source.limit,
                Limit::MaxItems {
                    max: 100,
                    actual: 101
                }
            );
            assert_eq!(
                source.to_string(),
                "MemberToDel_Account has 101 entries; at most 100"
            );
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    let names: Vec<String> = (0..33).map(|i| format!("list{i}")).collect();
    let err = client
        .group_delete(&GroupDeleteRequest::new("id", names))
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("GroupName has 33 entries; at most 32"),
        "{err}"
    );
    assert!(server.take().is_empty(), "nothing was sent");
}

#[tokio::test]
async fn undecodable_bodies_and_http_statuses_are_reported() {
    let app = axum::Router::new()
        .route(
            "/v4/group_open_http_svc/destroy_group",
            post(|| async { (axum::http::StatusCode::BAD_GATEWAY, "bad gateway") }),
        )
        .route(
            "/v4/sns/group_delete",
            post(|| async { "{\"ActionStatus\": \"OK\", \"ErrorCode\": 0, \"CurrentSeq" }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let client = client(&url);
    match client
        .destroy_group(&DestroyGroupRequest::new("g"))
        .await
        .unwrap_err()
    {
        Error::HttpStatus {
            status, excerpt, ..
        } => {
            assert_eq!(status, 502);
            assert_eq!(excerpt, "bad gateway");
        }
        other => panic!("{other:?}"),
    }
    match client
        .group_delete(&GroupDeleteRequest::new("a", ["b"]))
        .await
        .unwrap_err()
    {
        Error::Decode { excerpt, .. } => assert!(excerpt.starts_with("{\"ActionStatus\"")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn registry_and_metadata_come_from_the_specs() {
    let paths: Vec<&str> = tencent_chat::ENDPOINTS.iter().map(|e| e.path).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    assert_eq!(paths, sorted, "the registry is sorted by path");
    let seeds = [
        "v4/group_open_http_svc/delete_group_member",
        "v4/group_open_http_svc/delete_group_msg_by_sender",
        "v4/group_open_http_svc/destroy_group",
        "v4/sns/group_delete",
    ];
    for seed in seeds {
        let e = tencent_chat::ENDPOINTS
            .iter()
            .find(|e| e.path == seed)
            .unwrap_or_else(|| panic!("{seed} missing from {paths:?}"));
        assert_eq!(e.rate_limit_per_second, 200, "{}", e.path);
    }
    let member = &tencent_chat::group_open_http_svc::DELETE_GROUP_MEMBER;
    assert_eq!(
        member.group_type_support("AVChatRoom"),
        Some(GroupTypeSupport::Error(10004))
    );
    assert_eq!(
        member.group_type_support("Public"),
        Some(GroupTypeSupport::Supported)
    );
    assert_eq!(member.batch_fields[0].field, "MemberToDel_Account");
    assert_eq!(member.batch_fields[0].max_items, 100);
    assert!(member.safe_to_repeat && !member.irrevocable);
    // What an emulator answers to requests that break a documented limit.
    assert_eq!(member.invalid_request_code, 10004);
    let too_many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    let refused =
        (member.hooks.validate_request)(&json!({"GroupId": "g", "MemberToDel_Account": too_many}))
            .unwrap_err();
    assert_eq!(member.invalid_request_code_for(&refused), 10004);
    assert_eq!(tencent_chat::sns::GROUP_DELETE.invalid_request_code, 30001);
    let by_sender = &tencent_chat::group_open_http_svc::DELETE_GROUP_MSG_BY_SENDER;
    assert_eq!(
        by_sender.group_type_support("AVChatRoom"),
        Some(GroupTypeSupport::NoEffect)
    );
    let destroy = &tencent_chat::group_open_http_svc::DESTROY_GROUP;
    assert!(destroy.irrevocable && !destroy.safe_to_repeat);
    assert_eq!(tencent_chat::sns::GROUP_DELETE.group_types, None);
    assert_eq!(
        tencent_chat::sns::GROUP_DELETE.batch_fields[0].max_items,
        32
    );
    // Hooks work on JSON without knowing the types.
    let body = json!({"GroupId": "g", "MemberToDel_Account": ["a"], "Silence": 0});
    assert_eq!((member.hooks.reencode_request)(&body).unwrap(), body);
    assert!((member.hooks.validate_request)(&json!({"GroupId": "g"})).is_err());
    assert_eq!(
        (member.classify_error)(10004),
        ("GroupInvalidParameter", tencent_chat::Retryability::No)
    );
    let schema = serde_json::to_value((member.hooks.request_schema)()).unwrap();
    assert_eq!(
        schema["properties"]["MemberToDel_Account"]["maxItems"],
        json!(100)
    );
    assert_eq!(
        schema["required"],
        json!(["GroupId", "MemberToDel_Account"])
    );
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let client = client("http://127.0.0.1:9");
    let shown = format!("{client:?} {:?}", Credentials::new(APP, KEY));
    assert!(!shown.contains(KEY), "{shown}");
    assert!(shown.contains("<redacted>"));
}

#[test]
fn bad_configuration_is_reported() {
    let err = Client::builder().base_url("http://x").build().unwrap_err();
    assert!(err.to_string().contains("no credentials"));
    let err = Client::builder()
        .credentials(Credentials::new(1, "k"))
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("no endpoint"));
    let err = Client::builder()
        .credentials(Credentials::new(1, "k"))
        .base_url("ftp://x")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("invalid base URL"));
    let c = Client::builder()
        .credentials(Credentials::new(1, "k"))
        .region(tencent_chat::Region::Tokyo)
        .build()
        .unwrap();
    assert_eq!(c.base_url(), "https://adminapijpn.im.qcloud.com");
    assert_eq!(
        tencent_chat::Region::from_id("SINGAPORE"),
        Some(tencent_chat::Region::Singapore)
    );
}
