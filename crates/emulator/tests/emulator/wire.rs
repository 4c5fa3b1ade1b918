//! The wire protocol with plain HTTP requests, authentication with wrong credentials,
//! rate limits and every injected fault as the client sees it. Everything runs
//! against 127.0.0.1.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use tencent_chat::envelope::{HTTP_STATUS, QUERY};
use tencent_chat::group_open_http_svc::{
    DESTROY_GROUP, DeleteGroupMemberRequest, DestroyGroupError, DestroyGroupRequest,
};
use tencent_chat::sns::GroupDeleteRequest;
use tencent_chat::{Client, Credentials, Error, PublicError, RetryPolicy};
use tencent_chat_emulator::{Emulator, Fault, Group, GroupType, RateLimit};

/// A client of the emulator that never retries.
fn no_retry(emulator: &Emulator) -> Client {
    Client::builder()
        .credentials(emulator.credentials())
        .base_url(emulator.base_url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// The query of a call signed with `credentials`, with `skip` left out.
fn query(credentials: &Credentials, skip: Option<&str>) -> Vec<(String, String)> {
    let sig = credentials.sign(now(), 3600);
    let mut q = vec![
        (QUERY.app_id.to_owned(), credentials.app_id().to_string()),
        (
            QUERY.identifier.to_owned(),
            credentials.admin_identifier().to_owned(),
        ),
        (QUERY.signature.to_owned(), sig.expose().to_owned()),
        (QUERY.nonce.to_owned(), "12345".to_owned()),
    ];
    q.extend(
        QUERY
            .fixed
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    q.retain(|(k, _)| Some(k.as_str()) != skip);
    q
}

async fn raw(
    emulator: &Emulator,
    path: &str,
    query: &[(String, String)],
    content_type: Option<&str>,
    body: &'static str,
) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .post(format!("{}/{path}", emulator.base_url()))
        .query(query)
        .body(body);
    if let Some(ct) = content_type {
        request = request.header("content-type", ct);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
    (status, value)
}

fn code(v: &Value) -> i64 {
    v["ErrorCode"].as_i64().unwrap()
}

async fn seeded() -> Emulator {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        for id in ["g1", "g2", "g3"] {
            s.add_group(id, Group::new(GroupType::Public).owner("alice"));
        }
    });
    emulator
}

#[tokio::test]
async fn bodies_are_json_whatever_the_content_type_says() {
    let emulator = seeded().await;
    let q = query(&emulator.credentials(), None);
    let path = DESTROY_GROUP.path;
    for (ct, group) in [
        (None, "{\"GroupId\": \"g1\"}"),
        (
            Some("text/plain"),
            "{\"GroupId\": \"g2\", \"Unknown\": [1, {}]}",
        ),
        (
            Some("application/x-www-form-urlencoded"),
            "{\"GroupId\": \"g3\"}",
        ),
    ] {
        let (status, v) = raw(&emulator, path, &q, ct, group).await;
        assert_eq!(status, HTTP_STATUS);
        assert_eq!(
            v,
            json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": ""})
        );
    }
    assert!(emulator.state().groups.is_empty());
}

#[tokio::test]
async fn malformed_requests_get_the_documented_codes() {
    let emulator = seeded().await;
    let creds = emulator.credentials();
    let q = query(&creds, None);
    let path = DESTROY_GROUP.path;
    let malformed = PublicError::JsonRequestMalformed.code();

    let (status, v) = raw(&emulator, path, &q, None, "").await;
    assert_eq!((status, code(&v)), (HTTP_STATUS, malformed), "{v}");
    assert_eq!(v["ActionStatus"], "FAIL");
    assert!(v["ErrorInfo"].as_str().unwrap().contains("empty"), "{v}");

    let (_, v) = raw(&emulator, path, &q, None, "GroupId=g1").await;
    assert_eq!(code(&v), malformed, "{v}");
    let (_, v) = raw(&emulator, path, &q, None, "{\"GroupId\": ").await;
    assert_eq!(code(&v), malformed, "{v}");

    // JSON, but not the request: the endpoint's invalid-request code, naming the field.
    let invalid = DESTROY_GROUP.invalid_request_code;
    let (_, v) = raw(&emulator, path, &q, None, "{}").await;
    assert_eq!(code(&v), invalid, "{v}");
    assert!(v["ErrorInfo"].as_str().unwrap().contains("GroupId"), "{v}");
    let (_, v) = raw(&emulator, path, &q, None, "{\"GroupId\": 5}").await;
    assert_eq!(code(&v), invalid, "{v}");
    let (_, v) = raw(&emulator, path, &q, None, "[]").await;
    assert_eq!(code(&v), invalid, "{v}");

    // Documented limits, checked from the spec (at most 100 members per call).
    let members: Vec<String> = (0..101).map(|i| format!("\"u{i}\"")).collect();
    let body: &'static str = Box::leak(
        format!(
            "{{\"GroupId\": \"g1\", \"MemberToDel_Account\": [{}]}}",
            members.join(",")
        )
        .into_boxed_str(),
    );
    let member_path = tencent_chat::group_open_http_svc::DELETE_GROUP_MEMBER.path;
    let (_, v) = raw(&emulator, member_path, &q, None, body).await;
    assert_eq!(
        code(&v),
        tencent_chat::group_open_http_svc::DELETE_GROUP_MEMBER.invalid_request_code
    );
    assert_eq!(
        v["ErrorInfo"],
        "invalid request: MemberToDel_Account has 101 entries; at most 100"
    );
    let sns = &tencent_chat::sns::GROUP_DELETE;
    let (_, v) = raw(&emulator, sns.path, &q, None, "{\"From_Account\": \"a\"}").await;
    assert_eq!(code(&v), sns.invalid_request_code, "{v}");

    // Unknown command, unknown service.
    let (status, v) = raw(&emulator, "v4/group_open_http_svc/no_such", &q, None, "{}").await;
    assert_eq!(
        (status, code(&v)),
        (HTTP_STATUS, PublicError::ResourceNotFound.code())
    );
    let (_, v) = raw(&emulator, "v4/nothing/here", &q, None, "{}").await;
    assert_eq!(code(&v), PublicError::ResourceNotFound.code());

    // Nothing was destroyed by any of this.
    assert_eq!(emulator.state().groups.len(), 3);
}

