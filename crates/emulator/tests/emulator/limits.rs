//! What one client can make the emulator hold or do: bodies read only after the query
//! authenticated the call, and only up to a size and within a time; slow heads and
//! idle connections closed; a cap on connections; faults kept for authenticated calls;
//! request lists deduplicated and bounded; history and notifications bounded; echoed
//! paths clipped. Everything runs against 127.0.0.1.
//!
//! Tests that wait for the emulator to act (answer, close) do so under a generous
//! guard, so that a missing limit fails the test instead of hanging it; nothing here
//! measures time.

use crate::support::text;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::Value;
use tencent_chat::envelope::QUERY;
use tencent_chat::group_open_http_svc::{
    DESTROY_GROUP, DestroyGroupRequest, GetGroupInfoRequest, GroupInfoFilter,
    GroupMsgGetSimpleRequest, SendGroupMsgRequest,
};
use tencent_chat::sns::GroupAddRequest;
use tencent_chat::{Client, Credentials, Error, PublicError, RetryPolicy};
use tencent_chat_emulator::{Emulator, Fault, Friends, Group, GroupType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Long enough for any machine to act on a limit set to a fraction of a second.
const GUARD: Duration = Duration::from_secs(20);

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// The query string of a call signed with `credentials` (`signed` false: without a
/// UserSig).
fn query(credentials: &Credentials, signed: bool) -> String {
    let mut q = vec![
        format!("{}={}", QUERY.app_id, credentials.app_id()),
        format!("{}={}", QUERY.identifier, credentials.admin_identifier()),
        format!("{}=12345", QUERY.nonce),
    ];
    if signed {
        let sig = credentials.sign(now(), 3600);
        q.push(format!("{}={}", QUERY.signature, sig.expose()));
    }
    q.extend(QUERY.fixed.iter().map(|(k, v)| format!("{k}={v}")));
    q.join("&")
}

/// The head of a POST with this Content-Length.
fn head(emulator: &Emulator, path: &str, query: &str, length: usize) -> String {
    format!(
        "POST /{path}?{query} HTTP/1.1\r\nhost: {}\r\ncontent-type: application/json\r\n\
         content-length: {length}\r\n\r\n",
        emulator.local_addr()
    )
}

/// Reads one answer's head and JSON body (with Content-Length) from `stream`.
async fn read_answer(stream: &mut TcpStream) -> Value {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stream.read(&mut buf).await.unwrap();
        assert!(n > 0, "the connection closed without an answer");
        data.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&data);
        if let Some(end) = text.find("\r\n\r\n") {
            let length: usize = text[..end]
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse().unwrap())
                })
                .expect("a Content-Length");
            if data.len() >= end + 4 + length {
                return serde_json::from_slice(&data[end + 4..end + 4 + length]).unwrap();
            }
        }
    }
}

/// Reads until the emulator closes the connection (or resets it); returns what came.
async fn read_to_close(stream: &mut TcpStream) -> Vec<u8> {
    let mut data = Vec::new();
    let _ = stream.read_to_end(&mut data).await;
    data
}

