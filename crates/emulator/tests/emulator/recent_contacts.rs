//! Recent contacts through `tencent_chat::Client` against the emulator: the
//! conversation list that group messages fill, its paging and pinning, deletion,
//! marks and conversation groups, each with a documented error and the effect another
//! endpoint observes.

use crate::support::{code, text};
use tencent_chat::group_open_http_svc::SendGroupMsgRequest;
use tencent_chat::im_open_login_svc::MultiaccountImportRequest;
use tencent_chat::recentcontact::{
    ContactGroupUpdate, ContactGroupUpdateUpdateGroupType, ContactUpdateItem,
    ContactUpdateItemContactOptType, CreateContactGroupError, CreateContactGroupRequest,
    DelContactGroupError, DelContactGroupRequest, DeleteError, DeleteRequest,
    GetContactGroupRequest, GetListError, GetListRequest, MarkContactError, MarkContactRequest,
    MarkItem, MarkItemOptType, NewContactGroup, SearchContactGroupError, SearchContactGroupRequest,
    UpdateContactGroupError, UpdateContactGroupRequest, UpdateContactGroupUpdateType,
};
use tencent_chat::types::{ContactItem, ContactType, YesNo};
use tencent_chat::{Client, EndpointError};
use tencent_chat_emulator::{
    Conversation, ConversationKind, Emulator, Group, GroupType, RecentContacts,
};

async fn with_accounts(ids: &[&str]) -> (Emulator, Client) {
    let emulator = Emulator::start().await.unwrap();
    let client = emulator.client().unwrap();
    client
        .multiaccount_import(&MultiaccountImportRequest::new(ids.iter().copied()))
        .await
        .unwrap();
    (emulator, client)
}

fn c2c(peer: &str) -> ContactItem {
    let mut item = ContactItem::new(ContactType::C2c);
    item.to_account = Some(peer.to_owned());
    item
}

fn first_page(account: &str, flags: u32) -> GetListRequest {
    GetListRequest::from_account(account)
        .time_stamp(0)
        .start_index(0)
        .top_time_stamp(0)
        .top_start_index(0)
        .assist_flags(flags)
}

#[tokio::test]
async fn group_messages_list_the_group_and_delete_removes_it() {
    let (emulator, client) = with_accounts(&["alice", "bob"]).await;
    emulator.with_state(|s| {
        s.add_group(
            "g",
            Group::new(GroupType::Public)
                .owner("alice")
                .members(["bob"]),
        );
    });
    client
        .send_group_msg(&SendGroupMsgRequest::new("g", 1, text("hi")))
        .await
        .unwrap();
    let answer = client.get_list(&first_page("bob", 7)).await.unwrap();
    assert_eq!(answer.complete_flag, YesNo::Yes);
    let items = answer.session_item.unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].r#type, ContactType::Group);
    assert_eq!(items[0].group_id.as_deref(), Some("g"));
    assert_eq!(items[0].top_flag, Some(YesNo::No));

    let mut delete = DeleteRequest::new("bob", ContactType::Group);
    delete.to_group_id = Some("g".to_owned());
    client.delete(&delete).await.unwrap();
    let answer = client.get_list(&first_page("bob", 7)).await.unwrap();
    assert!(answer.session_item.unwrap().is_empty());
    // Alice's list keeps it.
    let answer = client.get_list(&first_page("alice", 0)).await.unwrap();
    assert_eq!(answer.session_item.unwrap().len(), 1);

    // Unknown accounts; a conversation without its peer.
    let err = client.get_list(&first_page("nobody", 0)).await;
    assert_eq!(code(err), GetListError::RecentContactAccountNotFound.code());
    let err = client
        .delete(&DeleteRequest::new("bob", ContactType::C2c))
        .await;
    assert_eq!(code(err), DeleteError::RecentContactInvalidParameter.code());
}

