//! A mixed workload against an in-process emulator: `cargo run --release -p
//! tencent-chat-emulator --example load -- [CONCURRENCY] [SECONDS]`. Prints calls per
//! second and the outcome codes.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use tencent_chat::group_open_http_svc::{
    DeleteGroupMemberRequest, DeleteGroupMsgBySenderRequest, DestroyGroupRequest,
};
use tencent_chat::sns::GroupDeleteRequest;
use tencent_chat_emulator::{Emulator, Group, GroupType};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let concurrency: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(64);
    let seconds: f64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(5.0);
    let emulator = Emulator::builder().rate_limits(false).start().await?;
    emulator.with_state(|s| {
        s.add_accounts((0..concurrency).map(|i| format!("user{i}")));
        for g in 0..16 {
            let mut group = Group::new(GroupType::Public)
                .owner("owner")
                .members((0..concurrency).map(|i| format!("user{i}")));
            for i in 0..200 {
                group.push_text(format!("user{}", i % concurrency), "hello");
            }
            s.add_group(format!("g{g}"), group);
        }
    });
    let client = emulator.client()?;
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
                let group = format!("g{}", (t + n as usize) % 16);
                let user = format!("user{t}");
                let code = match n % 4 {
                    0 => client
                        .delete_group_member(&DeleteGroupMemberRequest::new(group, ["nobody"]))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    1 => client
                        .delete_group_msg_by_sender(&DeleteGroupMsgBySenderRequest::new(
                            group, user,
                        ))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    2 => client
                        .group_delete(&GroupDeleteRequest::new(user, ["none"]))
                        .await
                        .err()
                        .and_then(|e| e.code()),
                    _ => client
                        .destroy_group(&DestroyGroupRequest::new("missing"))
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
    emulator.stop().await?;
    Ok(())
}
