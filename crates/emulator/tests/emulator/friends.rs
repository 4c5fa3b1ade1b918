//! Friends and blocklists through `tencent_chat::Client` against the emulator: each
//! `sns/friend_*` and `sns/black_list_*` call succeeds and answers a documented error,
//! and what one call changes, another reads.

use tencent_chat::results::{ItemResult, failures};
use tencent_chat::sns::{
    BlackListAddError, BlackListAddRequest, BlackListCheckCheckType, BlackListCheckRequest,
    BlackListDeleteRequest, BlackListGetError, BlackListGetRequest, BlockRelationResultRelation,
    FriendAddAddType, FriendAddError, FriendAddItem, FriendAddRequest, FriendCheckCheckType,
    FriendCheckError, FriendCheckRequest, FriendDeleteAllError, FriendDeleteAllRequest,
    FriendDeleteError, FriendDeleteRequest, FriendGetError, FriendGetListError,
    FriendGetListRequest, FriendGetRequest, FriendImportError, FriendImportItem,
    FriendImportRequest, FriendRelationResultRelation, FriendUpdateError, FriendUpdateItem,
    FriendUpdateRequest, GroupAddRequest, GroupGetRequest,
};
use tencent_chat::types::{SnsDeleteType, SnsItem, SnsValue};
use tencent_chat::{Client, ErrorCode, Paged};
use tencent_chat_emulator::{Account, Emulator};

/// An emulator with the accounts `ids` imported.
async fn with_accounts(ids: &[&str]) -> Emulator {
    let emulator = Emulator::start().await.unwrap();
    emulator.with_state(|s| s.add_accounts(ids.iter().copied()));
    emulator
}

/// Every item of every page, following the spec's `paging` key (the same
/// `Paged::next_page` that `Client::items` uses).
async fn all_items<R: Paged>(client: &Client, first: R) -> Vec<R::Item> {
    let mut request = first;
    let mut received = 0u64;
    let mut out = Vec::new();
    loop {
        let response = client.call(&request).await.unwrap();
        received += R::page_len(&response) as u64;
        let next = request.next_page(&response, received).unwrap();
        out.extend(R::into_items(response));
        match next {
            Some(n) => request = n,
            None => return out,
        }
    }
}

fn add(to: &str) -> FriendAddItem {
    FriendAddItem::new(to)
}

#[tokio::test]
async fn friend_add_is_two_way_by_default_and_one_way_on_request() {
    let emulator = with_accounts(&["a", "b", "c"]).await;
    let client = emulator.client().unwrap();
    let r = client
        .friend_add(&FriendAddRequest::new("a", [add("b")]))
        .await
        .unwrap();
    assert!(r.result_item.unwrap().iter().all(ItemResult::is_success));
    assert_eq!(r.fail_account, None);
    let r = client
        .friend_add(&FriendAddRequest::new("a", [add("c")]).add_type(FriendAddAddType::Single))
        .await
        .unwrap();
    assert!(r.result_item.unwrap()[0].is_success());

    // friend_check observes both.
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "a",
            ["b", "c"],
            FriendCheckCheckType::Both,
        ))
        .await
        .unwrap();
    let relations: Vec<_> = check.info_item.iter().map(|i| i.relation.clone()).collect();
    assert_eq!(
        relations,
        [
            FriendRelationResultRelation::BothWay,
            FriendRelationResultRelation::AWithB
        ]
    );
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "c",
            ["a"],
            FriendCheckCheckType::Both,
        ))
        .await
        .unwrap();
    assert_eq!(
        check.info_item[0].relation,
        FriendRelationResultRelation::BWithA
    );
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "c",
            ["a"],
            FriendCheckCheckType::Single,
        ))
        .await
        .unwrap();
    assert_eq!(
        check.info_item[0].relation,
        FriendRelationResultRelation::NoRelation
    );

    // Friends added here can be put in friend lists (sns/group_add).
    let lists = client
        .group_add(&GroupAddRequest::new("a", ["Close"]).to_account(["b", "c"]))
        .await
        .unwrap();
    assert!(
        lists
            .result_item
            .unwrap()
            .iter()
            .all(ItemResult::is_success)
    );

    // Adding an existing friend again fails per account.
    let r = client
        .friend_add(&FriendAddRequest::new("a", [add("b"), add("ghost")]))
        .await
        .unwrap();
    let failed: Vec<_> = failures(r.result_item.as_deref().unwrap()).collect();
    assert_eq!(
        failed,
        [
            ("b", ErrorCode::SnsInvalidParameter),
            ("ghost", ErrorCode::SnsAccountNotFound)
        ]
    );
    assert_eq!(r.fail_account.unwrap(), ["b", "ghost"]);
}