/// A client of the emulator that never retries.
fn no_retry(emulator: &Emulator) -> Client {
    Client::builder()
        .credentials(emulator.credentials())
        .base_url(emulator.base_url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

fn code(v: &Value) -> i64 {
    v["ErrorCode"].as_i64().unwrap()
}

#[tokio::test]
async fn an_unauthenticated_call_is_answered_without_reading_its_body() {
    let emulator = Emulator::start().await.unwrap();
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    // Announces 4 MiB and sends none of it: the query alone decides.
    let q = query(&emulator.credentials(), false);
    stream
        .write_all(head(&emulator, DESTROY_GROUP.path, &q, 4 << 20).as_bytes())
        .await
        .unwrap();
    let answer = tokio::time::timeout(GUARD, read_answer(&mut stream))
        .await
        .expect("answered before any body arrived");
    assert_eq!(code(&answer), PublicError::UserSigEmpty.code());
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused_before_it_is_read() {
    let emulator = Emulator::start().await.unwrap();
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    let q = query(&emulator.credentials(), true);
    let length = tencent_chat_emulator::DEFAULT_MAX_BODY_BYTES + 1;
    stream
        .write_all(head(&emulator, DESTROY_GROUP.path, &q, length).as_bytes())
        .await
        .unwrap();
    let answer = tokio::time::timeout(GUARD, read_answer(&mut stream))
        .await
        .expect("answered before any body arrived");
    assert_eq!(code(&answer), PublicError::HttpRequestMalformed.code());
    assert!(
        answer["ErrorInfo"]
            .as_str()
            .unwrap()
            .contains("larger than")
    );
}

#[tokio::test]
async fn a_body_without_content_length_is_cut_at_the_limit() {
    let emulator = Emulator::builder()
        .max_body_bytes(1024)
        .start()
        .await
        .unwrap();
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    let q = query(&emulator.credentials(), true);
    // Chunked: the size is only known by reading.
    let chunk = format!("{{\"GroupId\": \"{}\"}}", "g".repeat(2000));
    let request = format!(
        "POST /{}?{q} HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\n{:x}\r\n{chunk}\r\n0\r\n\r\n",
        DESTROY_GROUP.path,
        chunk.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let answer = tokio::time::timeout(GUARD, read_answer(&mut stream))
        .await
        .unwrap();
    assert_eq!(code(&answer), PublicError::HttpRequestMalformed.code());
}

#[tokio::test]
async fn a_slow_body_times_out() {
    let emulator = Emulator::builder()
        .body_timeout(Duration::from_millis(200))
        .start()
        .await
        .unwrap();
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    let q = query(&emulator.credentials(), true);
    stream
        .write_all(head(&emulator, DESTROY_GROUP.path, &q, 100).as_bytes())
        .await
        .unwrap();
    stream.write_all(b"{\"GroupId\"").await.unwrap();
    let answer = tokio::time::timeout(GUARD, read_answer(&mut stream))
        .await
        .expect("a late body is answered");
    assert_eq!(code(&answer), PublicError::RequestTimeoutOrMalformed.code());
    // The rest of that request never comes: the connection is closed.
    tokio::time::timeout(GUARD, read_to_close(&mut stream))
        .await
        .unwrap();
}

#[tokio::test]
async fn slow_heads_and_idle_connections_are_closed() {
    let emulator = Emulator::builder()
        .header_timeout(Duration::from_millis(200))
        .start()
        .await
        .unwrap();
    // Half a head, then nothing.
    let mut slow = TcpStream::connect(emulator.local_addr()).await.unwrap();
    slow.write_all(b"POST /v4/group_open_http_svc/destroy_group?sdk")
        .await
        .unwrap();
    tokio::time::timeout(GUARD, read_to_close(&mut slow))
        .await
        .expect("a slow head ends the connection");
    // Nothing at all.
    let mut idle = TcpStream::connect(emulator.local_addr()).await.unwrap();
    let got = tokio::time::timeout(GUARD, read_to_close(&mut idle))
        .await
        .expect("an idle connection is closed");
    assert!(got.is_empty() || got.starts_with(b"HTTP/1.1 408"));
}

#[tokio::test]
async fn a_head_over_the_limit_is_refused() {
    let emulator = Emulator::start().await.unwrap();
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    let q = query(&emulator.credentials(), true);
    // A short URI (hyper itself refuses URIs over 64 KiB) and a long header.
    let request = head(&emulator, DESTROY_GROUP.path, &q, 0).replacen(
        "\r\n",
        &format!("\r\nx-pad: {}\r\n", "p".repeat(100 * 1024)),
        1,
    );
    let _ = stream.write_all(request.as_bytes()).await;
    let got = tokio::time::timeout(GUARD, read_to_close(&mut stream))
        .await
        .expect("the connection is closed");
    let got = String::from_utf8_lossy(&got);
    assert!(got.starts_with("HTTP/1.1 431"), "{got}");
}

#[tokio::test]
async fn a_client_that_takes_no_answer_loses_its_connection() {
    // One slot: while the stalled connection holds it, nobody else is served.
    let emulator = Emulator::builder()
        .max_connections(1)
        .body_timeout(Duration::from_millis(200))
        .rate_limits(false)
        .start()
        .await
        .unwrap();
    // Three groups whose profiles take several MB, more than the socket buffers hold.
    emulator.with_state(|s| {
        for id in ["g1", "g2", "g3"] {
            s.add_group(
                id,
                Group::new(GroupType::Public)
                    .owner("alice")
                    .members((0..30_000).map(|i| format!("member{i}"))),
            );
        }
    });
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut stalled = socket.connect(emulator.local_addr()).await.unwrap();
    let q = query(&emulator.credentials(), true);
    let body = "{\"GroupIdList\": [\"g1\", \"g2\", \"g3\"]}";
    stalled
        .write_all(
            format!(
                "{}{body}",
                head(
                    &emulator,
                    "v4/group_open_http_svc/get_group_info",
                    &q,
                    body.len()
                )
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    // The answer is never read. Other calls are served once the emulator gave up on it.
    let client = no_retry(&emulator);
    tokio::time::timeout(GUARD, async {
        while client
            .destroy_group(&DestroyGroupRequest::new("g1"))
            .await
            .is_err()
        {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the stalled connection was closed");
    drop(stalled);
}

#[tokio::test]
async fn connections_beyond_the_cap_are_closed() {
    let emulator = Emulator::builder()
        .max_connections(1)
        .start()
        .await
        .unwrap();
    emulator.with_state(|s| {
        for id in ["g1", "g2"] {
            s.add_group(id, Group::new(GroupType::Public).owner("alice"));
        }
    });
    let q = query(&emulator.credentials(), true);
    let body = "{\"GroupId\": \"g1\"}";
    let mut first = TcpStream::connect(emulator.local_addr()).await.unwrap();
    first
        .write_all(
            format!(
                "{}{body}",
                head(&emulator, DESTROY_GROUP.path, &q, body.len())
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    // Answered: the first connection holds the only slot from now on.
    assert_eq!(code(&read_answer(&mut first).await), 0);
    let mut second = TcpStream::connect(emulator.local_addr()).await.unwrap();
    let body = "{\"GroupId\": \"g2\"}";
    let _ = second
        .write_all(
            format!(
                "{}{body}",
                head(&emulator, DESTROY_GROUP.path, &q, body.len())
            )
            .as_bytes(),
        )
        .await;
    let got = tokio::time::timeout(GUARD, read_to_close(&mut second))
        .await
        .expect("the second connection is closed");
    assert!(got.is_empty(), "no answer on a connection over the cap");
    assert!(emulator.state().group("g2").is_some());
    // Once the first one is gone, its slot is free again.
    drop(first);
    let client = emulator.client().unwrap();
    let mut tries = 0;
    loop {
        match client.destroy_group(&DestroyGroupRequest::new("g2")).await {
            Ok(_) => break,
            // The emulator notices the first connection's end on its own time.
            Err(e) if tries < 100 && e.service().is_none() => {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            Err(e) => panic!("{e}"),
        }
    }
    assert!(emulator.state().group("g2").is_none());
}

#[tokio::test]
async fn faults_wait_for_an_authenticated_call() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| s.add_group("g1", Group::new(GroupType::Public).owner("alice")));
    emulator
        .inject(DESTROY_GROUP.path, Fault::ErrorCode(10002), 1)
        .unwrap();
    // An unauthenticated call gets its refusal and leaves the fault queued.
    let mut stream = TcpStream::connect(emulator.local_addr()).await.unwrap();
    let q = query(&emulator.credentials(), false);
    let body = "{\"GroupId\": \"g1\"}";
    stream
        .write_all(
            format!(
                "{}{body}",
                head(&emulator, DESTROY_GROUP.path, &q, body.len())
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    assert_eq!(
        code(&read_answer(&mut stream).await),
        PublicError::UserSigEmpty.code()
    );
    let err = no_retry(&emulator)
        .destroy_group(&DestroyGroupRequest::new("g1"))
        .await
        .unwrap_err();
    assert_eq!(err.service().unwrap().code().code(), 10002);
    assert!(emulator.state().group("g1").is_some());
}

#[tokio::test]
async fn an_unknown_path_is_echoed_clipped() {
    let emulator = Emulator::start().await.unwrap();
    let long = format!("v4/{}", "x".repeat(10_000));
    let response = reqwest::Client::new()
        .post(format!("{}/{long}", emulator.base_url()))
        .body("{}")
        .send()
        .await
        .unwrap();
    let answer: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(code(&answer), PublicError::ResourceNotFound.code());
    let info = answer["ErrorInfo"].as_str().unwrap();
    assert!(info.len() < 1000, "ErrorInfo of {} bytes", info.len());
    assert!(info.contains("more bytes]"), "{info}");
}

#[tokio::test]
async fn a_group_named_many_times_is_read_once() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_group(
            "g",
            Group::new(GroupType::Public)
                .owner("alice")
                .members((0..50).map(|i| format!("m{i}"))),
        );
    });
    let client = emulator.client().unwrap();
    let ids: Vec<String> = std::iter::repeat_n("g".to_owned(), 49)
        .chain(["gone".to_owned()])
        .collect();
    let response = client
        .get_group_info(&GetGroupInfoRequest::new(ids))
        .await
        .unwrap();
    let listed: Vec<&str> = response
        .group_info
        .iter()
        .map(|g| g.group_id.as_str())
        .collect();
    assert_eq!(listed, ["g", "gone"]);
    assert_eq!(
        response.group_info[0].member_list.as_ref().unwrap().len(),
        51
    );
}

#[tokio::test]
async fn request_filters_are_bounded_by_their_specs() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| s.add_group("g", Group::new(GroupType::Public).owner("alice")));
    let client = emulator.client().unwrap();
    let mut filter = GroupInfoFilter::new();
    filter.app_defined_data_filter_group_member =
        Some((0..1000).map(|i| format!("k{i}")).collect());
    let mut request = GetGroupInfoRequest::new(["g"]);
    request.response_filter = Some(filter);
    // Refused by the client's own check of the spec's limit ...
    let err = client.get_group_info(&request).await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err}");
    // ... and by the emulator, for a client that does not check.
    let q = query(&emulator.credentials(), true);
    let response = reqwest::Client::new()
        .post(format!(
            "{}/v4/group_open_http_svc/get_group_info?{q}",
            emulator.base_url()
        ))
        .body(serde_json::to_vec(&request).unwrap())
        .send()
        .await
        .unwrap();
    let answer: Value = serde_json::from_str(&response.text().await.unwrap()).unwrap();
    assert_eq!(
        code(&answer),
        tencent_chat::group_open_http_svc::GET_GROUP_INFO.invalid_request_code
    );
    let info = answer["ErrorInfo"].as_str().unwrap();
    assert!(info.contains("AppDefinedDataFilter_GroupMember"), "{info}");
}

#[tokio::test]
async fn group_add_answers_each_friend_once() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice", "bob"]);
        *s.friends_mut("alice") = Friends::new().with_friends(["bob"]);
    });
    let client = emulator.client().unwrap();
    let mut request = GroupAddRequest::new("alice", ["close"]);
    request.to_account = Some(vec![
        "bob".into(),
        "bob".into(),
        "carol".into(),
        "carol".into(),
    ]);
    let response = client.group_add(&request).await.unwrap();
    let results: Vec<(&str, i64)> = response
        .result_item
        .as_deref()
        .unwrap()
        .iter()
        .map(|r| (r.to_account.as_str(), r.result_code))
        .collect();
    assert_eq!(results, [("bob", 0), ("carol", 32216)]);
    assert_eq!(response.fail_account.unwrap(), ["carol"]);
    // The list of To_Account has a limit: a longer one is refused.
    request.to_account = Some((0..10_000).map(|i| format!("f{i}")).collect());
    let err = client.group_add(&request).await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err}");
}

#[tokio::test]
async fn history_and_notifications_keep_their_latest_entries() {
    let emulator = Emulator::builder()
        .history_per_group(5)
        .notifications_per_group(2)
        .start()
        .await
        .unwrap();
    emulator.with_state(|s| {
        s.add_accounts((0..4).map(|i| format!("m{i}")));
        s.add_group("g", Group::new(GroupType::Public).owner("alice"));
    });
    let client = emulator.client().unwrap();
    for i in 0..8 {
        client
            .send_group_msg(&SendGroupMsgRequest::new("g", i, text(&format!("m{i}"))))
            .await
            .unwrap();
    }
    for i in 0..4 {
        let request = tencent_chat::group_open_http_svc::AddGroupMemberRequest::new(
            "g",
            [tencent_chat::group_open_http_svc::AddGroupMemberItem::new(
                format!("m{i}"),
            )],
        );
        client.add_group_member(&request).await.unwrap();
    }
    let state = emulator.state();
    let g = state.group("g").unwrap();
    let seqs: Vec<u64> = g.messages.iter().map(|m| m.seq).collect();
    assert_eq!(seqs, [4, 5, 6, 7, 8]);
    assert_eq!(g.last_msg_seq, 8);
    let added: Vec<&str> = g
        .notifications
        .iter()
        .flat_map(|n| n.accounts.iter().map(String::as_str))
        .collect();
    assert_eq!(added, ["m2", "m3"]);
    let history = client
        .group_msg_get_simple(&GroupMsgGetSimpleRequest::new("g", 20))
        .await
        .unwrap();
    let read: Vec<u64> = history
        .rsp_msg_list
        .unwrap()
        .iter()
        .map(|m| m.msg_seq)
        .collect();
    assert_eq!(read, [8, 7, 6, 5, 4]);
}

#[tokio::test]
async fn used_up_sequence_numbers_get_an_error_code_not_a_panic() {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice"]);
        let mut g = Group::new(GroupType::Public).owner("alice");
        g.last_msg_seq = u64::MAX;
        s.add_group("g", g);
        let mut friends = Friends::new().with_list("old", Vec::<String>::new());
        friends.list_sequence = u64::MAX;
        *s.friends_mut("alice") = friends;
    });
    let client = no_retry(&emulator);
    let err = client
        .send_group_msg(&SendGroupMsgRequest::new("g", 1, text("hi")))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().map(|s| s.kind),
        Some(tencent_chat::group_open_http_svc::SendGroupMsgError::GroupInternalError)
    );
    let info = client
        .get_group_info(&GetGroupInfoRequest::new(["g"]))
        .await
        .unwrap();
    assert_eq!(info.group_info[0].next_msg_seq, Some(u64::MAX));
    let err = client
        .group_add(&GroupAddRequest::new("alice", ["new"]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().map(|s| s.kind),
        Some(tencent_chat::sns::GroupAddError::SnsInternalError)
    );
    let err = client
        .group_delete(&tencent_chat::sns::GroupDeleteRequest::new(
            "alice",
            ["old"],
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().map(|s| s.kind),
        Some(tencent_chat::sns::GroupDeleteError::SnsInternalError)
    );
    // Nothing changed.
    let state = emulator.state();
    assert!(state.group("g").unwrap().messages.is_empty());
    assert_eq!(
        state.friends["alice"].lists.keys().collect::<Vec<_>>(),
        ["old"]
    );
}

#[tokio::test]
async fn notifications_of_a_large_group_keep_a_bounded_number_of_recipients() {
    let emulator = Emulator::start().await.unwrap();
    let size = tencent_chat_emulator::NOTIFICATION_RECIPIENTS_PER_GROUP * 3 / 5;
    emulator.with_state(|s| {
        s.add_accounts(["new1", "new2"]);
        s.add_group(
            "big",
            Group::new(GroupType::Public)
                .owner("alice")
                .members((0..size).map(|i| format!("member{i}"))),
        );
    });
    let client = emulator.client().unwrap();
    for account in ["new1", "new2"] {
        let request = tencent_chat::group_open_http_svc::AddGroupMemberRequest::new(
            "big",
            [tencent_chat::group_open_http_svc::AddGroupMemberItem::new(
                account,
            )],
        );
        client.add_group_member(&request).await.unwrap();
    }
    let state = emulator.state();
    let notifications = &state.group("big").unwrap().notifications;
    // Both together list more recipients than the bound: only the latest is kept.
    assert_eq!(notifications.len(), 1);
    assert_eq!(notifications[0].accounts, ["new2"]);
    assert_eq!(notifications[0].recipients.len(), size + 3);
}

#[test]
fn history_is_trimmed_in_batches() {
    let mut g = Group::new(GroupType::Public);
    // 16 kept, dropped once more than 16 + 16 / 8 = 18.
    for _ in 0..18 {
        g.push_text("alice", "x");
        g.trim_history(16);
    }
    assert_eq!(g.messages.len(), 18);
    g.push_text("alice", "x");
    g.trim_history(16);
    let seqs: Vec<u64> = g.messages.iter().map(|m| m.seq).collect();
    assert_eq!(seqs, (4..=19).collect::<Vec<_>>());
}

#[tokio::test]
async fn the_longest_durations_are_taken_without_overflow() {
    let emulator = Emulator::builder()
        .header_timeout(Duration::MAX)
        .body_timeout(Duration::MAX)
        .save_interval(Duration::MAX)
        .shutdown_grace(Duration::MAX)
        .start()
        .await
        .unwrap();
    emulator.with_state(|s| s.add_group("g1", Group::new(GroupType::Public).owner("alice")));
    // A call (head, body and answer all under their timers), twice on one connection.
    let client = no_retry(&emulator);
    client
        .destroy_group(&DestroyGroupRequest::new("g1"))
        .await
        .unwrap();
    let err = client
        .destroy_group(&DestroyGroupRequest::new("g1"))
        .await
        .unwrap_err();
    assert!(err.service().is_some(), "{err}");
    drop(client);
    tokio::time::timeout(GUARD, emulator.stop())
        .await
        .unwrap()
        .unwrap();
}
