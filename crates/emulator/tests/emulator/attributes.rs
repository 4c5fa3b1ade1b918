//! Custom group attributes and group counters through `tencent_chat::Client`: what
//! one call writes, another reads; the documented codes; the per-group write quota
//! of the attribute calls, in the client and in the emulator.

use std::time::Duration;

use tencent_chat::group_open_attr_http_svc::{GetGroupAttrError, GetGroupAttrRequest};
use tencent_chat::group_open_http_svc::{
    ClearGroupAttrError, ClearGroupAttrRequest, DeleteGroupCounterRequest, GetGroupCounterError,
    GetGroupCounterRequest, ModifyGroupAttrError, ModifyGroupAttrRequest, SET_GROUP_ATTR,
    SetGroupAttrError, SetGroupAttrRequest, UpdateGroupCounterError, UpdateGroupCounterMode,
    UpdateGroupCounterRequest,
};
use tencent_chat::types::{GroupAttrItem, GroupCounterItem, GroupType as WireGroupType};
use tencent_chat::{CallOptions, Client, Error, QuotaScope, RateLimitMode, RetryPolicy};
use tencent_chat_emulator::{Emulator, Group, GroupType};

fn no_retry(emulator: &Emulator) -> Client {
    Client::builder()
        .credentials(emulator.credentials())
        .base_url(emulator.base_url())
        .retry(RetryPolicy::none())
        .build()
        .unwrap()
}

async fn seeded() -> Emulator {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| {
        s.add_accounts(["alice", "bob"]);
        s.add_group("g1", Group::new(GroupType::Public).owner("alice"));
        s.add_group("g2", Group::new(GroupType::AvChatRoom));
        s.add_group("big", Group::new(GroupType::Community).owner("alice"));
    });
    emulator
}

fn attr(k: &str, v: &str) -> GroupAttrItem {
    GroupAttrItem::key(k).value(v)
}