#[tokio::test]
async fn missing_query_parameters_are_named() {
    let emulator = seeded().await;
    let creds = emulator.credentials();
    let path = DESTROY_GROUP.path;
    let body = "{\"GroupId\": \"g1\"}";
    let cases = [
        (QUERY.app_id, PublicError::SdkAppIdMissing),
        (QUERY.identifier, PublicError::HttpRequestMalformed),
        (QUERY.signature, PublicError::UserSigEmpty),
        (QUERY.nonce, PublicError::HttpRequestMalformed),
        (QUERY.fixed[0].0, PublicError::HttpRequestMalformed),
    ];
    for (missing, expected) in cases {
        let (status, v) = raw(&emulator, path, &query(&creds, Some(missing)), None, body).await;
        assert_eq!(
            (status, code(&v)),
            (HTTP_STATUS, expected.code()),
            "{missing}: {v}"
        );
        assert!(
            v["ErrorInfo"].as_str().unwrap().contains(missing),
            "{missing}: {v}"
        );
    }
    let mut q = query(&creds, None);
    q.iter_mut().find(|(k, _)| k == QUERY.nonce).unwrap().1 = "-1".to_owned();
    let (_, v) = raw(&emulator, path, &q, None, body).await;
    assert_eq!(code(&v), PublicError::HttpRequestMalformed.code(), "{v}");
    let mut q = query(&creds, None);
    q.iter_mut().find(|(k, _)| k == QUERY.app_id).unwrap().1 = "abc".to_owned();
    let (_, v) = raw(&emulator, path, &q, None, body).await;
    assert_eq!(code(&v), PublicError::InvalidSdkAppId.code(), "{v}");
    assert!(emulator.state().group("g1").is_some());
}

fn client_with(emulator: &Emulator, credentials: Credentials) -> Client {
    Client::builder()
        .credentials(credentials)
        .base_url(emulator.base_url())
        .build()
        .unwrap()
}

