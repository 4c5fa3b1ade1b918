//! All-member push (`all_member_push`) through `tencent_chat::Client` against the
//! emulator: attribute names, user attributes and tags are kept and read back, and a
//! push records the accounts its condition selects, under the documented quota.

use crate::support::text;
use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::json;
use tencent_chat::all_member_push::{
    IM_GET_TAG, IM_PUSH, IM_SET_ATTR_NAME, ImAddTagError, ImAddTagRequest, ImGetAttrNameError,
    ImGetAttrNameRequest, ImGetAttrRequest, ImGetTagError, ImGetTagRequest, ImPushError,
    ImPushRequest, ImRemoveAllTagsError, ImRemoveAllTagsRequest, ImRemoveAttrError,
    ImRemoveAttrRequest, ImRemoveTagError, ImRemoveTagRequest, ImSetAttrError, ImSetAttrNameError,
    ImSetAttrNameRequest, ImSetAttrRequest, PushCondition, UserPushAttrRemoval,
};
use tencent_chat::im_open_login_svc::MultiaccountImportRequest;
use tencent_chat::types::{UserPushAttrs, UserPushTags};
use tencent_chat::{Client, EndpointError, RateLimitMode, RetryPolicy};
use tencent_chat_emulator::{Emulator, EmulatorBuilder, Fault};

/// An emulator without the per-second bucket on im_push (so the push quota itself
/// answers), with `accounts` imported, and a client that neither waits for rate
/// slots nor retries.
async fn start(builder: EmulatorBuilder, accounts: &[&str]) -> (Emulator, Client) {
    let emulator = builder
        .rate_limit(IM_PUSH.path, None)
        .start()
        .await
        .unwrap();
    let client = Client::builder()
        .credentials(emulator.credentials())
        .base_url(emulator.base_url())
        .retry(RetryPolicy::none())
        .rate_limit(RateLimitMode::Off)
        .build()
        .unwrap();
    if !accounts.is_empty() {
        client
            .multiaccount_import(&MultiaccountImportRequest::new(accounts.iter().copied()))
            .await
            .unwrap();
    }
    (emulator, client)
}

/// The spec's push quotas with their windows divided by a million: a microsecond
/// between pushes, 100 in 86 ms.
fn no_interval() -> EmulatorBuilder {
    Emulator::builder().quota_time_scale(1_000_000)
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// Sends `body` with a valid signature, bypassing the client's checks; the ErrorCode.
async fn raw_call(emulator: &Emulator, path: &str, body: serde_json::Value) -> i64 {
    let credentials = emulator.credentials();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let q = tencent_chat::envelope::QUERY;
    let sig = credentials.sign(now, 600);
    let mut query = vec![
        (q.app_id, credentials.app_id().to_string()),
        (q.identifier, credentials.admin_identifier().to_owned()),
        (q.signature, sig.expose().to_owned()),
        (q.nonce, "7".to_owned()),
    ];
    query.extend(q.fixed.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let text = reqwest::Client::new()
        .post(format!("{}/{path}", emulator.base_url()))
        .query(&query)
        .body(body.to_string())
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let answer: serde_json::Value = serde_json::from_str(&text).unwrap();
    answer["ErrorCode"].as_i64().unwrap()
}

async fn set_names(client: &Client, names: &[(&str, &str)]) {
    client
        .im_set_attr_name(&ImSetAttrNameRequest::new(map(names)))
        .await
        .unwrap();
}

#[tokio::test]
async fn attribute_names_are_set_and_read_back() {
    let (emulator, client) = start(no_interval(), &[]).await;
    let empty = client
        .im_get_attr_name(&ImGetAttrNameRequest::new())
        .await
        .unwrap();
    assert!(empty.attr_names.is_empty());
    set_names(&client, &[("0", "sex"), ("1", "city")]).await;
    // A second call changes only the numbers it names.
    set_names(&client, &[("1", "town"), ("2", "country")]).await;
    let names = client
        .im_get_attr_name(&ImGetAttrNameRequest::new())
        .await
        .unwrap()
        .attr_names;
    assert_eq!(names, map(&[("0", "sex"), ("1", "town"), ("2", "country")]));

    // An attribute number outside 0-9: the emulator answers 90030 (the client
    // cannot check map keys).
    let err = client
        .im_set_attr_name(&ImSetAttrNameRequest::new(map(&[("10", "x")])))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ImSetAttrNameError::PushAttrLengthInvalid
    );
    // A name over 50 bytes, sent raw: the endpoint's invalid-request code.
    let long = "x".repeat(51);
    let code = raw_call(
        &emulator,
        IM_SET_ATTR_NAME.path,
        json!({"AttrNames": {"3": long}}),
    )
    .await;
    assert_eq!(code, ImSetAttrNameError::PushAttrLengthInvalid.code());
    assert_eq!(emulator.state().push.attr_names.len(), 3);

    // get_attr_name's documented internal error, injected.
    emulator
        .inject(
            tencent_chat::all_member_push::IM_GET_ATTR_NAME.path,
            Fault::ErrorCode(91000),
            1,
        )
        .unwrap();
    let err = client
        .im_get_attr_name(&ImGetAttrNameRequest::new())
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ImGetAttrNameError::MsgServiceUnavailable
    );
}