#[tokio::test]
async fn friend_add_from_an_unknown_account_answers_30003() {
    let emulator = with_accounts(&["b"]).await;
    let client = emulator.client().unwrap();
    let err = client
        .friend_add(&FriendAddRequest::new("nobody", [add("b")]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendAddError::SnsAccountNotFound
    );
}

#[tokio::test]
async fn blocklists_stop_friend_requests_both_ways() {
    let emulator = with_accounts(&["a", "b", "c"]).await;
    let client = emulator.client().unwrap();
    client
        .friend_add(&FriendAddRequest::new("a", [add("b")]))
        .await
        .unwrap();
    let r = client
        .black_list_add(&BlackListAddRequest::new("a", ["b", "c"]))
        .await
        .unwrap();
    assert!(r.result_item.unwrap().iter().all(ItemResult::is_success));
    // Blocking ended a's side of the friendship.
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "a",
            ["b"],
            FriendCheckCheckType::Both,
        ))
        .await
        .unwrap();
    assert_eq!(
        check.info_item[0].relation,
        FriendRelationResultRelation::BWithA
    );
    // a cannot add b (b is on a's list); c cannot add a (c is blocked by a).
    let r = client
        .friend_add(&FriendAddRequest::new("a", [add("b")]))
        .await
        .unwrap();
    assert_eq!(
        r.result_item.unwrap()[0].error_code(),
        Some(ErrorCode::SnsPeerInOwnBlocklist)
    );
    let r = client
        .friend_add(&FriendAddRequest::new("c", [add("a")]))
        .await
        .unwrap();
    assert_eq!(
        r.result_item.unwrap()[0].error_code(),
        Some(ErrorCode::SnsBlockedByPeer)
    );
    // Blocking again fails per account.
    let r = client
        .black_list_add(&BlackListAddRequest::new("a", ["b"]))
        .await
        .unwrap();
    assert_eq!(r.fail_account.unwrap(), ["b"]);

    // black_list_check and black_list_get read the list.
    let check = client
        .black_list_check(&BlackListCheckRequest::new(
            "c",
            ["a", "b"],
            BlackListCheckCheckType::Both,
        ))
        .await
        .unwrap();
    let relations: Vec<_> = check
        .black_list_check_item
        .iter()
        .map(|i| i.relation.clone())
        .collect();
    assert_eq!(
        relations,
        [
            BlockRelationResultRelation::BWithA,
            BlockRelationResultRelation::No
        ]
    );
    let page = client
        .black_list_get(
            &BlackListGetRequest::from_account("a")
                .start_index(0)
                .max_limited(1)
                .last_sequence(0),
        )
        .await
        .unwrap();
    assert_eq!(page.black_list_item.as_ref().unwrap().len(), 1);
    assert_eq!(page.start_index, 1);
    let all: Vec<String> = all_items(
        &client,
        BlackListGetRequest::from_account("a")
            .start_index(0)
            .max_limited(1)
            .last_sequence(0),
    )
    .await
    .into_iter()
    .map(|item| item.to_account)
    .collect();
    assert_eq!(all, ["b", "c"]);

    // black_list_delete lets requests through again.
    let r = client
        .black_list_delete(&BlackListDeleteRequest::new("a", ["b", "zed"]))
        .await
        .unwrap();
    assert_eq!(r.fail_account.unwrap(), ["zed"]);
    let r = client
        .friend_add(&FriendAddRequest::new("a", [add("b")]))
        .await
        .unwrap();
    assert!(r.result_item.unwrap()[0].is_success());
    let page = client
        .black_list_get(
            &BlackListGetRequest::from_account("a")
                .start_index(0)
                .max_limited(30)
                .last_sequence(0),
        )
        .await
        .unwrap();
    assert_eq!(page.black_list_item.unwrap().len(), 1);
    assert_eq!(page.start_index, 0);
}