#[tokio::test]
async fn get_list_pages_and_tells_pinned_conversations_apart() {
    let (emulator, client) = with_accounts(&["alice"]).await;
    emulator.with_state(|s| {
        let mut contacts = RecentContacts::new();
        for i in 0..150u64 {
            contacts.conversations.push(Conversation::new(
                ConversationKind::C2c,
                format!("u{i:03}"),
                1_000 + i,
            ));
        }
        contacts
            .conversations
            .push(Conversation::new(ConversationKind::Group, "pinned", 10).pinned());
        s.recent_contacts.insert("alice".to_owned(), contacts);
    });
    let mut request = first_page("alice", 1);
    let mut pages = Vec::new();
    loop {
        let answer = client.get_list(&request).await.unwrap();
        pages.push(answer.session_item.clone().unwrap());
        if answer.complete_flag == YesNo::Yes {
            break;
        }
        request.time_stamp = answer.time_stamp;
        request.start_index = answer.start_index;
        request.top_time_stamp = answer.top_time_stamp;
        request.top_start_index = answer.top_start_index;
    }
    let sizes: Vec<usize> = pages.iter().map(Vec::len).collect();
    assert_eq!(
        sizes,
        [101, 50],
        "the pinned conversation comes first, once"
    );
    assert_eq!(pages[0][0].group_id.as_deref(), Some("pinned"));
    assert_eq!(pages[0][0].top_flag, Some(YesNo::Yes));
    assert_eq!(
        pages[0][1].to_account.as_deref(),
        Some("u149"),
        "newest first"
    );
    assert_eq!(pages[1][49].to_account.as_deref(), Some("u000"));
}

#[tokio::test]
async fn marks_are_read_back_by_get_and_search() {
    let (emulator, client) = with_accounts(&["user0", "user1"]).await;
    let mut item = MarkItem::new(MarkItemOptType::Both, c2c("user1"));
    item.set_mark = Some(vec![1, 2, 3]);
    item.custom_mark = Some("abcd".to_owned());
    let mut broken = MarkItem::new(
        MarkItemOptType::Standard,
        ContactItem::new(ContactType::C2c),
    );
    broken.set_mark = Some(vec![1]);
    let answer = client
        .mark_contact(&MarkContactRequest::new("user0", vec![item, broken]))
        .await
        .unwrap();
    let codes: Vec<i64> = answer
        .result_item
        .unwrap()
        .iter()
        .map(|r| r.result_code)
        .collect();
    assert_eq!(
        codes,
        [0, MarkContactError::RecentContactInvalidParameter.code()]
    );
    let answer = client
        .get_contact_group(&GetContactGroupRequest::new("user0", 0))
        .await
        .unwrap();
    assert_eq!(answer.complete_flag, YesNo::Yes);
    let marked = answer.contact_item.unwrap();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0].standard_mark.as_deref(), Some("1110"));
    assert_eq!(marked[0].custom_mark.as_deref(), Some("abcd"));

    // Clearing a bit and the custom mark.
    let mut clear = MarkItem::new(MarkItemOptType::Both, c2c("user1"));
    clear.clear_mark = Some(vec![2]);
    client
        .mark_contact(&MarkContactRequest::new("user0", vec![clear]))
        .await
        .unwrap();
    let answer = client
        .search_contact_group(&SearchContactGroupRequest::new("user0", vec![c2c("user1")]))
        .await
        .unwrap();
    let found = answer.contact_result_item.unwrap();
    assert_eq!(found[0].standard_mark.as_deref(), Some("1010"));
    assert_eq!(found[0].custom_mark, None);
    // Marks do not list the conversation.
    let list = client.get_list(&first_page("user0", 2)).await.unwrap();
    assert!(list.session_item.unwrap().is_empty());
    assert!(emulator.state().recent_contacts["user0"].conversations[0].standard_mark != 0);

    let err = client
        .mark_contact(&MarkContactRequest::new(
            "nobody",
            vec![MarkItem::new(MarkItemOptType::Custom, c2c("user1"))],
        ))
        .await;
    assert_eq!(
        code(err),
        MarkContactError::RecentContactAccountNotFound.code()
    );
    let err = client
        .search_contact_group(&SearchContactGroupRequest::new(
            "nobody",
            vec![c2c("user1")],
        ))
        .await;
    assert_eq!(
        code(err),
        SearchContactGroupError::RecentContactAccountNotFound.code()
    );
}

