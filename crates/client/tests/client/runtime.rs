//! The client runtime against a scripted HTTP server on 127.0.0.1: every error kind,
//! retries and their limits, the 70001 path, rate limits, batching, group-type
//! refusals and what reaches the logs.
//!
//! The server is a few lines of raw HTTP/1.1 over tokio so that it can misbehave
//! the ways real networks do: answer late, close the connection without an answer,
//! or send a body that stops half-way.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tencent_chat::group_open_http_svc::{
    CreateGroupRequest, DeleteGroupMemberRequest, DeleteGroupMsgBySenderRequest,
    DestroyGroupRequest, GetGroupInfoRequest,
};
use tencent_chat::sns::GroupDeleteRequest;
use tencent_chat::types::GroupType;
use tencent_chat::{
    CallOptions, Client, ClientBuilder, ConfigError, Credentials, ERROR_CODES, Endpoint, Error,
    ErrorCode, Limit, PublicError, RateLimitMode, RetryPolicy, Retryability, TransportErrorKind,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const APP: u32 = 1_400_000_000;
const KEY: &str = "runtime-test-secret-key-42";

/// What the server does with one request.
#[derive(Debug, Clone)]
enum Act {
    /// Answer 200 with this envelope.
    Json(Value),
    /// Answer this HTTP status with a text body.
    Status(u16),
    /// Wait, then answer 200 OK.
    Delay(Duration),
    /// Close the connection without answering.
    Reset,
    /// Announce a long body and send only its start.
    Truncated,
    /// Answer this status and body; without `length`, no Content-Length: the body
    /// ends when the connection closes.
    Raw {
        status: u16,
        body: Vec<u8>,
        length: bool,
    },
    /// Answer 307 to this location.
    Redirect(String),
    /// Answer this error code with the request target (path and query, so the
    /// UserSig) in ErrorInfo and ErrorDisplay.
    EchoInfo(i64),
    /// Answer this status with the request target in the body.
    EchoStatus(u16),
    /// Answer 200 with a body that is not JSON and holds the request target.
    EchoGarbage,
}

fn ok() -> Value {
    json!({"ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "", "CurrentSequence": 7})
}

fn fail(code: i64, info: &str) -> Value {
    json!({"ActionStatus": "FAIL", "ErrorCode": code, "ErrorInfo": info})
}

#[derive(Debug, Clone)]
struct Seen {
    path: String,
    query: HashMap<String, String>,
    body: Value,
}

#[derive(Clone, Default)]
struct Server {
    script: Arc<Mutex<VecDeque<Act>>>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    async fn start() -> (Server, String) {
        let server = Server::default();
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let s = server.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(s.clone().serve(stream));
            }
        });
        (server, url)
    }

    /// Acts for the next requests, in order; later requests get `ok()`.
    fn script(&self, acts: impl IntoIterator<Item = Act>) {
        self.script.lock().unwrap().extend(acts);
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    async fn serve(self, mut stream: TcpStream) {
        let mut buf = Vec::new();
        loop {
            // Read one request: head, then Content-Length bytes of body.
            let head_end = loop {
                if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    break i + 4;
                }
                let mut chunk = [0u8; 4096];
                match stream.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            };
            let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
            let length = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.eq_ignore_ascii_case("content-length")
                        .then(|| v.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            while buf.len() < head_end + length {
                let mut chunk = [0u8; 4096];
                match stream.read(&mut chunk).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                }
            }
            let body: Vec<u8> = buf.drain(..head_end + length).skip(head_end).collect();
            let target = head.split(' ').nth(1).unwrap_or("").to_owned();
            let echo = target.clone();
            let (path, query) = target.split_once('?').unwrap_or((&target, ""));
            let query = query
                .split('&')
                .filter_map(|kv| kv.split_once('='))
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            self.seen.lock().unwrap().push(Seen {
                path: path.to_owned(),
                query,
                body: serde_json::from_slice(&body).unwrap_or(Value::Null),
            });
            let act = self.script.lock().unwrap().pop_front();
            let mut extra = String::new();
            let (status, text) = match act.unwrap_or(Act::Json(ok())) {
                Act::Json(v) => (200, v.to_string()),
                Act::Raw {
                    status,
                    body,
                    length,
                } => {
                    let head = if length {
                        format!(
                            "HTTP/1.1 {status} X\r\ncontent-length: {}\r\n\r\n",
                            body.len()
                        )
                    } else {
                        format!("HTTP/1.1 {status} X\r\nconnection: close\r\n\r\n")
                    };
                    let _ = stream.write_all(head.as_bytes()).await;
                    let _ = stream.write_all(&body).await;
                    if length {
                        continue;
                    }
                    return;
                }
                Act::Redirect(to) => {
                    extra = format!("location: {to}\r\n");
                    (307, String::new())
                }
                Act::EchoInfo(code) => (
                    200,
                    json!({"ActionStatus": "FAIL", "ErrorCode": code,
                        "ErrorInfo": format!("bad request {echo}"),
                        "ErrorDisplay": format!("see {echo}")})
                    .to_string(),
                ),
                Act::EchoStatus(status) => (status, format!("<html>no route for {echo}</html>")),
                Act::EchoGarbage => (200, format!("<html>{echo}</html>")),
                Act::Status(code) => (code, "<html>bad gateway</html>".to_owned()),
                Act::Delay(d) => {
                    tokio::time::sleep(d).await;
                    (200, ok().to_string())
                }
                Act::Reset => return,
                Act::Truncated => {
                    let partial = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"ActionStatus\": \"OK\", \"Err";
                    let _ = stream.write_all(partial.as_bytes()).await;
                    return;
                }
            };
            let reply = format!(
                "HTTP/1.1 {status} X\r\ncontent-type: application/json\r\n{extra}content-length: {}\r\n\r\n{text}",
                text.len()
            );
            if stream.write_all(reply.as_bytes()).await.is_err() {
                return;
            }
        }
    }
}