#[tokio::test]
async fn blocklist_calls_answer_30003_for_an_unknown_account() {
    let emulator = with_accounts(&["b"]).await;
    let client = emulator.client().unwrap();
    let err = client
        .black_list_add(&BlackListAddRequest::new("nobody", ["b"]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        BlackListAddError::SnsAccountNotFound
    );
    let err = client
        .black_list_get(
            &BlackListGetRequest::from_account("nobody")
                .start_index(0)
                .max_limited(10)
                .last_sequence(0),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        BlackListGetError::SnsAccountNotFound
    );
    for result in [
        client
            .black_list_delete(&BlackListDeleteRequest::new("nobody", ["b"]))
            .await
            .map(drop)
            .map_err(|e| e.service().unwrap().code()),
        client
            .black_list_check(&BlackListCheckRequest::new(
                "nobody",
                ["b"],
                BlackListCheckCheckType::Single,
            ))
            .await
            .map(drop)
            .map_err(|e| e.service().unwrap().code()),
    ] {
        assert_eq!(result, Err(ErrorCode::SnsAccountNotFound));
    }
}

#[tokio::test]
async fn imported_and_updated_friend_data_is_read_back() {
    let emulator = with_accounts(&["a", "b", "c"]).await;
    emulator.with_state(|s| {
        s.accounts.insert("b".into(), Account::new().nick("Bee"));
    });
    let client = emulator.client().unwrap();
    let mut item = FriendImportItem::to_account("b").add_source("AddSource_Type_Web");
    item.remark = Some("old".into());
    item.group_name = Some(vec!["Work".into()]);
    item.add_time = Some(1_420_000_001);
    item.custom_item = Some(vec![SnsItem::new(
        "Tag_SNS_Custom_Level",
        SnsValue::Integer(3),
    )]);
    let r = client
        .friend_import(&FriendImportRequest::new(
            "a",
            [
                item,
                FriendImportItem::to_account("ghost").add_source("AddSource_Type_Web"),
            ],
        ))
        .await
        .unwrap();
    assert_eq!(r.fail_account.unwrap(), ["ghost"]);
    // Import is one-way.
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "a",
            ["b"],
            FriendCheckCheckType::Both,
        ))
        .await
        .unwrap();
    assert_eq!(
        check.info_item[0].relation,
        FriendRelationResultRelation::AWithB
    );
    // The list was created and holds the friend (group_get, an existing endpoint).
    let lists = client.group_get(&GroupGetRequest::new("a")).await.unwrap();
    assert_eq!(lists.result_item.unwrap()[0].group_name, "Work");

    let update = FriendUpdateItem::new(
        "b",
        [
            SnsItem::new("Tag_SNS_IM_Remark", SnsValue::Text("new".into())),
            SnsItem::new(
                "Tag_SNS_IM_Group",
                SnsValue::List(vec!["Home".into(), "Work".into()]),
            ),
        ],
    );
    let r = client
        .friend_update(&FriendUpdateRequest::new(
            "a",
            [
                update,
                FriendUpdateItem::new(
                    "c",
                    [SnsItem::new(
                        "Tag_SNS_IM_Remark",
                        SnsValue::Text("x".into()),
                    )],
                ),
            ],
        ))
        .await
        .unwrap();
    assert_eq!(r.fail_account.unwrap(), ["c"]);

    let list = client
        .friend_get_list(
            &FriendGetListRequest::from_account("a")
                .to_account(["b", "c"])
                .tag_list([
                    "Tag_SNS_IM_Remark",
                    "Tag_SNS_IM_Group",
                    "Tag_SNS_Custom_Level",
                    "Tag_Profile_IM_Nick",
                ]),
        )
        .await
        .unwrap();
    let fields = list.info_item[0].sns_profile_item.clone().unwrap();
    let value = |tag: &str| {
        fields
            .iter()
            .find(|f| f.tag == tag)
            .map(|f| f.value.clone())
    };
    assert_eq!(
        value("Tag_SNS_IM_Remark"),
        Some(SnsValue::Text("new".into()))
    );
    assert_eq!(
        value("Tag_SNS_IM_Group"),
        Some(SnsValue::List(vec!["Home".into(), "Work".into()]))
    );
    assert_eq!(value("Tag_SNS_Custom_Level"), Some(SnsValue::Integer(3)));
    assert_eq!(
        value("Tag_Profile_IM_Nick"),
        Some(SnsValue::Text("Bee".into()))
    );
    assert_eq!(
        list.info_item[1].error_code(),
        Some(ErrorCode::SnsInvalidParameter)
    );
    assert_eq!(list.fail_account.unwrap(), ["c"]);

    // friend_get pages through the friends and leaves out data the caller has.
    let page = client
        .friend_get(&FriendGetRequest::new("a", 0))
        .await
        .unwrap();
    assert_eq!(page.friend_num, 1);
    assert_eq!(page.complete_flag, 1);
    let data = page.user_data_item.clone().unwrap();
    assert_eq!(data[0].to_account, "b");
    assert!(
        data[0]
            .value_item
            .as_ref()
            .unwrap()
            .iter()
            .any(|f| f.tag == "Tag_SNS_IM_AddTime" && f.value == SnsValue::Integer(1_420_000_001))
    );
    let mut again = FriendGetRequest::new("a", 0);
    again.standard_sequence = Some(page.standard_sequence);
    again.custom_sequence = Some(page.custom_sequence);
    let unchanged = client.friend_get(&again).await.unwrap();
    assert_eq!(unchanged.user_data_item.unwrap()[0].value_item, None);
}