#[tokio::test]
async fn conversation_groups_are_created_renamed_filled_and_deleted() {
    let (emulator, client) = with_accounts(&["user15", "user0", "user1"]).await;
    let created = client
        .create_contact_group(&CreateContactGroupRequest::new(
            "user15",
            vec![NewContactGroup::new("test0", vec![c2c("user0")])],
        ))
        .await
        .unwrap();
    let group = &created.group_result_item.unwrap()[0];
    assert_eq!(
        (
            group.group_item.group_name.as_str(),
            group.group_item.group_id
        ),
        ("test0", 1)
    );

    // Rename, then add user1 and remove user0.
    let mut rename = ContactGroupUpdate::new(ContactGroupUpdateUpdateGroupType::Rename, "test0");
    rename.new_group_name = Some("friends".to_owned());
    client
        .update_contact_group(&UpdateContactGroupRequest::new(
            "user15",
            UpdateContactGroupUpdateType::Group,
            rename,
        ))
        .await
        .unwrap();
    let mut change =
        ContactGroupUpdate::new(ContactGroupUpdateUpdateGroupType::Contacts, "friends");
    change.contact_update_item = Some(vec![
        ContactUpdateItem::new(ContactUpdateItemContactOptType::Add, c2c("user1")),
        ContactUpdateItem::new(ContactUpdateItemContactOptType::Remove, c2c("user0")),
    ]);
    let answer = client
        .update_contact_group(&UpdateContactGroupRequest::new(
            "user15",
            UpdateContactGroupUpdateType::Group,
            change,
        ))
        .await
        .unwrap();
    let result = answer.update_group_result.unwrap();
    assert_eq!(result.group_id, Some(1));
    assert!(
        result
            .contact_result_item
            .unwrap()
            .iter()
            .all(|r| r.result_code == 0)
    );

    let answer = client
        .get_contact_group(&GetContactGroupRequest::new("user15", 0))
        .await
        .unwrap();
    let groups = answer.group_item.unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].group_name, "friends");
    let marked = answer.contact_item.unwrap();
    assert_eq!(marked.len(), 1);
    assert_eq!(marked[0].to_account.as_deref(), Some("user1"));
    assert_eq!(marked[0].contact_group_id.as_deref(), Some(&[1][..]));

    // Deleting empties the conversations' groups; a second delete finds nothing.
    let deleted = client
        .del_contact_group(&DelContactGroupRequest::new("user15", ["friends"]))
        .await
        .unwrap();
    assert_eq!(deleted.group_item.unwrap()[0].group_id, 1);
    let err = client
        .del_contact_group(&DelContactGroupRequest::new("user15", ["friends"]))
        .await;
    assert_eq!(
        code(err),
        DelContactGroupError::ConversationGroupNotFound.code()
    );
    let state = emulator.state();
    let contacts = &state.recent_contacts["user15"];
    assert!(contacts.groups.is_empty() && contacts.conversations.is_empty());

    let err = client
        .update_contact_group(&UpdateContactGroupRequest::new(
            "user15",
            UpdateContactGroupUpdateType::Group,
            ContactGroupUpdate::new(ContactGroupUpdateUpdateGroupType::Contacts, "friends"),
        ))
        .await;
    assert_eq!(
        code(err),
        UpdateContactGroupError::ConversationGroupNotFound.code()
    );

    // At most 20 conversation groups.
    for i in 0..20 {
        client
            .create_contact_group(&CreateContactGroupRequest::new(
                "user15",
                vec![NewContactGroup::new(format!("g{i}"), vec![])],
            ))
            .await
            .unwrap();
    }
    let err = client
        .create_contact_group(&CreateContactGroupRequest::new(
            "user15",
            vec![NewContactGroup::new("one too many", vec![])],
        ))
        .await;
    assert_eq!(
        code(err),
        CreateContactGroupError::ConversationGroupLimitReached.code()
    );
}