#[tokio::test]
async fn user_attributes_are_set_read_and_removed() {
    let (_emulator, client) = start(no_interval(), &[]).await;
    set_names(&client, &[("0", "sex"), ("1", "city")]).await;

    // An attribute the app has not named: 90033, nothing changes.
    let err = client
        .im_set_attr(&ImSetAttrRequest::new([
            UserPushAttrs::new("a", map(&[("sex", "F")])),
            UserPushAttrs::new("b", map(&[("level", "gold")])),
        ]))
        .await
        .unwrap_err();
    assert_eq!(err.service().unwrap().kind, ImSetAttrError::PushAttrInvalid);

    client
        .im_set_attr(&ImSetAttrRequest::new([
            UserPushAttrs::new("a", map(&[("sex", "F"), ("city", "Shenzhen")])),
            UserPushAttrs::new("b", map(&[("city", "New York")])),
        ]))
        .await
        .unwrap();
    // Attributes not named keep their values.
    client
        .im_set_attr(&ImSetAttrRequest::new([UserPushAttrs::new(
            "a",
            map(&[("city", "Beijing")]),
        )]))
        .await
        .unwrap();
    let got = client
        .im_get_attr(&ImGetAttrRequest::new(["b", "nobody", "a"]))
        .await
        .unwrap()
        .user_attrs;
    assert_eq!(
        got,
        vec![
            UserPushAttrs::new("b", map(&[("city", "New York")])),
            UserPushAttrs::new("nobody", BTreeMap::new()),
            UserPushAttrs::new("a", map(&[("sex", "F"), ("city", "Beijing")])),
        ]
    );

    // Removal: an unknown name is refused, a known one removed.
    let err = client
        .im_remove_attr(&ImRemoveAttrRequest::new([UserPushAttrRemoval::new(
            "a",
            ["level"],
        )]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ImRemoveAttrError::PushAttrInvalid
    );
    client
        .im_remove_attr(&ImRemoveAttrRequest::new([
            UserPushAttrRemoval::new("a", ["city"]),
            UserPushAttrRemoval::new("b", ["city", "sex"]),
        ]))
        .await
        .unwrap();
    let got = client
        .im_get_attr(&ImGetAttrRequest::new(["a", "b"]))
        .await
        .unwrap()
        .user_attrs;
    assert_eq!(
        got,
        vec![
            UserPushAttrs::new("a", map(&[("sex", "F")])),
            UserPushAttrs::new("b", BTreeMap::new()),
        ]
    );
}

#[tokio::test]
async fn tags_are_added_read_and_removed() {
    let (emulator, client) = start(no_interval(), &[]).await;
    client
        .im_add_tag(&ImAddTagRequest::new([
            UserPushTags::new("a", ["x", "y"]),
            UserPushTags::new("b", ["x"]),
        ]))
        .await
        .unwrap();
    // Tags are a set: adding again changes nothing.
    client
        .im_add_tag(&ImAddTagRequest::new([UserPushTags::new("a", ["y", "z"])]))
        .await
        .unwrap();
    let got = client
        .im_get_tag(&ImGetTagRequest::new(["a", "b", "c"]))
        .await
        .unwrap()
        .user_tags;
    let tags: Vec<(String, Vec<String>)> =
        got.into_iter().map(|u| (u.to_account, u.tags)).collect();
    assert_eq!(
        tags,
        vec![
            (
                "a".to_owned(),
                vec!["x".to_owned(), "y".to_owned(), "z".to_owned()]
            ),
            ("b".to_owned(), vec!["x".to_owned()]),
            ("c".to_owned(), vec![]),
        ]
    );

    client
        .im_remove_tag(&ImRemoveTagRequest::new([
            UserPushTags::new("a", ["x", "nope"]),
            UserPushTags::new("b", ["x"]),
        ]))
        .await
        .unwrap();
    let state = emulator.state();
    assert_eq!(
        state.push.tags("a").into_iter().collect::<Vec<_>>(),
        ["y", "z"]
    );
    assert!(!state.push.user_tags.contains_key("b"));

    client
        .im_remove_all_tags(&ImRemoveAllTagsRequest::new(["a", "c"]))
        .await
        .unwrap();
    let got = client
        .im_get_tag(&ImGetTagRequest::new(["a"]))
        .await
        .unwrap()
        .user_tags;
    assert!(got[0].tags.is_empty());

    // A user holds at most 100 tags: a call that would pass it adds nothing.
    for round in 0..10 {
        let tags: Vec<String> = (0..10).map(|i| format!("t{round}-{i}")).collect();
        client
            .im_add_tag(&ImAddTagRequest::new([UserPushTags::new("full", tags)]))
            .await
            .unwrap();
    }
    let err = client
        .im_add_tag(&ImAddTagRequest::new([
            UserPushTags::new("other", ["o"]),
            UserPushTags::new("full", ["one-more"]),
        ]))
        .await
        .unwrap_err();
    assert_eq!(err.service().unwrap().kind, ImAddTagError::PushTooManyTags);
    let state = emulator.state();
    assert_eq!(state.push.tags("full").len(), 100);
    assert!(state.push.tags("other").is_empty());

    // More than 100 accounts, sent raw: 90018, the field's own code.
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    let code = raw_call(&emulator, IM_GET_TAG.path, json!({"To_Account": many})).await;
    assert_eq!(code, ImGetTagError::MsgTooManyAccounts.code());
}

#[tokio::test]
async fn tag_calls_answer_their_documented_errors() {
    let (emulator, client) = start(no_interval(), &[]).await;
    let m = tencent_chat::all_member_push::IM_REMOVE_TAG.path;
    emulator.inject(m, Fault::ErrorCode(91000), 1).unwrap();
    let err = client
        .im_remove_tag(&ImRemoveTagRequest::new([UserPushTags::new("a", ["x"])]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ImRemoveTagError::MsgServiceUnavailable
    );
    let m = tencent_chat::all_member_push::IM_REMOVE_ALL_TAGS.path;
    emulator.inject(m, Fault::ErrorCode(90009), 1).unwrap();
    let err = client
        .im_remove_all_tags(&ImRemoveAllTagsRequest::new(["a"]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ImRemoveAllTagsError::MsgAdminRequired
    );
    // The client refuses more than 100 accounts before sending.
    let many: Vec<String> = (0..101).map(|i| format!("u{i}")).collect();
    let err = client
        .im_get_attr(&ImGetAttrRequest::new(many))
        .await
        .unwrap_err();
    assert!(err.service().is_none(), "{err}");
    assert_eq!(
        emulator
            .calls(tencent_chat::all_member_push::IM_GET_ATTR.path)
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn a_push_selects_users_by_tags_or_attributes() {
    let (emulator, client) = start(no_interval(), &["alice", "bob", "carol", "dave"]).await;
    set_names(&client, &[("0", "city"), ("1", "level")]).await;
    client
        .im_add_tag(&ImAddTagRequest::new([
            UserPushTags::new("alice", ["A", "B"]),
            UserPushTags::new("bob", ["A"]),
            UserPushTags::new("carol", ["B"]),
            // Not imported: never a recipient.
            UserPushTags::new("ghost", ["A", "B"]),
        ]))
        .await
        .unwrap();
    client
        .im_set_attr(&ImSetAttrRequest::new([
            UserPushAttrs::new("alice", map(&[("city", "Shenzhen"), ("level", "gold")])),
            UserPushAttrs::new("bob", map(&[("city", "Shenzhen")])),
            UserPushAttrs::new("dave", map(&[("level", "gold")])),
        ]))
        .await
        .unwrap();

    let push = |condition: Option<PushCondition>| {
        let mut request = ImPushRequest::new(fastrand::u32(..), text("hi"));
        request.condition = condition;
        request
    };
    let cond = |f: fn(&mut PushCondition)| {
        let mut c = PushCondition::new();
        f(&mut c);
        Some(c)
    };
    let cases: Vec<(Option<PushCondition>, Vec<&str>)> = vec![
        (None, vec!["alice", "bob", "carol", "dave"]),
        (
            cond(|c| c.tags_and = Some(vec!["A".into(), "B".into()])),
            vec!["alice"],
        ),
        (
            cond(|c| c.tags_or = Some(vec!["A".into(), "B".into()])),
            vec!["alice", "bob", "carol"],
        ),
        (
            cond(|c| {
                c.attrs_and = Some(
                    [
                        ("city".to_owned(), "Shenzhen".to_owned()),
                        ("level".to_owned(), "gold".to_owned()),
                    ]
                    .into(),
                )
            }),
            vec!["alice"],
        ),
        (
            cond(|c| {
                c.attrs_or = Some(
                    [
                        ("city".to_owned(), "Shenzhen".to_owned()),
                        ("level".to_owned(), "gold".to_owned()),
                    ]
                    .into(),
                )
            }),
            vec!["alice", "bob", "dave"],
        ),
    ];
    let mut ids = Vec::new();
    for (condition, _) in &cases {
        let answer = client.im_push(&push(condition.clone())).await.unwrap();
        ids.push(answer.task_id);
    }
    let tasks = emulator.push_tasks();
    assert_eq!(tasks.len(), cases.len());
    for ((task, (_, expected)), id) in tasks.iter().zip(&cases).zip(&ids) {
        assert_eq!(&task.task_id, id);
        assert_eq!(&task.recipients, expected);
        assert_eq!(task.sender, emulator.admin());
        assert_eq!(task.body, text("hi"));
    }
    assert!(ids[0].starts_with(&format!("{}_", emulator.app_id())));
    assert_eq!(
        ids.iter().collect::<std::collections::BTreeSet<_>>().len(),
        ids.len()
    );

    // A later tag change is seen by the next push.
    client
        .im_remove_all_tags(&ImRemoveAllTagsRequest::new(["alice"]))
        .await
        .unwrap();
    let mut request = push(cond(|c| c.tags_or = Some(vec!["A".into(), "B".into()])));
    request.from_account = Some("carol".to_owned());
    request.msg_life_time = Some(120);
    client.im_push(&request).await.unwrap();
    let last = emulator.push_tasks().pop().unwrap();
    assert_eq!(last.recipients, ["bob", "carol"]);
    assert_eq!(last.sender, "carol");
    assert_eq!(last.life_time, 120);
    assert_eq!(last.condition, Some(json!({"TagsOr": ["A", "B"]})));
}

#[tokio::test]
async fn a_push_refuses_conditions_the_type_cannot_rule_out() {
    let (emulator, client) = start(no_interval(), &["alice"]).await;
    set_names(&client, &[("0", "city")]).await;
    let with = |f: fn(&mut PushCondition)| {
        let mut c = PushCondition::new();
        f(&mut c);
        let mut request = ImPushRequest::new(1, text("hi"));
        request.condition = Some(c);
        request
    };
    let cases: Vec<(ImPushRequest, ImPushError)> = vec![
        (
            with(|c| {
                c.tags_and = Some(vec!["A".into()]);
                c.attrs_or = Some([("city".to_owned(), "x".to_owned())].into());
            }),
            ImPushError::PushAttrAndTagConditionsMixed,
        ),
        (
            with(|c| {
                c.tags_and = Some(vec!["A".into(), "B".into()]);
                c.tags_or = Some(vec!["B".into()]);
            }),
            ImPushError::PushDuplicateTags,
        ),
        (
            with(|c| c.attrs_and = Some([("level".to_owned(), "x".to_owned())].into())),
            ImPushError::PushAttrInvalid,
        ),
    ];
    for (request, kind) in cases {
        let err = client.im_push(&request).await.unwrap_err();
        assert_eq!(err.service().unwrap().kind, kind);
    }
    // Refused pushes are not recorded and do not count.
    assert!(emulator.push_tasks().is_empty());

    // Limits inside Condition: the client refuses before sending; sent raw, the
    // emulator answers the endpoint's invalid-request code.
    let mut request = ImPushRequest::new(1, text("hi"));
    let mut c = PushCondition::new();
    c.tags_or = Some((0..11).map(|i| format!("t{i}")).collect());
    request.condition = Some(c);
    let err = client.im_push(&request).await.unwrap_err();
    assert!(err.service().is_none(), "{err}");
    let code = raw_call(
        &emulator,
        IM_PUSH.path,
        json!({"MsgRandom": 1, "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}],
               "Condition": {"TagsOr": ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]}}),
    )
    .await;
    assert_eq!(code, IM_PUSH.invalid_request_code);
    // MsgLifeTime beyond seven days: its own code, 90026.
    let code = raw_call(
        &emulator,
        IM_PUSH.path,
        json!({"MsgRandom": 1, "MsgLifeTime": 604_801,
               "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]}),
    )
    .await;
    assert_eq!(code, ImPushError::MsgOfflineLifetimeInvalid.code());
}

#[tokio::test]
async fn pushes_keep_the_interval_and_the_daily_quota() {
    // The documented interval (rate_limit.quotas): a second push right after the
    // first is refused, unless the first was refused itself.
    let (emulator, client) = start(Emulator::builder(), &["alice"]).await;
    let mut bad = ImPushRequest::new(0, text("refused"));
    let mut mixed = PushCondition::new();
    mixed.tags_and = Some(vec!["A".into()]);
    mixed.attrs_or = Some([("city".to_owned(), "x".to_owned())].into());
    bad.condition = Some(mixed);
    let err = client.im_push(&bad).await.unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        ImPushError::PushAttrAndTagConditionsMixed
    );
    client
        .im_push(&ImPushRequest::new(1, text("one")))
        .await
        .unwrap();
    let err = client
        .im_push(&ImPushRequest::new(2, text("two")))
        .await
        .unwrap_err();
    let service = err.service().unwrap();
    assert_eq!(service.kind, ImPushError::PushTooFrequent);
    let quotas = IM_PUSH.rate_quotas;
    assert!(quotas.iter().any(|q| q.code == service.kind.code()));
    assert_eq!(emulator.push_tasks().len(), 1);

    // The day's quota: windows divided by 10,000 (0.1 ms between pushes, a day of
    // 8.6 s), so that the 101st push of the "day" is refused.
    let (emulator, client) = start(Emulator::builder().quota_time_scale(10_000), &["a"]).await;
    let per_day = quotas
        .iter()
        .find_map(|q| match q.kind {
            tencent_chat::QuotaKind::PerDay(n) => Some(n),
            _ => None,
        })
        .unwrap();
    let mut last = None;
    for i in 0..=per_day {
        tokio::time::sleep(Duration::from_millis(1)).await;
        match client.im_push(&ImPushRequest::new(i, text("hi"))).await {
            Ok(_) => {}
            Err(e) => {
                last = Some(e.service().unwrap().kind);
                break;
            }
        }
    }
    assert_eq!(last, Some(ImPushError::PushDailyQuotaExceeded));
    assert_eq!(emulator.push_tasks().len(), per_day as usize);
}