#[tokio::test]
async fn wrong_credentials_are_refused_with_their_codes() {
    let emulator = Emulator::builder()
        .sdkappid(1_400_000_001)
        .secret_key("the right key")
        .admin("boss")
        .start()
        .await
        .unwrap();
    emulator.with_state(|s| s.add_group("g", Group::new(GroupType::Public)));
    let request = DestroyGroupRequest::new("g");
    let expect = |e: Error<DestroyGroupError>, public: PublicError| match e {
        Error::Service(s) => assert_eq!(s.kind, DestroyGroupError::Public(public), "{s}"),
        other => panic!("{other:?}"),
    };

    let other_key = Credentials::new(1_400_000_001, "another key").admin("boss");
    let err = client_with(&emulator, other_key)
        .destroy_group(&request)
        .await
        .unwrap_err();
    expect(err, PublicError::UserSigVerificationFailed);

    let other_app = Credentials::new(1_400_000_002, "the right key").admin("boss");
    let err = client_with(&emulator, other_app)
        .destroy_group(&request)
        .await
        .unwrap_err();
    expect(err, PublicError::InvalidSdkAppId);

    // Signed properly, but not by the admin.
    let not_admin = Credentials::new(1_400_000_001, "the right key").admin("alice");
    let err = client_with(&emulator, not_admin)
        .destroy_group(&request)
        .await
        .unwrap_err();
    expect(err, PublicError::AdminAccountRequired);

    // A UserSig whose identifier or app differs from the query's.
    let creds = emulator.credentials();
    let mut q = query(&creds, None);
    let foreign = Credentials::new(1_400_000_001, "the right key").admin("alice");
    q.iter_mut().find(|(k, _)| k == QUERY.signature).unwrap().1 =
        foreign.sign(now(), 3600).expose().to_owned();
    let (_, v) = raw(
        &emulator,
        DESTROY_GROUP.path,
        &q,
        None,
        "{\"GroupId\":\"g\"}",
    )
    .await;
    assert_eq!(code(&v), PublicError::UserSigUserIdMismatch.code(), "{v}");
    let foreign_app = Credentials::new(1_400_000_009, "the right key").admin("boss");
    q.iter_mut().find(|(k, _)| k == QUERY.signature).unwrap().1 =
        foreign_app.sign(now(), 3600).expose().to_owned();
    let (_, v) = raw(
        &emulator,
        DESTROY_GROUP.path,
        &q,
        None,
        "{\"GroupId\":\"g\"}",
    )
    .await;
    assert_eq!(code(&v), PublicError::UserSigAppIdMismatch.code(), "{v}");

    // Expired, and not a UserSig at all.
    q.iter_mut().find(|(k, _)| k == QUERY.signature).unwrap().1 =
        creds.sign(now() - 7200, 3600).expose().to_owned();
    let (_, v) = raw(
        &emulator,
        DESTROY_GROUP.path,
        &q,
        None,
        "{\"GroupId\":\"g\"}",
    )
    .await;
    assert_eq!(code(&v), PublicError::UserSigExpired.code(), "{v}");
    q.iter_mut().find(|(k, _)| k == QUERY.signature).unwrap().1 = "garbage".to_owned();
    let (_, v) = raw(
        &emulator,
        DESTROY_GROUP.path,
        &q,
        None,
        "{\"GroupId\":\"g\"}",
    )
    .await;
    assert_eq!(code(&v), PublicError::UserSigInvalid.code(), "{v}");

    // The group survived every refused call; the right credentials work.
    assert!(emulator.state().group("g").is_some());
    emulator
        .client()
        .unwrap()
        .destroy_group(&request)
        .await
        .unwrap();
    assert!(emulator.state().group("g").is_none());
}

#[tokio::test]
async fn rate_limits_answer_the_public_code() {
    let path = DESTROY_GROUP.path;
    // Two calls per hour: the third call in this test is refused whatever the timing.
    let emulator = Emulator::builder()
        .rate_limit(
            path,
            Some(RateLimit {
                calls: 2,
                per: Duration::from_secs(3600),
            }),
        )
        .start()
        .await
        .unwrap();
    // Retries off: 60007 is retryable, and the default client would try again.
    let client = no_retry(&emulator);
    for _ in 0..2 {
        let err = client
            .destroy_group(&DestroyGroupRequest::new("nope"))
            .await
            .unwrap_err();
        assert_eq!(
            err.service().unwrap().kind,
            DestroyGroupError::GroupNotFound
        );
    }
    let err = client
        .destroy_group(&DestroyGroupRequest::new("nope"))
        .await
        .unwrap_err();
    let kind = err.service().unwrap().kind;
    assert_eq!(
        kind,
        DestroyGroupError::Public(PublicError::RestApiRateLimited)
    );
    assert!(tencent_chat::EndpointError::is_retryable(&kind));
    // Other endpoints keep their own (spec) limits.
    client
        .group_delete(&GroupDeleteRequest::new("x", ["l"]))
        .await
        .unwrap_err();
    assert_eq!(emulator.calls(path).unwrap(), 3);
}

