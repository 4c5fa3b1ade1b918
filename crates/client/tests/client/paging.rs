//! Paging helpers end to end: `Client::pages` and `Client::items` over
//! get_group_member_info against the emulator (offset pages and community batches),
//! and against a scripted server for answers that would page forever or lack their
//! cursor.

use std::pin::pin;
use std::sync::{Arc, Mutex};

use futures_util::StreamExt;
use serde_json::{Value, json};
use tencent_chat::group_open_http_svc::{GetGroupMemberInfoRequest, GetGroupMemberInfoResponse};
use tencent_chat::types::MemberRole;
use tencent_chat::{Client, Credentials, PageError, PagingError, RetryPolicy};
use tencent_chat_emulator::{Emulator, Fault, Group, GroupType};

const PATH: &str = "v4/group_open_http_svc/get_group_member_info";

/// The emulator with a group `id` of `owner` and `n` members m00, m01, ...
async fn group_of(group_type: GroupType, n: usize) -> (Emulator, Vec<String>) {
    let emulator = Emulator::start().await.unwrap();
    let members: Vec<String> = (0..n).map(|i| format!("m{i:02}")).collect();
    emulator.with_state(|s| {
        s.add_group(
            "g",
            Group::new(group_type)
                .owner("owner")
                .members(members.clone()),
        );
    });
    let mut all = vec!["owner".to_owned()];
    all.extend(members);
    (emulator, all)
}

fn accounts(page: &GetGroupMemberInfoResponse) -> Vec<String> {
    page.member_list
        .iter()
        .map(|m| m.member_account.clone())
        .collect()
}

async fn collect_pages(
    client: &Client,
    request: GetGroupMemberInfoRequest,
) -> Vec<GetGroupMemberInfoResponse> {
    let pages = client.pages(request);
    let mut pages = pin!(pages);
    let mut out = Vec::new();
    while let Some(page) = pages.next().await {
        out.push(page.unwrap());
    }
    out
}

#[tokio::test]
async fn offset_pages_read_every_member_once_in_order() {
    let (emulator, all) = group_of(GroupType::Public, 24).await;
    let client = emulator.client().unwrap();
    let pages = collect_pages(&client, GetGroupMemberInfoRequest::new("g").limit(10)).await;
    let sizes: Vec<usize> = pages.iter().map(|p| p.member_list.len()).collect();
    assert_eq!(sizes, [10, 10, 5]);
    let read: Vec<String> = pages.iter().flat_map(accounts).collect();
    assert_eq!(read, all);
    assert!(pages.iter().all(|p| p.member_num == 25));
    // One call per page, none after the short last page.
    assert_eq!(emulator.calls(PATH).unwrap(), 3);
}

#[tokio::test]
async fn offset_pages_end_on_an_empty_page_after_a_full_one() {
    let (emulator, all) = group_of(GroupType::Public, 19).await;
    let client = emulator.client().unwrap();
    let pages = collect_pages(&client, GetGroupMemberInfoRequest::new("g").limit(10)).await;
    let sizes: Vec<usize> = pages.iter().map(|p| p.member_list.len()).collect();
    assert_eq!(sizes, [10, 10, 0]);
    assert_eq!(pages.iter().flat_map(accounts).collect::<Vec<_>>(), all);
    assert_eq!(emulator.calls(PATH).unwrap(), 3);
}

#[tokio::test]
async fn a_request_without_limit_is_one_page() {
    let (emulator, all) = group_of(GroupType::Public, 7).await;
    let client = emulator.client().unwrap();
    let pages = collect_pages(&client, GetGroupMemberInfoRequest::new("g")).await;
    assert_eq!(pages.len(), 1);
    assert_eq!(accounts(&pages[0]), all);
}

#[tokio::test]
async fn items_start_at_the_requests_offset_and_keep_its_filters() {
    let (emulator, all) = group_of(GroupType::Public, 12).await;
    let client = emulator.client().unwrap();
    let request = GetGroupMemberInfoRequest::new("g")
        .limit(5)
        .offset(3)
        .member_role_filter([MemberRole::Member]);
    let items: Vec<String> = client
        .items(request)
        .map(|m| m.unwrap().member_account)
        .collect()
        .await;
    // Members only (the owner is filtered out), from the fourth on.
    assert_eq!(items, all[4..]);
}

