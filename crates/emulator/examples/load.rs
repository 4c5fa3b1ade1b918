//! A mixed workload: `cargo run --release -p tencent-chat-emulator --example load --
//! [CONCURRENCY] [SECONDS] [BASE_URL SECRET_KEY]`. Against an in-process emulator, or,
//! with a base URL and key, a running one (e.g. the binary with `--no-rate-limits`),
//! seeded through the API. Prints calls per second and the outcome codes.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tencent_chat::group_open_http_svc::{
    AddGroupMemberItem, AddGroupMemberRequest, CreateGroupRequest, DeleteGroupMemberRequest,
    DeleteGroupMsgBySenderRequest, GetGroupInfoRequest, GroupMsgGetSimpleRequest,
    SendGroupMsgRequest,
};
use tencent_chat::im_open_login_svc::MultiaccountImportRequest;
use tencent_chat::sns::GroupGetRequest;
use tencent_chat::types::{MsgElement, TextElem};
use tencent_chat_emulator::{Emulator, GroupType};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let concurrency: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(64);
    let seconds: f64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(5.0);
    let external = match (args.next(), args.next()) {
        (Some(url), Some(key)) => Some((url, key)),
        _ => None,
    };
    let (emulator, client) = match external {
        None => {
            let emulator = Emulator::builder().rate_limits(false).start().await?;
            let client = emulator.client()?;
            (Some(emulator), client)
        }
        Some((url, key)) => {
            let client = tencent_chat::Client::builder()
                .credentials(tencent_chat::Credentials::new(
                    tencent_chat_emulator::DEFAULT_APP_ID,
                    key,
                ))
                .base_url(url)
                .build()?;
            (None, client)
        }
    };
    let mut users: Vec<String> = (0..concurrency).map(|i| format!("user{i}")).collect();
    users.push("owner".to_owned());
    for batch in users.chunks(100) {
        client
            .multiaccount_import(&MultiaccountImportRequest::new(batch.iter().cloned()))
            .await?;
    }
    for g in 0..16 {
        let id = format!("g{g}");
        let mut create = CreateGroupRequest::new(GroupType::Public, id.clone());
        create.group_id = Some(id.clone());
        create.owner_account = Some("owner".to_owned());
        // A group left by an earlier run is fine.
        let _ = client.create_group(&create).await;
        if let Some(emulator) = &emulator {
            emulator.with_state(|s| {
                if let Some(group) = s.group_mut(&id) {
                    for i in 0..200 {
                        group.push_text("owner", format!("hello {i}"));
                    }
                }
            });
        }
    }
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for t in 0..concurrency {
        let client = client.clone();
        let stop = stop.clone();
        tasks.push(tokio::spawn(async move {
            let mut codes: BTreeMap<i64, u64> = BTreeMap::new();
            let mut n = 0u64;
            while !stop.load(Ordering::Relaxed) {
                // The same group for a whole add/send/read/remove cycle.
                let group = format!("g{}", (t + (n / 8) as usize) % 16);
                let user = format!("user{t}");
                let code = match n % 8 {
                    0 => client
                        .add_group_member(&AddGroupMemberRequest::new(
                            group,
                            [AddGroupMemberItem::new(user)],
                        ))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    1 | 2 => {
                        let mut m = SendGroupMsgRequest::new(
                            group,
                            fastrand::u32(..),
                            vec![MsgElement::Text(TextElem::new("hello"))],
                        );
                        m.from_account = Some(user);
                        client.send_group_msg(&m).await.err().and_then(|e| e.code())
                    }
                    3 => client
                        .get_group_info(&GetGroupInfoRequest::new([group]))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    4 => client
                        .group_msg_get_simple(&GroupMsgGetSimpleRequest::new(group, 10))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    5 => client
                        .group_get(&GroupGetRequest::new(user))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    6 => client
                        .delete_group_msg_by_sender(&DeleteGroupMsgBySenderRequest::new(
                            group, user,
                        ))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    _ => client
                        .delete_group_member(&DeleteGroupMemberRequest::new(group, [user]))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                };
                *codes.entry(code.unwrap_or(0)).or_default() += 1;
                n += 1;
            }
            codes
        }));
    }
    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut codes: BTreeMap<i64, u64> = BTreeMap::new();
    for task in tasks {
        for (code, n) in task.await? {
            *codes.entry(code).or_default() += n;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let total: u64 = codes.values().sum();
    println!(
        "{total} calls in {elapsed:.2} s at concurrency {concurrency}: {:.0} calls/s; codes {codes:?}",
        total as f64 / elapsed
    );
    if let Some(emulator) = emulator {
        emulator.stop().await?;
    }
    Ok(())
}