#[tokio::test]
async fn friend_get_pages_through_many_friends() {
    let emulator = Emulator::start().await.unwrap();
    let ids: Vec<String> = (0..250).map(|i| format!("f{i:03}")).collect();
    emulator.with_state(|s| {
        s.add_accounts(["a"]);
        s.add_accounts(ids.iter().cloned());
        s.friends_mut("a").friends.extend(ids.iter().cloned());
    });
    let client = emulator.client().unwrap();
    let first = client
        .friend_get(&FriendGetRequest::new("a", 0))
        .await
        .unwrap();
    assert_eq!(first.complete_flag, 0);
    assert_eq!(first.next_start_index, 100);
    let all: Vec<String> = all_items(&client, FriendGetRequest::new("a", 0))
        .await
        .into_iter()
        .map(|f| f.to_account)
        .collect();
    assert_eq!(all, ids);
}

#[tokio::test]
async fn friend_reads_answer_30003_for_an_unknown_account() {
    let emulator = with_accounts(&["b"]).await;
    let client = emulator.client().unwrap();
    let err = client
        .friend_get(&FriendGetRequest::new("nobody", 0))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendGetError::SnsAccountNotFound
    );
    let err = client
        .friend_get_list(
            &FriendGetListRequest::from_account("nobody")
                .to_account(["b"])
                .tag_list(["Tag_SNS_IM_Remark"]),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendGetListError::SnsAccountNotFound
    );
    let err = client
        .friend_check(&FriendCheckRequest::new(
            "nobody",
            ["b"],
            FriendCheckCheckType::Single,
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendCheckError::SnsAccountNotFound
    );
    let err = client
        .friend_import(&FriendImportRequest::new(
            "nobody",
            [FriendImportItem::to_account("b").add_source("AddSource_Type_Web")],
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendImportError::SnsAccountNotFound
    );
    let err = client
        .friend_update(&FriendUpdateRequest::new(
            "nobody",
            [FriendUpdateItem::new(
                "b",
                [SnsItem::new(
                    "Tag_SNS_IM_Remark",
                    SnsValue::Text("r".into()),
                )],
            )],
        ))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendUpdateError::SnsAccountNotFound
    );
}

#[tokio::test]
async fn friend_delete_and_delete_all_follow_the_delete_type() {
    let emulator = with_accounts(&["a", "b", "c", "d"]).await;
    let client = emulator.client().unwrap();
    client
        .friend_add(&FriendAddRequest::new("a", [add("b"), add("c"), add("d")]))
        .await
        .unwrap();
    // One-way: b keeps a.
    let r = client
        .friend_delete(&FriendDeleteRequest::new("a", ["b", "zed"]))
        .await
        .unwrap();
    let failed: Vec<_> = failures(r.result_item.as_deref().unwrap()).collect();
    assert_eq!(failed, [("zed", ErrorCode::SnsNotFriends)]);
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "a",
            ["b"],
            FriendCheckCheckType::Both,
        ))
        .await
        .unwrap();
    assert_eq!(
        check.info_item[0].relation,
        FriendRelationResultRelation::BWithA
    );
    // Two-way: c loses a too.
    client
        .friend_delete(&FriendDeleteRequest::new("a", ["c"]).delete_type(SnsDeleteType::Both))
        .await
        .unwrap();
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "a",
            ["c"],
            FriendCheckCheckType::Both,
        ))
        .await
        .unwrap();
    assert_eq!(
        check.info_item[0].relation,
        FriendRelationResultRelation::NoRelation
    );
    // delete_all, two-way: d loses a; friend_get sees no friends.
    client
        .friend_delete_all(&FriendDeleteAllRequest::new("a").delete_type(SnsDeleteType::Both))
        .await
        .unwrap();
    let page = client
        .friend_get(&FriendGetRequest::new("a", 0))
        .await
        .unwrap();
    assert_eq!(page.friend_num, 0);
    let check = client
        .friend_check(&FriendCheckRequest::new(
            "d",
            ["a"],
            FriendCheckCheckType::Both,
        ))
        .await
        .unwrap();
    assert_eq!(
        check.info_item[0].relation,
        FriendRelationResultRelation::NoRelation
    );

    let err = client
        .friend_delete(&FriendDeleteRequest::new("nobody", ["a"]))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendDeleteError::SnsAccountNotFound
    );
    let err = client
        .friend_delete_all(&FriendDeleteAllRequest::new("nobody"))
        .await
        .unwrap_err();
    assert_eq!(
        err.service().unwrap().kind,
        FriendDeleteAllError::SnsAccountNotFound
    );
}