#[tokio::test]
async fn community_batches_follow_next_until_it_is_empty() {
    let (emulator, all) = group_of(GroupType::Community, 9).await;
    let client = emulator.client().unwrap();
    let request = GetGroupMemberInfoRequest::new("g").limit(4).next("");
    let pages = collect_pages(&client, request).await;
    let sizes: Vec<usize> = pages.iter().map(|p| p.member_list.len()).collect();
    assert_eq!(sizes, [4, 4, 2]);
    assert_eq!(pages.iter().flat_map(accounts).collect::<Vec<_>>(), all);
    assert_eq!(pages.last().unwrap().next.as_deref(), Some(""));
    assert_eq!(emulator.calls(PATH).unwrap(), 3);
}

#[tokio::test]
async fn a_failed_page_ends_the_stream_with_its_error() {
    let (emulator, all) = group_of(GroupType::Public, 12).await;
    let client = emulator.client().unwrap();
    let items = client.items(GetGroupMemberInfoRequest::new("g").limit(5));
    let mut items = pin!(items);
    for expected in &all[..5] {
        assert_eq!(
            &items.next().await.unwrap().unwrap().member_account,
            expected
        );
    }
    // 10007 (no permission) is not retried.
    emulator.inject(PATH, Fault::ErrorCode(10007), 1).unwrap();
    match items.next().await {
        Some(Err(PageError::Call(e))) => {
            assert_eq!(e.service().unwrap().code().code(), 10007);
        }
        other => panic!("expected the call's error, got {other:?}"),
    }
    assert!(items.next().await.is_none());
}

/// A server that answers every call with `answer(n)` for its n-th call (from 0) and
/// records the request bodies.
async fn scripted(answer: fn(usize) -> Value) -> (Client, Arc<Mutex<Vec<Value>>>) {
    let seen = Arc::new(Mutex::new(Vec::<Value>::new()));
    let shared = seen.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let app = axum::Router::new().fallback(move |body: axum::body::Bytes| {
        let mut seen = shared.lock().unwrap();
        seen.push(serde_json::from_slice(&body).unwrap());
        let reply = answer(seen.len() - 1).to_string();
        async move { ([("content-type", "application/json")], reply) }
    });
    tokio::spawn(async move { axum::serve(listener, app).await });
    let client = Client::builder()
        .credentials(Credentials::new(1_400_000_000, "key"))
        .base_url(format!("http://{addr}"))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    (client, seen)
}

fn ok(next: Option<&str>, member: &str) -> Value {
    let mut v = json!({
        "ActionStatus": "OK", "ErrorCode": 0, "ErrorInfo": "",
        "MemberNum": 100,
        "MemberList": [{"Member_Account": member}],
    });
    if let Some(next) = next {
        v["Next"] = json!(next);
    }
    v
}

#[tokio::test]
async fn a_cursor_returned_twice_stops_paging_with_an_error() {
    // Next goes "", "a", "b", then back to "a": the fourth request would repeat the
    // second.
    let (client, seen) = scripted(|n| ok(Some(["a", "b", "a", "b"][n.min(3)]), "x")).await;
    let pages = client.pages(GetGroupMemberInfoRequest::new("g").limit(1).next(""));
    let results: Vec<_> = pages.collect().await;
    assert_eq!(results.len(), 4, "{results:?}");
    assert!(results[..3].iter().all(Result::is_ok));
    match &results[3] {
        Err(PageError::Paging { source, .. }) => {
            assert_eq!(*source, PagingError::RepeatedRequest)
        }
        other => panic!("expected a paging error, got {other:?}"),
    }
    let cursors: Vec<Value> = seen
        .lock()
        .unwrap()
        .iter()
        .map(|b| b["Next"].clone())
        .collect();
    assert_eq!(cursors, [json!(""), json!("a"), json!("b")]);
}

#[tokio::test]
async fn an_answer_without_its_cursor_stops_paging_with_an_error() {
    let (client, seen) = scripted(|_| ok(None, "x")).await;
    let pages = client.pages(GetGroupMemberInfoRequest::new("g").limit(1).next(""));
    let results: Vec<_> = pages.collect().await;
    assert_eq!(results.len(), 2, "{results:?}");
    assert!(results[0].is_ok());
    match &results[1] {
        Err(PageError::Paging { source, .. }) => {
            assert_eq!(*source, PagingError::MissingCursor { field: "Next" })
        }
        other => panic!("expected a paging error, got {other:?}"),
    }
    assert_eq!(seen.lock().unwrap().len(), 1);
}
