//! The client against an embedded emulator, no credentials or network needed:
//! `cargo run -p tencent-chat-emulator --example quickstart`.
//!
//! Imports accounts, creates a group with members, sends messages, recalls one
//! sender's messages, removes a member, reads the history and the group, and shows a
//! refused call and an injected fault.

use tencent_chat::group_open_http_svc::{
    CreateGroupMember, CreateGroupRequest, DESTROY_GROUP, DeleteGroupMemberRequest,
    DeleteGroupMemberSilence, DeleteGroupMsgBySenderRequest, DestroyGroupRequest,
    GetGroupInfoRequest, GroupMsgGetSimpleRequest, GroupMsgGetSimpleWithRecalledMsg,
    SendGroupMsgRequest,
};
use tencent_chat::im_open_login_svc::MultiaccountImportRequest;
use tencent_chat::types::{GroupType, MsgElement, TextElem};
use tencent_chat_emulator::{Emulator, Fault};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let emulator = Emulator::start().await?;
    println!(
        "emulator at {} ({:?})",
        emulator.base_url(),
        emulator.credentials()
    );
    let client = emulator.client()?;

    client
        .multiaccount_import(&MultiaccountImportRequest::new([
            "leckie", "tommy", "jared",
        ]))
        .await?;
    let mut create = CreateGroupRequest::new(GroupType::Public, "TestGroup");
    create.owner_account = Some("leckie".to_owned());
    create.member_list = Some(vec![
        CreateGroupMember::new("tommy"),
        CreateGroupMember::new("jared"),
    ]);
    let group = client.create_group(&create).await?.group_id;
    println!("created {group}");

    for (sender, text) in [("tommy", "hello"), ("jared", "spam"), ("tommy", "bye")] {
        let mut message = SendGroupMsgRequest::new(
            group.clone(),
            fastrand::u32(..),
            vec![MsgElement::Text(TextElem::new(text))],
        );
        message.from_account = Some(sender.to_owned());
        let sent = client.send_group_msg(&message).await?;
        println!("{sender}: {text:?} -> MsgSeq {}", sent.msg_seq);
    }

    client
        .delete_group_msg_by_sender(&DeleteGroupMsgBySenderRequest::new(group.clone(), "jared"))
        .await?;
    client
        .delete_group_member(
            &DeleteGroupMemberRequest::new(group.clone(), ["jared"])
                .silence(DeleteGroupMemberSilence::Silent)
                .reason("spam"),
        )
        .await?;

    let mut history = GroupMsgGetSimpleRequest::new(group.clone(), 20);
    history.with_recalled_msg = Some(GroupMsgGetSimpleWithRecalledMsg::Yes);
    for m in client
        .group_msg_get_simple(&history)
        .await?
        .rsp_msg_list
        .unwrap_or_default()
    {
        println!(
            "history: #{} from {} ({:?}): {:?}",
            m.msg_seq, m.from_account, m.is_place_msg, m.msg_body
        );
    }
    let info = client
        .get_group_info(&GetGroupInfoRequest::new([group.clone()]))
        .await?;
    for g in &info.group_info {
        let members: Vec<&str> = g
            .member_list
            .iter()
            .flatten()
            .map(|m| m.member_account.as_str())
            .collect();
        println!("{}: {:?}, members {members:?}", g.group_id, g.name);
    }
    let notifications = emulator.state().groups[&group].notifications.clone();
    println!("system notifications: {notifications:?}");

    // An injected fault, then the irrevocable destroy and the call that follows it.
    emulator.inject(DESTROY_GROUP.path, Fault::HttpStatus(502), 1)?;
    let request = DestroyGroupRequest::new(group.clone());
    println!(
        "with a fault: {}",
        client.destroy_group(&request).await.unwrap_err()
    );
    client.destroy_group(&request).await?;
    println!(
        "again: {}",
        client.destroy_group(&request).await.unwrap_err()
    );

    emulator.stop().await?;
    Ok(())
}
