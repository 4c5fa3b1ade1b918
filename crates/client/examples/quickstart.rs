//! The documented flow of a Tencent Cloud Chat backend, step by step:
//!
//! ```sh
//! cargo run --example quickstart
//! ```
//!
//! With no `TENCENT_CHAT_*` variables set, it starts the emulator in this process (no
//! credentials, no network). With `TENCENT_CHAT_SDKAPPID`, `TENCENT_CHAT_SECRET_KEY` and
//! `TENCENT_CHAT_REGION` (or `TENCENT_CHAT_BASE_URL`) set, it runs against that app:
//! it creates accounts and a group named after this run and disbands the group at the end.
//! It never prints the secret key or the UserSig.

use std::process::ExitCode;

use tencent_chat::group_open_http_svc::{
    AddGroupMemberItem, AddGroupMemberRequest, CreateGroupMember, CreateGroupRequest,
    DeleteGroupMemberRequest, DeleteGroupMsgBySenderRequest, DestroyGroupRequest,
    GetGroupInfoRequest, GroupHistoryMsgIsPlaceMsg, GroupMsgGetSimpleRequest, SendGroupMsgRequest,
};
use tencent_chat::im_open_login_svc::{AccountImportRequest, MultiaccountImportRequest};
use tencent_chat::sns::{GroupAddRequest, GroupDeleteRequest, GroupGetNeedFriend, GroupGetRequest};
use tencent_chat::types::{
    ApplyJoinOption, GroupType, MemberRole, MsgElement, Silence, TextElem, YesNo,
};
use tencent_chat::{CallOptions, Client, ENV_SDKAPPID, EndpointError, Error, Limit};

/// Prints one step's outcome; counts unexpected failures.
struct Steps {
    n: usize,
    failed: usize,
}

impl Steps {
    fn show<T, E: EndpointError>(
        &mut self,
        what: &str,
        result: &Result<T, Error<E>>,
        ok: impl FnOnce(&T) -> String,
    ) {
        self.n += 1;
        match result {
            Ok(value) => println!("{:>2}. {what:<58} ok  {}", self.n, ok(value)),
            Err(e) => {
                self.failed += 1;
                println!("{:>2}. {what:<58} FAILED  {e}", self.n);
            }
        }
    }
}