#[tokio::test]
async fn injected_faults_reach_the_client_as_their_error_kinds() {
    let emulator = seeded().await;
    let path = DESTROY_GROUP.path;
    // Retries off: each fault is seen as it is (the retry paths have their own test).
    let client = no_retry(&emulator);
    let destroy = |id: &str| {
        let client = client.clone();
        let request = DestroyGroupRequest::new(id);
        async move { client.destroy_group(&request).await }
    };

    emulator.inject(path, Fault::HttpStatus(502), 1).unwrap();
    match destroy("g1").await.unwrap_err() {
        Error::HttpStatus { status, .. } => assert_eq!(status, 502),
        other => panic!("{other:?}"),
    }

    emulator.inject(path, Fault::Reset, 1).unwrap();
    match destroy("g1").await.unwrap_err() {
        Error::Transport { .. } => {}
        other => panic!("{other:?}"),
    }

    emulator.inject(path, Fault::MalformedBody, 1).unwrap();
    match destroy("g1").await.unwrap_err() {
        Error::Decode { excerpt, .. } => assert!(excerpt.starts_with("<html>"), "{excerpt}"),
        other => panic!("{other:?}"),
    }

    emulator.inject(path, Fault::ErrorCode(10002), 2).unwrap();
    for _ in 0..2 {
        let err = destroy("g1").await.unwrap_err();
        let kind = err.service().unwrap().kind;
        assert_eq!(kind, DestroyGroupError::GroupInternalError);
    }
    // None of the faults above processed the call.
    assert!(emulator.state().group("g1").is_some());

    // A truncated answer: the call took effect, the client cannot decode the answer.
    emulator.inject(path, Fault::TruncatedBody, 1).unwrap();
    match destroy("g1").await.unwrap_err() {
        Error::Decode { .. } => {}
        other => panic!("{other:?}"),
    }
    assert!(emulator.state().group("g1").is_none());

    // A delay past the client's timeout: the client gives up; the call took effect.
    emulator
        .inject(path, Fault::Delay(Duration::from_secs(3)), 1)
        .unwrap();
    let impatient = Client::builder()
        .credentials(emulator.credentials())
        .base_url(emulator.base_url())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    match impatient
        .destroy_group(&DestroyGroupRequest::new("g2"))
        .await
        .unwrap_err()
    {
        Error::Timeout { .. } => {}
        other => panic!("{other:?}"),
    }
    // The emulator acts before it waits; on a loaded machine it may not have acted yet
    // when the client gave up, so wait for it rather than assume it.
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while emulator.state().group("g2").is_some() {
        assert!(
            std::time::Instant::now() < deadline,
            "the delayed call never took effect"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }

    // Faults are used up: the next call is normal again.
    destroy("g3").await.unwrap();
    let err = destroy("g3").await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        DestroyGroupError::GroupNotFound
    );

    // Faults apply to one endpoint only, and unknown paths are refused.
    emulator.inject(path, Fault::HttpStatus(503), 5).unwrap();
    let err = client
        .delete_group_member(&DeleteGroupMemberRequest::new("none", ["a"]))
        .await
        .unwrap_err();
    assert!(err.service().is_some(), "{err:?}");
    emulator.clear_faults();
    assert!(emulator.inject("v4/nope/nope", Fault::Reset, 1).is_err());
    emulator.stop().await.unwrap();
}

