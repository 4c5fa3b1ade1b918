//! Paging keys of other shapes than get_group_member_info's compile and step as their
//! specs say: a numeric cursor ending at 0, a required cursor field with inline items
//! and a total, two cursor fields from differently named response fields, and a
//! required offset.
use serde_json::json;
use tencent_chat::{Paged, PagingError};

tencent_chat_macros::generate!("../specs/paged", runtime = ::tencent_chat);

fn main() {
    // A numeric cursor: the next request takes Next; Next 0 ends.
    let first = pg::GroupsRequest::new().limit(2);
    let page: pg::GroupsResponse =
        serde_json::from_value(json!({"TotalCount": 3, "GroupIdList": ["a", "b"], "Next": 77})).unwrap();
    let next = first.next_page(&page, 2).unwrap().unwrap();
    assert_eq!(serde_json::to_value(&next).unwrap(), json!({"Limit": 2, "Next": 77}));
    let last: pg::GroupsResponse =
        serde_json::from_value(json!({"TotalCount": 3, "GroupIdList": ["c"], "Next": 0})).unwrap();
    assert_eq!(next.next_page(&last, 3).unwrap(), None);
    assert_eq!(pg::GroupsRequest::into_items(last), ["c"]);

    // A required cursor field, inline items (optional), two end conditions.
    let first = pg::FriendsRequest::new("me", 0);
    let page: pg::FriendsResponse = serde_json::from_value(json!({
        "UserDataItem": [{"To_Account": "a"}, {"To_Account": "b"}],
        "FriendNum": 5, "CompleteFlag": 0, "NextStartIndex": 2
    }))
    .unwrap();
    let next = first.next_page(&page, 2).unwrap().unwrap();
    assert_eq!(next.start_index, 2);
    // The total is reached although CompleteFlag is still 0.
    assert_eq!(next.next_page(&page, 5).unwrap(), None);
    let done: pg::FriendsResponse = serde_json::from_value(json!({
        "FriendNum": 5, "CompleteFlag": 1, "NextStartIndex": 0
    }))
    .unwrap();
    assert_eq!(next.next_page(&done, 2).unwrap(), None);
    assert_eq!(pg::FriendsRequest::page_len(&done), 0);
    let items: Vec<pg::FriendsResponseUserDataItemItem> = pg::FriendsRequest::into_items(page);
    assert_eq!(items[1].to_account, "b");

    // Two cursor fields (MaxTime from LastMsgTime), selected by LastMsgKey.
    let first = pg::RoamRequest::max_time(100).skip(0).last_msg_key("");
    let page: pg::RoamResponse = serde_json::from_value(json!({
        "Complete": 0, "LastMsgTime": 90, "LastMsgKey": "k1", "MsgList": ["x"]
    }))
    .unwrap();
    let next = first.next_page(&page, 1).unwrap().unwrap();
    assert_eq!(
        serde_json::to_value(&next).unwrap(),
        json!({"MaxTime": 90, "LastMsgKey": "k1", "Skip": 0})
    );
    // Without LastMsgKey: the offset mode advances Skip by the items received.
    let by_offset = pg::RoamRequest::max_time(100).skip(4);
    let next = by_offset.next_page(&page, 1).unwrap().unwrap();
    assert_eq!(next.skip, 5);
    let empty: pg::RoamResponse = serde_json::from_value(json!({
        "Complete": 0, "LastMsgTime": 90, "LastMsgKey": "k1", "MsgList": []
    }))
    .unwrap();
    assert_eq!(by_offset.next_page(&empty, 1).unwrap(), None);
    let full = pg::RoamRequest::max_time(100).skip(u32::MAX);
    assert_eq!(
        full.next_page(&page, 1).unwrap_err(),
        PagingError::OffsetOverflow { field: "Skip" }
    );
}