fn builder(url: &str) -> ClientBuilder {
    Client::builder()
        .credentials(Credentials::new(APP, KEY))
        .base_url(url)
        .retry(
            RetryPolicy::new()
                .initial_backoff(Duration::from_millis(5))
                .max_backoff(Duration::from_millis(20)),
        )
}

fn destroy() -> DestroyGroupRequest {
    DestroyGroupRequest::new("@TGS#1NVTZEAE4")
}

fn delete_members() -> DeleteGroupMemberRequest {
    DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", ["tommy", "jared"])
}

#[tokio::test]
async fn refused_codes_are_retried_with_a_fresh_random_each_attempt() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    // Rate limits: the service refused before acting, so even destroy_group, which
    // is not safe to repeat, is sent again.
    server.script([
        Act::Json(fail(60007, "too fast")),
        Act::Json(fail(60018, "too many requests")),
    ]);
    client.destroy_group(&destroy()).await.unwrap();
    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    for s in &seen {
        assert_eq!(s.path, "/v4/group_open_http_svc/destroy_group");
        assert_eq!(s.body, json!({"GroupId": "@TGS#1NVTZEAE4"}));
        assert_eq!(s.query["contenttype"], "json");
        s.query["random"].parse::<u32>().unwrap();
    }
    let randoms: std::collections::HashSet<_> = seen.iter().map(|s| &s.query["random"]).collect();
    assert_eq!(randoms.len(), 3, "random is fresh per attempt");
    let stats = client.stats();
    assert_eq!((stats.calls, stats.attempts, stats.retries), (1, 3, 2));
}