#[tokio::test]
async fn the_secret_key_stays_out_of_debug_output() {
    let builder = Emulator::builder().secret_key("very-secret-key");
    assert!(!format!("{builder:?}").contains("very-secret-key"));
    let emulator = builder.start().await.unwrap();
    let shown = format!("{emulator:?} {:?}", emulator.credentials());
    assert!(!shown.contains("very-secret-key"), "{shown}");
    // The credentials it hands out are the ones it accepts.
    let client = emulator.client().unwrap();
    let err = client
        .destroy_group(&DestroyGroupRequest::new("none"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        DestroyGroupError::GroupNotFound
    );
}

/// Faults drive the client's retry paths: retryable codes and failures before the
/// request was processed are retried; after a failure that may have reached the
/// service, only calls the spec marks safe to repeat are, unless the caller opts in.
#[tokio::test]
async fn faults_drive_the_clients_retry_and_no_retry_paths() {
    let emulator = seeded().await;
    emulator.with_state(|s| {
        s.add_accounts(["m1", "m2", "m3"]);
        s.add_group(
            "big",
            Group::new(GroupType::Public)
                .owner("owner")
                .members(["m1", "m2", "m3"]),
        );
    });
    let client = Client::builder()
        .credentials(emulator.credentials())
        .base_url(emulator.base_url())
        .timeout(Duration::from_millis(400))
        .retry(RetryPolicy::new().initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap();
    let destroy_path = DESTROY_GROUP.path;
    let delete_path = tencent_chat::group_open_http_svc::DELETE_GROUP_MEMBER.path;
    let calls = |path: &str| emulator.calls(path).unwrap();

    // An internal error (10002) leaves unknown whether the service acted: the
    // irrevocable destroy_group is not repeated.
    emulator
        .inject(destroy_path, Fault::ErrorCode(10002), 1)
        .unwrap();
    let before = calls(destroy_path);
    let err = client
        .destroy_group(&DestroyGroupRequest::new("g1"))
        .await
        .unwrap_err();
    assert_eq!(err.code().map(i64::from), Some(10002));
    assert_eq!(calls(destroy_path) - before, 1);

    // A code refusing the call before acting (60018) twice: the third attempt
    // succeeds, even for an irrevocable call.
    emulator
        .inject(destroy_path, Fault::ErrorCode(60018), 2)
        .unwrap();
    let before = calls(destroy_path);
    client
        .destroy_group(&DestroyGroupRequest::new("g1"))
        .await
        .unwrap();
    assert_eq!(calls(destroy_path) - before, 3);
    assert!(emulator.state().group("g1").is_none());

    // A 502 and a reset on a call that is safe to repeat: retried, then done.
    emulator
        .inject(delete_path, Fault::HttpStatus(502), 1)
        .unwrap();
    emulator.inject(delete_path, Fault::Reset, 1).unwrap();
    let before = calls(delete_path);
    client
        .delete_group_member(&DeleteGroupMemberRequest::new("big", ["m1"]))
        .await
        .unwrap();
    assert_eq!(calls(delete_path) - before, 3);
    assert!(
        !emulator
            .state()
            .group("big")
            .unwrap()
            .members
            .contains_key("m1")
    );

    // The same faults on the irrevocable destroy_group: not repeated.
    for fault in [Fault::HttpStatus(502), Fault::Reset] {
        emulator.inject(destroy_path, fault, 1).unwrap();
        let before = calls(destroy_path);
        let err = client
            .destroy_group(&DestroyGroupRequest::new("g2"))
            .await
            .unwrap_err();
        assert!(
            matches!(err, Error::HttpStatus { .. } | Error::Transport { .. }),
            "{err:?}"
        );
        assert_eq!(calls(destroy_path) - before, 1, "not repeated after {err}");
    }

    // A delay past the client's timeout: the service acted, so destroy_group is not
    // repeated...
    emulator
        .inject(destroy_path, Fault::Delay(Duration::from_secs(2)), 1)
        .unwrap();
    let before = calls(destroy_path);
    let err = client
        .destroy_group(&DestroyGroupRequest::new("g2"))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(calls(destroy_path) - before, 1);
    // ...unless the caller opts in: the repeat then meets the group already gone.
    emulator
        .inject(destroy_path, Fault::Delay(Duration::from_secs(2)), 1)
        .unwrap();
    emulator.with_state(|s| {
        s.add_group("g4", Group::new(GroupType::Public).owner("owner"));
    });
    let opts = tencent_chat::CallOptions::new().retry_unsafe(true);
    let err = client
        .call_with(&DestroyGroupRequest::new("g4"), &opts)
        .await
        .unwrap_err();
    assert_eq!(
        err.service().map(|e| e.kind),
        Some(DestroyGroupError::GroupNotFound),
        "the repeat of an irrevocable call finds its effect: {err:?}"
    );

    // A truncated answer to destroy_group: the call was done; not repeated.
    emulator
        .inject(destroy_path, Fault::TruncatedBody, 1)
        .unwrap();
    let before = calls(destroy_path);
    let err = client
        .destroy_group(&DestroyGroupRequest::new("g3"))
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::Decode { .. } | Error::Transport { .. }),
        "{err:?}"
    );
    assert_eq!(calls(destroy_path) - before, 1);
    assert!(emulator.state().group("g3").is_none());
}