async fn attrs_of(client: &Client, group: &str) -> Vec<(String, String)> {
    client
        .get_group_attr(&GetGroupAttrRequest::new(group))
        .await
        .unwrap()
        .group_attr_ary
        .unwrap_or_default()
        .into_iter()
        .map(|a| (a.key, a.value))
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[tokio::test]
async fn set_modify_and_clear_are_read_back_by_get_group_attr() {
    let emulator = seeded().await;
    let client = emulator.client().unwrap();
    assert!(attrs_of(&client, "g1").await.is_empty());
    client
        .set_group_attr(&SetGroupAttrRequest::new(
            "g1",
            [attr("a", "1"), attr("b", "2")],
        ))
        .await
        .unwrap();
    assert_eq!(
        attrs_of(&client, "g1").await,
        pairs(&[("a", "1"), ("b", "2")])
    );
    // Modify merges: b changes, c is added, a stays.
    client
        .modify_group_attr(&ModifyGroupAttrRequest::new(
            "g1",
            [attr("b", "20"), attr("c", "3")],
        ))
        .await
        .unwrap();
    assert_eq!(
        attrs_of(&client, "g1").await,
        pairs(&[("a", "1"), ("b", "20"), ("c", "3")])
    );
    // Set replaces: only d is left.
    client
        .set_group_attr(&SetGroupAttrRequest::new("g1", [attr("d", "4")]))
        .await
        .unwrap();
    assert_eq!(attrs_of(&client, "g1").await, pairs(&[("d", "4")]));
    // Other groups are untouched; audio-video groups have attributes too.
    assert!(attrs_of(&client, "g2").await.is_empty());
    client
        .set_group_attr(&SetGroupAttrRequest::new("g2", [attr("live", "yes")]))
        .await
        .unwrap();
    client
        .clear_group_attr(&ClearGroupAttrRequest::new("g1"))
        .await
        .unwrap();
    assert!(attrs_of(&client, "g1").await.is_empty());
    assert_eq!(attrs_of(&client, "g2").await, pairs(&[("live", "yes")]));
    assert!(emulator.state().group("g1").unwrap().attrs.is_empty());
}

#[tokio::test]
async fn attribute_calls_answer_their_documented_codes() {
    let emulator = seeded().await;
    let client = emulator.client().unwrap();
    let err = client
        .get_group_attr(&GetGroupAttrRequest::new("nope"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetGroupAttrError::GroupNotFound
    );
    let err = client
        .set_group_attr(&SetGroupAttrRequest::new("nope", [attr("a", "1")]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SetGroupAttrError::GroupNotFound
    );
    // Communities keep no attributes for clear_group_attr: 10007 from the emulator,
    // and a refusal before sending when the caller says the type.
    let err = client
        .clear_group_attr(&ClearGroupAttrRequest::new("big"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ClearGroupAttrError::GroupPermissionDenied
    );
    let calls = emulator
        .calls(tencent_chat::group_open_http_svc::CLEAR_GROUP_ATTR.path)
        .unwrap();
    let err = client
        .call_with(
            &ClearGroupAttrRequest::new("big"),
            &CallOptions::new().group_type(WireGroupType::Community),
        )
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
    assert_eq!(
        emulator
            .calls(tencent_chat::group_open_http_svc::CLEAR_GROUP_ATTR.path)
            .unwrap(),
        calls
    );
    // A merge past 16 keys: 10047, and nothing changes.
    let first: Vec<GroupAttrItem> = (0..10).map(|i| attr(&format!("k{i}"), "v")).collect();
    client
        .set_group_attr(&SetGroupAttrRequest::new("g1", first))
        .await
        .unwrap();
    let more: Vec<GroupAttrItem> = (10..17).map(|i| attr(&format!("k{i}"), "v")).collect();
    let err = client
        .modify_group_attr(&ModifyGroupAttrRequest::new("g1", more))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ModifyGroupAttrError::GroupAttrTooManyKeys
    );
    assert_eq!(attrs_of(&client, "g1").await.len(), 10);
    // Values of 4,000 bytes each, five of them: past the 16,000-byte total (10048).
    let big = "x".repeat(4000);
    let five: Vec<GroupAttrItem> = (0..5).map(|i| attr(&format!("b{i}"), &big)).collect();
    let err = client
        .set_group_attr(&SetGroupAttrRequest::new("g2", five))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        SetGroupAttrError::GroupAttrTotalTooLarge
    );
    // A key over 32 bytes is refused before sending.
    let err = client
        .set_group_attr(&SetGroupAttrRequest::new(
            "g1",
            [attr(&"k".repeat(33), "v")],
        ))
        .await
        .unwrap_err();
    assert!(matches!(err, Error::InvalidRequest { .. }), "{err:?}");
}

#[tokio::test]
async fn the_emulator_answers_10049_past_five_writes_a_second_to_one_group() {
    let quota = SET_GROUP_ATTR.rate_quotas[0];
    assert_eq!(quota.scope, QuotaScope::Group);
    let emulator = seeded().await;
    // The client's own limiter off: every call reaches the emulator.
    let client = no_retry(&emulator);
    let off = CallOptions::new().rate_limit(RateLimitMode::Off);
    let started = std::time::Instant::now();
    let mut codes = Vec::new();
    for i in 0..3 {
        let r = client
            .call_with(
                &SetGroupAttrRequest::new("g1", [attr("n", &i.to_string())]),
                &off,
            )
            .await;
        codes.push(
            r.err()
                .map(|e| e.service().unwrap().kind.error_code().code()),
        );
        let r = client
            .call_with(&ModifyGroupAttrRequest::new("g1", [attr("m", "1")]), &off)
            .await;
        codes.push(
            r.err()
                .map(|e| e.service().unwrap().kind.error_code().code()),
        );
    }
    // Set and modify share the allowance: the sixth write within the second fails
    // (the calls take far less than a second, unless the machine is overloaded).
    assert_eq!(&codes[..5], &[None; 5]);
    if started.elapsed() < Duration::from_millis(900) {
        assert_eq!(codes[5], Some(quota.code));
    }
    // Another group has its own allowance; reads are not limited.
    client
        .call_with(&SetGroupAttrRequest::new("g2", [attr("n", "1")]), &off)
        .await
        .unwrap();
    attrs_of(&client, "g1").await;
}

#[tokio::test]
async fn the_client_waits_for_or_refuses_the_per_group_quota() {
    let emulator = seeded().await;
    let client = no_retry(&emulator);
    let fail = CallOptions::new().rate_limit(RateLimitMode::Fail);
    let started = std::time::Instant::now();
    for i in 0..5 {
        client
            .call_with(
                &SetGroupAttrRequest::new("g1", [attr("n", &i.to_string())]),
                &fail,
            )
            .await
            .unwrap();
    }
    let calls = emulator.calls(SET_GROUP_ATTR.path).unwrap();
    if started.elapsed() >= Duration::from_millis(900) {
        // An overloaded machine: the window may have passed already.
        return;
    }
    let err = client
        .call_with(&SetGroupAttrRequest::new("g1", [attr("n", "x")]), &fail)
        .await
        .unwrap_err();
    match err {
        Error::QuotaExceeded {
            quota, retry_after, ..
        } => {
            assert_eq!(quota.code, 10049);
            assert!(
                retry_after <= Duration::from_millis(1100),
                "{retry_after:?}"
            );
        }
        other => panic!("expected QuotaExceeded, got {other:?}"),
    }
    assert_eq!(
        emulator.calls(SET_GROUP_ATTR.path).unwrap(),
        calls,
        "nothing sent"
    );
    // Another group is not held back.
    client
        .call_with(&SetGroupAttrRequest::new("g2", [attr("n", "1")]), &fail)
        .await
        .unwrap();
    // Waiting (the default), the sixth write to g1 goes out once the second has
    // passed, and the emulator never answers 10049.
    client
        .set_group_attr(&SetGroupAttrRequest::new("g1", [attr("n", "late")]))
        .await
        .unwrap();
    assert_eq!(attrs_of(&client, "g1").await, pairs(&[("n", "late")]));
}

async fn counters_of(client: &Client, group: &str, keys: Option<&[&str]>) -> Vec<(String, i64)> {
    let mut req = GetGroupCounterRequest::new(group);
    req.group_counter_keys = keys.map(|k| k.iter().map(|s| (*s).to_owned()).collect());
    client
        .get_group_counter(&req)
        .await
        .unwrap()
        .group_counter
        .unwrap_or_default()
        .into_iter()
        .map(|c| (c.key, c.value))
        .collect()
}

fn update(
    group: &str,
    mode: UpdateGroupCounterMode,
    items: &[(&str, i64)],
) -> UpdateGroupCounterRequest {
    let mut req = UpdateGroupCounterRequest::new(
        group,
        items
            .iter()
            .map(|(k, v)| GroupCounterItem::new(*k, *v))
            .collect::<Vec<_>>(),
    );
    req.mode = Some(mode);
    req
}

#[tokio::test]
async fn counters_are_set_increased_decreased_read_and_deleted() {
    let emulator = seeded().await;
    let client = emulator.client().unwrap();
    let answer = client
        .update_group_counter(&update(
            "g1",
            UpdateGroupCounterMode::Set,
            &[("like", 5), ("unlike", 1)],
        ))
        .await
        .unwrap();
    assert_eq!(answer.group_counter.len(), 2);
    let answer = client
        .update_group_counter(&update(
            "g1",
            UpdateGroupCounterMode::Increase,
            &[("like", 3), ("new", 2)],
        ))
        .await
        .unwrap();
    let got: Vec<(String, i64)> = answer
        .group_counter
        .into_iter()
        .map(|c| (c.key, c.value))
        .collect();
    assert_eq!(got, vec![("like".to_owned(), 8), ("new".to_owned(), 2)]);
    client
        .update_group_counter(&update(
            "g1",
            UpdateGroupCounterMode::Decrease,
            &[("unlike", 4)],
        ))
        .await
        .unwrap();
    assert_eq!(
        counters_of(&client, "g1", None).await,
        vec![
            ("like".to_owned(), 8),
            ("new".to_owned(), 2),
            ("unlike".to_owned(), -3)
        ]
    );
    assert_eq!(
        counters_of(&client, "g1", Some(&["unlike", "absent"])).await,
        vec![("unlike".to_owned(), -3)]
    );
    // Delete one, then all.
    let mut del = DeleteGroupCounterRequest::new("g1");
    del.group_counter_keys = Some(vec!["like".to_owned()]);
    client.delete_group_counter(&del).await.unwrap();
    assert_eq!(counters_of(&client, "g1", None).await.len(), 2);
    client
        .delete_group_counter(&DeleteGroupCounterRequest::new("g1"))
        .await
        .unwrap();
    assert!(counters_of(&client, "g1", None).await.is_empty());
    assert!(emulator.state().group("g1").unwrap().counters.is_empty());
}

#[tokio::test]
async fn counter_calls_answer_their_documented_codes() {
    let emulator = seeded().await;
    let client = emulator.client().unwrap();
    let err = client
        .get_group_counter(&GetGroupCounterRequest::new("nope"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        GetGroupCounterError::GroupNotFound
    );
    // Communities have no counters.
    let err = client
        .update_group_counter(&update("big", UpdateGroupCounterMode::Set, &[("a", 1)]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        UpdateGroupCounterError::GroupPermissionDenied
    );
    // 15 keys, then 6 more: past the group's 20 (10063); nothing changes.
    let first: Vec<(String, i64)> = (0..15).map(|i| (format!("c{i}"), 1)).collect();
    let first: Vec<(&str, i64)> = first.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    client
        .update_group_counter(&update("g1", UpdateGroupCounterMode::Set, &first))
        .await
        .unwrap();
    let more: Vec<(String, i64)> = (15..21).map(|i| (format!("c{i}"), 1)).collect();
    let more: Vec<(&str, i64)> = more.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let err = client
        .update_group_counter(&update("g1", UpdateGroupCounterMode::Increase, &more))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        UpdateGroupCounterError::GroupCounterTooManyKeys
    );
    assert_eq!(counters_of(&client, "g1", None).await.len(), 15);
}