#[tokio::test]
async fn non_retryable_codes_and_the_attempt_limit_stop_retries() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    server.script([Act::Json(fail(10010, "no such group"))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(err.code().map(i64::from), Some(10010));
    assert!(!err.service().unwrap().is_retryable());
    assert_eq!(server.seen().len(), 1);

    // Three attempts by default, then the last error is returned.
    server.script(std::iter::repeat_n(Act::Json(fail(60007, "slow down")), 5));
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(
        err.code().map(i64::from),
        Some(PublicError::RestApiRateLimited.code())
    );
    assert!(err.service().unwrap().is_retryable());
    assert_eq!(server.seen().len(), 4);

    // The off switch.
    let client = builder(&url).retry(RetryPolicy::none()).build().unwrap();
    let before = server.seen().len();
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(err.code().map(i64::from), Some(60007));
    assert_eq!(server.seen().len(), before + 1);
}

#[tokio::test]
async fn outcome_unknown_codes_are_retried_only_for_calls_safe_to_repeat() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    // An internal error (10002) may come after the group was dismissed: sending
    // destroy_group again would answer 10010 for a call that succeeded.
    server.script([Act::Json(fail(10002, "internal"))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(err.code().map(i64::from), Some(10002));
    let service = err.service().unwrap();
    assert!(service.is_retryable(), "it can succeed later");
    assert!(service.outcome_unknown());
    assert_eq!(service.retryability(), Retryability::OutcomeUnknown);
    assert_eq!(server.seen().len(), 1, "not repeated");

    // A public code of the same kind (an account-service timeout), and a call that
    // creates something: not repeated either.
    server.script([Act::Json(fail(70169, "timeout"))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(err.code().map(i64::from), Some(70169));
    assert!(!CreateGroupRequest::INFO.safe_to_repeat);
    server.script([Act::Json(fail(10002, "internal"))]);
    let err = client
        .create_group(&CreateGroupRequest::new(GroupType::Public, "team"))
        .await
        .unwrap_err();
    assert_eq!(err.code().map(i64::from), Some(10002));
    assert_eq!(server.seen().len(), 3);

    // A refused code is told apart.
    server.script(std::iter::repeat_n(Act::Json(fail(60019, "later")), 3));
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    let service = err.service().unwrap();
    assert_eq!(service.retryability(), Retryability::Refused);
    assert!(service.is_retryable() && !service.outcome_unknown());
    assert_eq!(server.seen().len(), 6);

    // delete_group_member is safe to repeat: retried after 10002.
    server.script([Act::Json(fail(10002, "internal"))]);
    client.delete_group_member(&delete_members()).await.unwrap();
    assert_eq!(server.seen().len(), 8);

    // The caller can opt in, per call or for the client.
    server.script([Act::Json(fail(10002, "internal"))]);
    let opts = CallOptions::new().retry_unsafe(true);
    client.call_with(&destroy(), &opts).await.unwrap();
    assert_eq!(server.seen().len(), 10);
    let opted_in = builder(&url)
        .retry(
            RetryPolicy::new()
                .initial_backoff(Duration::from_millis(1))
                .retry_unsafe(true),
        )
        .build()
        .unwrap();
    server.script([Act::Json(fail(10002, "internal"))]);
    opted_in.destroy_group(&destroy()).await.unwrap();
    assert_eq!(server.seen().len(), 12);
}

#[tokio::test]
async fn an_irrevocable_call_is_not_repeated_after_a_timeout_unless_asked() {
    let (server, url) = Server::start().await;
    let client = builder(&url)
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    // destroy_group: irrevocable, not safe to repeat.
    assert!(DestroyGroupRequest::INFO.irrevocable && !DestroyGroupRequest::INFO.safe_to_repeat);
    server.script([Act::Delay(Duration::from_millis(600))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(!err.is_unsent());
    assert_eq!(server.seen().len(), 1, "not repeated");

    // The caller opts in for this call.
    server.script([Act::Delay(Duration::from_millis(600))]);
    let opts = CallOptions::new().retry_unsafe(true);
    client.call_with(&destroy(), &opts).await.unwrap();
    assert_eq!(server.seen().len(), 3);

    // delete_group_member is safe to repeat: retried after a timeout by default.
    server.script([Act::Delay(Duration::from_millis(600))]);
    client.delete_group_member(&delete_members()).await.unwrap();
    assert_eq!(server.seen().len(), 5);
}

#[tokio::test]
async fn gateway_statuses_and_resets_are_retried_only_when_safe() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    server.script([Act::Status(502)]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    match &err {
        Error::HttpStatus {
            status, excerpt, ..
        } => {
            assert_eq!(*status, 502);
            assert!(excerpt.contains("bad gateway"));
        }
        other => panic!("expected an HTTP status, got {other:?}"),
    }
    assert_eq!(server.seen().len(), 1);

    server.script([Act::Reset]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                maybe_sent: true,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(server.seen().len(), 2);

    server.script([Act::Status(502), Act::Reset]);
    client.delete_group_member(&delete_members()).await.unwrap();
    assert_eq!(server.seen().len(), 5);
}

#[tokio::test]
async fn a_refused_connection_sent_nothing_and_is_retried() {
    // A port nothing listens on: bind, note the port, close.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let client = builder(&format!("http://127.0.0.1:{port}"))
        .build()
        .unwrap();
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::Transport {
                maybe_sent: false,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(err.is_unsent());
    // Irrevocable, but nothing left: all three attempts were made.
    assert_eq!(client.stats().attempts, 3);
    let text = format!("{err} {err:?}");
    assert!(!text.contains("usersig"), "{text}");
    // The cause is our own type, with the library's error (no URL) behind it.
    let Error::Transport { source, .. } = &err else {
        unreachable!()
    };
    assert_eq!(source.kind(), TransportErrorKind::Connect);
    assert!(source.is_connect());
    assert!(std::error::Error::source(source).is_some());
    assert!(source.to_string().starts_with("cannot connect"), "{source}");
}

#[tokio::test]
async fn truncated_and_malformed_bodies_are_decode_errors_with_an_excerpt() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    server.script([Act::Json(json!({"ActionStatus": "OK"}))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");
    server.script([Act::Truncated]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    // The body stops early: the connection closes mid-body.
    assert!(
        matches!(
            err,
            Error::Transport {
                maybe_sent: true,
                ..
            } | Error::Decode { .. }
        ),
        "{err:?}"
    );
    assert_eq!(
        server.seen().len(),
        2,
        "neither is retried for destroy_group"
    );
}

#[tokio::test]
async fn the_whole_call_has_a_deadline_across_retries() {
    let (server, url) = Server::start().await;
    let client = builder(&url)
        .timeout(Duration::from_secs(5))
        .call_timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    server.script([Act::Delay(Duration::from_secs(2))]);
    let started = Instant::now();
    let err = client
        .delete_group_member(&delete_members())
        .await
        .unwrap_err();
    match err {
        Error::Timeout { elapsed, .. } => {
            assert!(elapsed >= Duration::from_millis(300), "{elapsed:?}");
            assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
        }
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_millis(1500));
    // A per-call deadline overrides the client's.
    server.script([Act::Delay(Duration::from_millis(400))]);
    let opts = CallOptions::new().timeout(Duration::from_secs(3));
    client.call_with(&delete_members(), &opts).await.unwrap();
}

#[tokio::test]
async fn the_retry_budget_stops_retries_when_the_service_keeps_failing() {
    let (server, url) = Server::start().await;
    let client = builder(&url)
        .retry(
            RetryPolicy::new()
                .max_attempts(5)
                .initial_backoff(Duration::from_millis(1))
                .budget(2, 0.0),
        )
        .build()
        .unwrap();
    server.script(std::iter::repeat_n(Act::Json(fail(60007, "")), 20));
    let _ = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(
        server.seen().len(),
        3,
        "two retries, then the budget is empty"
    );
    // A clone shares the budget.
    let clone = client.clone();
    let _ = clone.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(server.seen().len(), 4, "no retries left");
    assert_eq!(client.stats().retry_budget, 0.0);
}

#[tokio::test]
async fn a_call_abandoned_during_its_backoff_takes_no_retry_token() {
    let (server, url) = Server::start().await;
    // The backoff is drawn up to an hour: the call is all but certain to be abandoned
    // while it waits.
    let client = builder(&url)
        .call_timeout(Duration::from_secs(7200))
        .retry(
            RetryPolicy::new()
                .initial_backoff(Duration::from_secs(3600))
                .max_backoff(Duration::from_secs(3600))
                .budget(2, 0.0),
        )
        .build()
        .unwrap();
    server.script([Act::Json(fail(60007, "slow down"))]);
    let abandoned =
        tokio::time::timeout(Duration::from_millis(300), client.destroy_group(&destroy())).await;
    if abandoned.is_err() {
        assert_eq!(server.seen().len(), 1);
        assert_eq!(client.stats().retry_budget, 2.0, "no retry was made");
        assert_eq!(client.stats().retries, 0);
    }
}

#[tokio::test]
async fn an_expired_usersig_is_renewed_and_the_call_sent_once_more() {
    let (server, url) = Server::start().await;
    // Retries off: the 70001 path does not depend on the retry policy.
    let client = builder(&url).retry(RetryPolicy::none()).build().unwrap();
    server.script([Act::Json(fail(70001, "usersig expired"))]);
    client.destroy_group(&destroy()).await.unwrap();
    let stats = client.stats();
    assert_eq!(stats.attempts, 2);
    assert_eq!(stats.resigned, 1);
    assert_eq!(stats.usersigs_signed, 2, "a new UserSig was signed");
    // Only once: a second 70001 is returned.
    server.script([
        Act::Json(fail(70001, "usersig expired")),
        Act::Json(fail(70001, "usersig expired")),
    ]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(
        err.code().map(i64::from),
        Some(PublicError::UserSigExpired.code())
    );
    assert_eq!(client.stats().attempts, 4);
    // In steady state the UserSig is reused.
    for _ in 0..20 {
        client.destroy_group(&destroy()).await.unwrap();
    }
    assert_eq!(client.stats().usersigs_signed, 4);
    let sigs: std::collections::HashSet<_> = server.seen()[4..]
        .iter()
        .map(|s| s.query["usersig"].clone())
        .collect();
    assert_eq!(sigs.len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limits_space_calls_and_are_shared_by_clones() {
    let (server, url) = Server::start().await;
    // 200 calls/s for destroy_group (from its spec).
    let per_second = DestroyGroupRequest::INFO.rate_limit_per_second as usize;
    assert_eq!(per_second, 200);
    let client = builder(&url)
        .rate_limit(RateLimitMode::Fail)
        .build()
        .unwrap();
    let mut tasks = Vec::new();
    for i in 0..per_second + 10 {
        // Half the calls through a clone: the limit is shared.
        let c = if i % 2 == 0 {
            client.clone()
        } else {
            client.clone().clone()
        };
        tasks.push(tokio::spawn(
            async move { c.destroy_group(&destroy()).await },
        ));
    }
    let mut limited = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => {}
            Err(Error::RateLimited {
                per_second: 200,
                retry_after,
                ..
            }) => {
                assert!(retry_after <= Duration::from_secs(1));
                limited += 1;
            }
            Err(e) => panic!("unexpected {e}"),
        }
    }
    assert_eq!(
        limited, 10,
        "the 10 calls over 200 in one second are refused"
    );
    assert_eq!(server.seen().len(), per_second);

    // Waiting: the next call starts a second after the window's first.
    let waiting = builder(&url).build().unwrap();
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..per_second + 1 {
        let c = waiting.clone();
        tasks.push(tokio::spawn(async move {
            c.delete_group_member(&delete_members()).await
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert!(
        started.elapsed() >= Duration::from_millis(990),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(waiting.stats().rate_limit_waits, 1);
}

#[tokio::test]
async fn batches_follow_the_spec_limits() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    let members: Vec<String> = (0..250).map(|i| format!("user{i}")).collect();
    let request =
        DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", members.clone()).reason("cleanup");
    // The same request through call() is refused: 250 > 100.
    let err = client.call(&request).await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }));
    assert!(server.seen().is_empty());

    server.script([
        Act::Json(ok()),
        Act::Json(fail(10002, "busy")),
        Act::Json(fail(10007, "no permission")),
    ]);
    let results = client
        .call_batched_with(&request, &CallOptions::new())
        .await
        .unwrap();
    assert_eq!(results.len(), 3);
    assert_eq!(
        results.iter().map(|r| r.items.clone()).collect::<Vec<_>>(),
        vec![0..100, 100..200, 200..250]
    );
    // Every member went out exactly once (10002 is retried, 10007 is not).
    let seen = server.seen();
    let mut sent: Vec<String> = Vec::new();
    // Batches run concurrently; a retried batch is seen twice.
    let bodies: std::collections::BTreeSet<String> =
        seen.iter().map(|s| s.body.to_string()).collect();
    assert_eq!(bodies.len(), 3);
    for body in &bodies {
        let body: Value = serde_json::from_str(body).unwrap();
        assert_eq!(body["GroupId"], "@TGS#2J4SZEAEL");
        assert_eq!(body["Reason"], "cleanup");
        let batch = body["MemberToDel_Account"].as_array().unwrap();
        assert!(batch.len() <= 100);
        sent.extend(batch.iter().map(|v| v.as_str().unwrap().to_owned()));
    }
    sent.sort();
    let mut expected = members.clone();
    expected.sort();
    assert_eq!(sent, expected);
    let failed: Vec<_> = results.iter().filter(|r| r.result.is_err()).collect();
    assert_eq!(failed.len(), 1, "one batch failed with 10007");
    assert_eq!(
        failed[0].result.as_ref().unwrap_err().code().map(i64::from),
        Some(10007)
    );

    // Friend lists: at most 32 names per call.
    let names: Vec<String> = (0..70).map(|i| format!("list{i}")).collect();
    let request = GroupDeleteRequest::new("alice", names.clone());
    let batches = tencent_chat::batch::split(&request).unwrap();
    assert_eq!(
        batches.iter().map(|b| b.items.len()).collect::<Vec<_>>(),
        vec![32, 32, 6]
    );
    // Each batch is a typed copy: the other fields kept, the list cut.
    assert_eq!(batches[2].request.from_account, "alice");
    assert_eq!(batches[2].request.group_name, names[64..70]);
    // What the split reads: the list's length, and a part only within it.
    use tencent_chat::Endpoint;
    assert_eq!(request.batch_len("GroupName"), Some(70));
    assert_eq!(request.batch_len("From_Account"), None);
    assert!(request.batch_part("GroupName", 60..80).is_none());
    assert!(request.batch_part("From_Account", 0..1).is_none());
    let results = client.call_batched(&request).await.unwrap();
    assert!(results.iter().all(|r| r.result.is_ok()));

    // A request within the limit is one batch.
    let before = server.seen().len();
    let within = DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", ["a", "b"]);
    let results = client.call_batched(&within).await.unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].items, 0..2);
    assert!(server.seen().len() > before);
}

#[tokio::test]
async fn unsupported_group_types_are_refused_before_sending() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    let opts = CallOptions::new().group_type(GroupType::AvChatRoom);
    let err = client
        .call_with(&delete_members(), &opts)
        .await
        .unwrap_err();
    match &err {
        Error::InvalidRequest { source, .. } => match &source.limit {
            Limit::GroupType {
                group_type,
                outcome,
            } => {
                assert_eq!(group_type, "AVChatRoom");
                assert!(outcome.contains("10004"), "{outcome}");
            }
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    }
    // No effect in AVChatRoom: refused too, saying so.
    let msg = DeleteGroupMsgBySenderRequest::group_id("@TGS#aC5SZEAEF").sender_account("alice");
    let err = client.call_with(&msg, &opts).await.unwrap_err();
    assert!(err.to_string().contains("does nothing"), "{err}");
    // The refusal names the field its spec says carries the group.
    let Error::InvalidRequest { source, .. } = client
        .call_with(&delete_members(), &opts)
        .await
        .unwrap_err()
    else {
        panic!()
    };
    assert_eq!(
        Some(source.field.as_str()),
        DeleteGroupMemberRequest::INFO.group_field
    );
    // A group type the specs do not list is not refused: the service judges it.
    let legacy = CallOptions::new().group_type(GroupType::Other("BChatRoom".to_owned()));
    client.call_with(&destroy(), &legacy).await.unwrap();
    assert_eq!(server.seen().len(), 1);
    server.seen.lock().unwrap().clear();
    assert!(server.seen().is_empty());
    // Supported types go through.
    let opts = CallOptions::new().group_type(GroupType::Public);
    client.call_with(&delete_members(), &opts).await.unwrap();
    assert_eq!(server.seen().len(), 1);
}

#[tokio::test]
async fn a_service_error_matches_its_catalog_code_in_one_pattern() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    server.script([Act::Json(fail(10010, "no such group"))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert!(matches!(&err, Error::Service(e) if e.code() == ErrorCode::GroupNotFound));
    assert_eq!(err.code(), Some(ErrorCode::GroupNotFound));
    let e = err.service().unwrap();
    assert_eq!(e.kind.error_code(), ErrorCode::GroupNotFound);
    assert_eq!(e.code().code(), 10010);
    // A public code, through the endpoint's `Public` variant.
    server.script([Act::Json(fail(60007, "too fast"))]);
    let once = builder(&url).retry(RetryPolicy::none()).build().unwrap();
    let err = once.destroy_group(&destroy()).await.unwrap_err();
    let e = err.service().unwrap();
    assert_eq!(e.code(), ErrorCode::RestApiRateLimited);
    assert_eq!(e.kind.error_code(), ErrorCode::RestApiRateLimited);
    assert!(e.code().is_public());
    // A code the specs do not document.
    server.script([Act::Json(fail(987_654, "new"))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert_eq!(err.service().unwrap().code(), ErrorCode::Unknown(987_654));
    // A catalog code this endpoint's spec does not list keeps what the catalog says:
    // 30006 may have acted, so a call safe to repeat is sent again.
    server.script([Act::Json(fail(30006, "internal"))]);
    let before = server.seen().len();
    client.delete_group_member(&delete_members()).await.unwrap();
    assert_eq!(server.seen().len() - before, 2);
}

#[test]
fn every_catalog_code_has_its_error_code_variant() {
    for info in &ERROR_CODES {
        let code = ErrorCode::from_code(info.code);
        assert_eq!(code.code(), info.code);
        assert_eq!(code.name(), info.name);
        assert_eq!(code.description(), info.description.trim());
        assert_eq!(code.retryability(), info.retry);
        assert_eq!(code.is_public(), info.public);
    }
    assert_eq!(ErrorCode::from_code(-1), ErrorCode::Unknown(-1));
}

#[tokio::test]
async fn an_unknown_group_type_in_an_answer_is_kept_not_fatal() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    // A legacy group type the specs do not list, among known ones.
    let answer = json!({
        "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
        "GroupInfo": [
            {"GroupId": "@TGS#1", "ErrorCode": 0, "Type": "Public"},
            {"GroupId": "@TGS#2", "ErrorCode": 0, "Type": "BChatRoom"},
            {"GroupId": "@TGS#3", "ErrorCode": 0, "Type": "AVChatRoom"}
        ]
    });
    server.script([Act::Json(answer)]);
    let request = GetGroupInfoRequest::new(["@TGS#1", "@TGS#2", "@TGS#3"]);
    let response = client.get_group_info(&request).await.unwrap();
    let types: Vec<_> = response
        .group_info
        .iter()
        .map(|g| g.r#type.clone())
        .collect();
    assert_eq!(
        types,
        [
            Some(GroupType::Public),
            Some(GroupType::Other("BChatRoom".to_owned())),
            Some(GroupType::AvChatRoom)
        ]
    );
    // Encoding it again writes the value as it came.
    let again = serde_json::to_value(&response).unwrap();
    assert_eq!(again["GroupInfo"][1]["Type"], "BChatRoom");
}

#[tokio::test]
async fn spans_carry_the_call_and_logs_never_the_usersig_or_key() {
    use std::io::Write;

    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);
    impl Write for Sink {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    // tracing caches each callsite's interest process-wide, computed against the
    // dispatcher of the thread that reaches it first. A sibling test thread with no
    // subscriber would cache "never" for the client's callsites and this capture
    // would miss them. A global subscriber that is interested in everything (and
    // writes nowhere) keeps every cached interest open; the scoped one below then
    // gets this thread's events.
    let _ = tracing::subscriber::set_global_default(
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(std::io::sink)
            .finish(),
    );
    let sink = Sink::default();
    let writer = sink.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    server.script([Act::Json(fail(60007, "")), Act::Json(fail(10010, "gone"))]);
    let _ = client.destroy_group(&destroy()).await.unwrap_err();
    client.delete_group_member(&delete_members()).await.unwrap();

    let logs = String::from_utf8(sink.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("tencent_chat.call"), "{logs}");
    assert!(logs.contains("v4/group_open_http_svc/destroy_group"));
    assert!(logs.contains("attempts=2"), "{logs}");
    assert!(logs.contains("error_code=10010"), "{logs}");
    assert!(logs.contains("latency_ms="), "{logs}");
    assert!(logs.contains("usersig=<redacted>"), "{logs}");
    assert!(logs.contains("retrying"), "{logs}");
    for seen in server.seen() {
        assert!(!logs.contains(&seen.query["usersig"]), "the UserSig leaked");
    }
    assert!(!logs.contains(KEY), "the key leaked");
    assert!(!format!("{client:?}").contains(KEY));
}

#[tokio::test]
async fn redirects_are_not_followed() {
    let (server, url) = Server::start().await;
    let (elsewhere, elsewhere_url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    server.script([Act::Redirect(format!("{elsewhere_url}/steal"))]);
    let err = client
        .delete_group_member(&delete_members())
        .await
        .unwrap_err();
    assert!(
        matches!(err, Error::HttpStatus { status: 307, .. }),
        "{err:?}"
    );
    assert!(elsewhere.seen().is_empty(), "the UserSig went elsewhere");
    assert_eq!(server.seen().len(), 1, "a redirect is not retried");
}

#[test]
fn plain_http_to_another_machine_is_refused_unless_allowed() {
    let build = |url: &str, allow: Option<bool>| {
        let mut b = Client::builder()
            .credentials(Credentials::new(APP, KEY))
            .base_url(url);
        if let Some(allow) = allow {
            b = b.allow_insecure_http(allow);
        }
        b.build()
    };
    let err = build("http://chat.example.com", None).unwrap_err();
    assert!(matches!(err, ConfigError::InsecureBaseUrl(_)), "{err:?}");
    assert!(err.to_string().contains("allow_insecure_http"), "{err}");
    assert!(build("http://10.1.2.3:8080/im", Some(false)).is_err());
    assert!(build("http://chat.example.com", Some(true)).is_ok());
    for fine in [
        "https://chat.example.com",
        "http://127.0.0.1:8080",
        "http://localhost:8080",
        "http://[::1]:8080",
    ] {
        assert!(build(fine, None).is_ok(), "{fine}");
    }
}

#[tokio::test]
async fn an_echoed_usersig_never_reaches_errors() {
    let (server, url) = Server::start().await;
    let client = builder(&url).retry(RetryPolicy::none()).build().unwrap();
    server.script([Act::EchoInfo(10004), Act::EchoStatus(404), Act::EchoGarbage]);
    let mut texts = Vec::new();
    for _ in 0..3 {
        let err = client.destroy_group(&destroy()).await.unwrap_err();
        texts.push(format!("{err} | {err:?}"));
        if let Error::Service(e) = &err {
            assert!(e.info.contains("usersig=<redacted>"), "{}", e.info);
            assert!(e.display.as_deref().unwrap().contains("usersig=<redacted>"));
        }
    }
    let seen = server.seen();
    assert_eq!(seen.len(), 3);
    for (text, seen) in texts.iter().zip(&seen) {
        let sig = &seen.query["usersig"];
        assert!(sig.len() > 20);
        assert!(!text.contains(sig.as_str()), "the UserSig leaked: {text}");
        assert!(text.contains("<redacted>"), "{text}");
    }
}

#[tokio::test]
async fn excerpts_escape_control_characters() {
    let (server, url) = Server::start().await;
    let client = builder(&url).build().unwrap();
    server.script([Act::Raw {
        status: 500,
        body: b"\x1b[2J\x1b[31mfake\nlog line\r".to_vec(),
        length: true,
    }]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    let Error::HttpStatus { excerpt, .. } = &err else {
        panic!("{err:?}")
    };
    assert!(!excerpt.chars().any(char::is_control), "{excerpt:?}");
    assert!(excerpt.contains("\\u{1b}[2J"), "{excerpt}");
    assert!(!err.to_string().chars().any(char::is_control), "{err}");
    // ErrorInfo is shown escaped too.
    server.script([Act::Json(fail(10010, "gone\x1b[2J\nforged"))]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    assert!(!err.to_string().chars().any(char::is_control), "{err}");
}

#[tokio::test]
async fn responses_longer_than_the_cap_are_refused() {
    let (server, url) = Server::start().await;
    let client = builder(&url).max_response_bytes(4096).build().unwrap();
    // A well-formed answer, too long: with and without a Content-Length.
    let long = fail(10010, &"x".repeat(100_000)).to_string().into_bytes();
    for length in [true, false] {
        server.script([Act::Raw {
            status: 200,
            body: long.clone(),
            length,
        }]);
        let err = client.destroy_group(&destroy()).await.unwrap_err();
        match &err {
            Error::Decode {
                message, excerpt, ..
            } => {
                assert!(message.contains("4096-byte limit"), "{message}");
                assert!(excerpt.chars().count() <= 201, "{excerpt}");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
    }
    let err = builder(&url).max_response_bytes(0).build().unwrap_err();
    assert!(matches!(err, ConfigError::InvalidSetting { .. }), "{err}");
    // Within the cap (the default is far larger): decoded as usual.
    server.script([Act::Raw {
        status: 200,
        body: long,
        length: true,
    }]);
    let err = builder(&url)
        .build()
        .unwrap()
        .destroy_group(&destroy())
        .await
        .unwrap_err();
    assert_eq!(err.code().map(i64::from), Some(10010));
    // An error page is read only as far as its excerpt.
    server.script([Act::Raw {
        status: 502,
        body: vec![b'y'; 1_000_000],
        length: false,
    }]);
    let err = client.destroy_group(&destroy()).await.unwrap_err();
    match &err {
        Error::HttpStatus { excerpt, .. } => assert!(excerpt.ends_with("y…"), "{excerpt}"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn extreme_settings_do_not_panic() {
    let (server, url) = Server::start().await;
    let client = builder(&url)
        .timeout(Duration::MAX)
        .connect_timeout(Duration::MAX)
        .call_timeout(Duration::MAX)
        .usersig_lifetime(Duration::MAX)
        .build()
        .unwrap();
    client.destroy_group(&destroy()).await.unwrap();
    let opts = CallOptions::new().timeout(Duration::MAX);
    client.call_with(&destroy(), &opts).await.unwrap();
    // A backoff cap far past any deadline (the wait is drawn below the cap, so a
    // retry stays possible but improbable) and a budget refill that would overflow.
    let client = builder(&url)
        .call_timeout(Duration::from_secs(5))
        .retry(
            RetryPolicy::new()
                .initial_backoff(Duration::MAX)
                .max_backoff(Duration::MAX)
                .budget(u32::MAX, f64::MAX),
        )
        .build()
        .unwrap();
    server.script([Act::Json(fail(60007, "slow down"))]);
    if let Err(err) = client.destroy_group(&destroy()).await {
        assert_eq!(err.code().map(i64::from), Some(60007));
    }
    client.destroy_group(&destroy()).await.unwrap();
}