fn text(s: &str) -> MsgElement {
    MsgElement::Text(TextElem::new(s))
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("{failed} step(s) failed");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("quickstart failed: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<usize, Box<dyn std::error::Error>> {
    // The configured service, or an emulator started here.
    let (client, _emulator, run_id) = if std::env::var_os(ENV_SDKAPPID).is_some() {
        let client = Client::from_env()?;
        let run_id = format!("qs{}", std::process::id());
        (client, None, run_id)
    } else {
        let emulator = tencent_chat_emulator::Emulator::start().await?;
        let client = emulator.client()?;
        (client, Some(emulator), "qs".to_owned())
    };
    let creds = client.credentials();
    println!(
        "target: {} (SDKAppID {}, admin {}){}",
        client.base_url(),
        creds.app_id(),
        creds.admin_identifier(),
        if _emulator.is_some() {
            ", the emulator in this process"
        } else {
            ""
        }
    );
    let id = |name: &str| format!("{run_id}_{name}");
    let (alice, bob, carol, dave, erin) =
        (id("alice"), id("bob"), id("carol"), id("dave"), id("erin"));
    let mut steps = Steps { n: 0, failed: 0 };

    // 1-2. Accounts.
    let r = client
        .account_import(&AccountImportRequest::new(&alice).nick("Alice"))
        .await;
    steps.show(&format!("account_import {alice}"), &r, |_| String::new());
    let r = client
        .multiaccount_import(&MultiaccountImportRequest::new([
            &bob, &carol, &dave, &erin,
        ]))
        .await;
    steps.show("multiaccount_import bob, carol, dave, erin", &r, |r| {
        format!(
            "failed accounts: {}",
            r.fail_accounts.as_ref().map_or(0, Vec::len)
        )
    });

    // 3-4. A group, and members.
    let r = client
        .create_group(
            &CreateGroupRequest::new(GroupType::Public, "Quickstart")
                .owner_account(&alice)
                .apply_join_option(ApplyJoinOption::NeedPermission)
                .member_list([CreateGroupMember::new(&bob).role(MemberRole::Admin)]),
        )
        .await;
    steps.show(
        "create_group Public \"Quickstart\", owner alice, admin bob",
        &r,
        |r| format!("GroupId {}", r.group_id),
    );
    let group = match r {
        Ok(created) => created.group_id,
        Err(_) => return Ok(steps.failed),
    };
    let r = client
        .add_group_member(&AddGroupMemberRequest::new(
            &group,
            [&carol, &dave, &erin].map(AddGroupMemberItem::new),
        ))
        .await;
    steps.show("add_group_member carol, dave, erin", &r, |r| {
        let results: Vec<String> = r
            .member_list
            .iter()
            .map(|m| format!("{:?}", m.result))
            .collect();
        results.join(", ")
    });

    // 5-7. Messages; one sender's are deleted and show as placeholders in history.
    for (sender, words) in [
        (&alice, "Welcome!"),
        (&carol, "buy cheap watches"),
        (&bob, "Hi all"),
        (&carol, "more spam"),
    ] {
        let r = client
            .send_group_msg(
                &SendGroupMsgRequest::new(&group, fastrand::u32(..), [text(words)])
                    .from_account(sender.clone()),
            )
            .await;
        steps.show(
            &format!("send_group_msg from {sender}: {words:?}"),
            &r,
            |r| format!("MsgSeq {}", r.msg_seq),
        );
    }
    let r = client
        .delete_group_msg_by_sender(
            &DeleteGroupMsgBySenderRequest::group_id(&group).sender_account(&carol),
        )
        .await;
    steps.show(&format!("delete_group_msg_by_sender {carol}"), &r, |_| {
        String::new()
    });
    let r = client
        .group_msg_get_simple(
            &GroupMsgGetSimpleRequest::new(&group, 20).with_recalled_msg(YesNo::Yes),
        )
        .await;
    steps.show(
        "group_msg_get_simple (last 20, deleted ones too)",
        &r,
        |r| {
            let list = r.rsp_msg_list.as_deref().unwrap_or_default();
            let deleted = list
                .iter()
                .filter(|m| m.is_place_msg != GroupHistoryMsgIsPlaceMsg::Message)
                .count();
            format!("{} messages, {deleted} shown as deleted", list.len())
        },
    );

    // 8-9. Removing members: silently, then with a reason.
    let r = client
        .delete_group_member(
            &DeleteGroupMemberRequest::new(&group, [&dave]).silence(Silence::Silent),
        )
        .await;
    steps.show(
        &format!("delete_group_member {dave} (silently)"),
        &r,
        |_| String::new(),
    );
    let r = client
        .delete_group_member(&DeleteGroupMemberRequest::new(&group, [&erin]).reason("spam"))
        .await;
    steps.show(
        &format!("delete_group_member {erin} (reason \"spam\")"),
        &r,
        |_| String::new(),
    );
    // The spec says AVChatRoom groups cannot remove members: refused before sending.
    let r = client
        .call_with(
            &DeleteGroupMemberRequest::new(&group, [&bob]),
            &CallOptions::new().group_type(GroupType::AvChatRoom),
        )
        .await;
    steps.n += 1;
    match r {
        Err(Error::InvalidRequest { source, .. }) => match &source.limit {
            Limit::GroupType { group_type, .. } => println!(
                "{:>2}. {:<58} refused before sending, as expected ({group_type} has no removable membership)",
                steps.n, "delete_group_member stated as an AVChatRoom group"
            ),
            other => {
                steps.failed += 1;
                println!("{:>2}. refused for another reason: {other:?}", steps.n);
            }
        },
        other => {
            steps.failed += 1;
            println!("{:>2}. expected a refusal, got {other:?}", steps.n);
        }
    }

    // 10-12. Friend lists.
    let r = client
        .group_add(&GroupAddRequest::new(&alice, ["colleagues", "family"]))
        .await;
    steps.show("sns/group_add alice: colleagues, family", &r, |r| {
        format!("CurrentSequence {}", r.current_sequence)
    });
    let r = client
        .group_get(&GroupGetRequest::new(&alice).need_friend(GroupGetNeedFriend::Yes))
        .await;
    steps.show("sns/group_get alice", &r, |r| {
        let names: Vec<&str> = r
            .result_item
            .iter()
            .flatten()
            .map(|l| l.group_name.as_str())
            .collect();
        format!("lists {names:?}, CurrentSequence {}", r.current_sequence)
    });
    let r = client
        .group_delete(&GroupDeleteRequest::new(&alice, ["colleagues", "family"]))
        .await;
    steps.show("sns/group_delete alice: colleagues, family", &r, |r| {
        format!("CurrentSequence {}", r.current_sequence)
    });

    // 13-14. Disbanding is irrevocable: the group is gone afterwards.
    let r = client
        .destroy_group(&DestroyGroupRequest::new(&group))
        .await;
    steps.show("destroy_group", &r, |_| String::new());
    let r = client
        .get_group_info(&GetGroupInfoRequest::new([&group]))
        .await;
    steps.show("get_group_info after destroy_group", &r, |r| {
        r.group_info
            .iter()
            .map(|g| format!("{}: ErrorCode {}", g.group_id, g.error_code))
            .collect::<Vec<_>>()
            .join(", ")
    });

    println!(
        "{} steps, {} failed; client stats: {:?}",
        steps.n,
        steps.failed,
        client.stats()
    );
    Ok(steps.failed)
}
