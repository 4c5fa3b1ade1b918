//! Benchmarks against the emulator: removing 10,000 members through the batch
//! helper, and the emulator's throughput on a mixed workload.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;
use tencent_chat::group_open_http_svc::{
    AddGroupMemberItem, AddGroupMemberRequest, CreateGroupRequest, DeleteGroupMemberRequest,
    DeleteGroupMsgBySenderRequest, GetGroupInfoRequest, GroupMsgGetSimpleRequest,
    SendGroupMsgRequest,
};
use tencent_chat::im_open_login_svc::MultiaccountImportRequest;
use tencent_chat::sns::GroupGetRequest;
use tencent_chat::types::{MsgElement, Silence, TextElem};
use tencent_chat::{Endpoint, EndpointError, Error, RateLimitMode};

use tencent_chat_emulator::{Emulator, Group, GroupType};

/// The outcome code of a call: 0, the service's code, or -1 for other failures.
fn err_code<T, E: EndpointError>(result: Result<T, Error<E>>) -> Option<i64> {
    result.err().map(|e| e.code().map_or(-1, i64::from))
}

/// Figures of the bulk removal.
#[derive(Debug, Serialize)]
pub struct Bulk {
    pub members: usize,
    pub batch_size: u32,
    pub requests: u64,
    pub batches_failed: usize,
    pub members_left: usize,
    /// Seen by the emulator (its call counter, sampled every millisecond).
    pub max_calls_in_one_second: u64,
    /// Attempts leaving the client (exact, from the client's `sending` events).
    pub max_sends_in_one_second: usize,
    pub rate_limit_per_second: u32,
    pub wall_s: f64,
    /// The least time the rate limit allows for that many calls.
    pub rate_limit_floor_s: f64,
}

/// Removes `members` members of one group with `call_batched`, under the client's
/// and the emulator's rate limits (both from the spec), or with both turned off to
/// measure the emulator's own speed.
pub async fn bulk(members: usize, rate_limits: bool) -> Result<Bulk, String> {
    let emulator = Emulator::builder()
        .rate_limits(rate_limits)
        .start()
        .await
        .map_err(|e| e.to_string())?;
    let accounts: Vec<String> = (0..members).map(|i| format!("member{i:05}")).collect();
    emulator.with_state(|s| {
        s.add_accounts(accounts.iter().cloned());
        s.add_accounts(["owner"]);
        s.add_group(
            "bulk",
            Group::new(GroupType::Public)
                .owner("owner")
                .members(accounts.iter().cloned()),
        );
    });
    let client = tencent_chat::Client::builder()
        .credentials(emulator.credentials())
        .base_url(emulator.base_url())
        .rate_limit(if rate_limits {
            RateLimitMode::Wait
        } else {
            RateLimitMode::Off
        })
        .build()
        .map_err(|e| e.to_string())?;
    let info = DeleteGroupMemberRequest::INFO;
    // Silently: the emulator then records the removal notification for the removed
    // members only, rather than a copy of the whole member list per call, so its
    // own cost stays small next to the rate limit being measured.
    let request = DeleteGroupMemberRequest::new("bulk", accounts).silence(Silence::Silent);

    // Sample the emulator's call counter every millisecond to find the busiest one-second
    // window (exact to within the calls of one sampling interval).
    let path = info.path;
    let count = || emulator.calls(path).unwrap_or(0);
    let mut samples: Vec<(Instant, u64)> = vec![(Instant::now(), count())];
    let sends = SendTimes::global();
    sends.start();
    let started = Instant::now();
    let run = client.call_batched(&request);
    tokio::pin!(run);
    let mut tick = tokio::time::interval(Duration::from_millis(1));
    let results = loop {
        tokio::select! {
            results = &mut run => break results,
            _ = tick.tick() => samples.push((Instant::now(), count())),
        }
    };
    let wall_s = started.elapsed().as_secs_f64();
    samples.push((Instant::now(), count()));
    let results = results.map_err(|e| e.to_string())?;
    let mut max_in_window = 0;
    for (i, (t0, c0)) in samples.iter().enumerate() {
        // The last sample within one second of t0.
        let end = samples[i..]
            .iter()
            .take_while(|(t, _)| t.duration_since(*t0) < Duration::from_secs(1))
            .last();
        if let Some((_, c1)) = end {
            max_in_window = max_in_window.max(c1 - c0);
        }
    }
    let send_times = sends.stop();
    let max_sends = send_times
        .iter()
        .enumerate()
        .map(|(i, t0)| {
            send_times[i..]
                .iter()
                .take_while(|t| t.duration_since(*t0) < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0);
    let requests = emulator.calls(info.path).map_err(|e| e.to_string())?;
    let members_left = emulator
        .state()
        .groups
        .get("bulk")
        .map_or(0, |g| g.members.len());
    let batch_size = info.batch_fields.first().map_or(0, |b| b.max_items);
    let per_second = info.rate_limit_per_second;
    let floor = (requests.saturating_sub(1) / u64::from(per_second)) as f64;
    let _ = emulator.stop().await;
    Ok(Bulk {
        members,
        batch_size,
        requests,
        batches_failed: results.iter().filter(|r| r.result.is_err()).count(),
        members_left,
        max_calls_in_one_second: max_in_window,
        max_sends_in_one_second: max_sends,
        rate_limit_per_second: per_second,
        wall_s,
        rate_limit_floor_s: floor,
    })
}

/// Figures of the throughput run.
#[derive(Debug, Serialize)]
pub struct Throughput {
    pub concurrency: usize,
    pub seconds: f64,
    pub calls: u64,
    pub calls_per_s: f64,
    pub outcomes: BTreeMap<i64, u64>,
    pub mix: Vec<&'static str>,
}

/// A running emulator to load instead of an in-process one: its base URL and secret
/// key (the SDKAppID and admin are the emulator's defaults).
pub struct External {
    pub base_url: String,
    pub secret_key: String,
}

/// A mixed workload at `concurrency` for `seconds`: each task cycles through one
/// group at a time (join, two messages, read the group and its history, read its
/// friend lists, recall its messages, leave), through the generated client with its
/// own rate limit off. Against an in-process emulator without rate limits, or a
/// running one (e.g. the binary with `--no-rate-limits`); either way seeded through
/// the API.
pub async fn throughput(
    concurrency: usize,
    seconds: f64,
    external: Option<External>,
) -> Result<Throughput, String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let (emulator, base_url, credentials) = match external {
        None => {
            let emulator = Emulator::builder()
                .rate_limits(false)
                .start()
                .await
                .map_err(|e| err(&e))?;
            let (url, credentials) = (emulator.base_url(), emulator.credentials());
            (Some(emulator), url, credentials)
        }
        Some(ext) => (
            None,
            ext.base_url,
            tencent_chat::Credentials::new(tencent_chat_emulator::DEFAULT_APP_ID, ext.secret_key),
        ),
    };
    let client = tencent_chat::Client::builder()
        .credentials(credentials)
        .base_url(base_url)
        .rate_limit(RateLimitMode::Off)
        .build()
        .map_err(|e| err(&e))?;

    let mut users: Vec<String> = (0..concurrency).map(|i| format!("user{i}")).collect();
    users.push("owner".to_owned());
    for batch in users.chunks(100) {
        client
            .multiaccount_import(&MultiaccountImportRequest::new(batch.iter().cloned()))
            .await
            .map_err(|e| err(&e))?;
    }
    for g in 0..16 {
        let id = format!("g{g}");
        let create = CreateGroupRequest::new(GroupType::Public, id.clone())
            .group_id(id.clone())
            .owner_account("owner");
        // A group left by an earlier run against the same emulator is fine.
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
    let mut tasks = Vec::new();
    for t in 0..concurrency {
        let client = client.clone();
        let stop = stop.clone();
        tasks.push(tokio::spawn(async move {
            let mut outcomes: BTreeMap<i64, u64> = BTreeMap::new();
            let mut n = 0usize;
            let user = format!("user{t}");
            while !stop.load(Ordering::Relaxed) {
                // The same group for a whole cycle of eight calls.
                let group = format!("g{}", (t + n / 8) % 16);
                let code = match n % 8 {
                    0 => err_code(
                        client
                            .add_group_member(&AddGroupMemberRequest::new(
                                &group,
                                [AddGroupMemberItem::new(&user)],
                            ))
                            .await,
                    ),
                    1 | 2 => err_code(
                        client
                            .send_group_msg(
                                &SendGroupMsgRequest::new(
                                    &group,
                                    fastrand::u32(..),
                                    [MsgElement::Text(TextElem::new("hello"))],
                                )
                                .from_account(user.clone()),
                            )
                            .await,
                    ),
                    3 => err_code(
                        client
                            .get_group_info(&GetGroupInfoRequest::new([&group]))
                            .await,
                    ),
                    4 => err_code(
                        client
                            .group_msg_get_simple(&GroupMsgGetSimpleRequest::new(&group, 10))
                            .await,
                    ),
                    5 => err_code(client.group_get(&GroupGetRequest::new(&user)).await),
                    6 => err_code(
                        client
                            .delete_group_msg_by_sender(
                                &DeleteGroupMsgBySenderRequest::group_id(&group)
                                    .sender_account(&user),
                            )
                            .await,
                    ),
                    _ => err_code(
                        client
                            .delete_group_member(&DeleteGroupMemberRequest::new(&group, [&user]))
                            .await,
                    ),
                };
                *outcomes.entry(code.unwrap_or(0)).or_default() += 1;
                n += 1;
            }
            outcomes
        }));
    }
    let started = Instant::now();
    tokio::time::sleep(Duration::from_secs_f64(seconds)).await;
    stop.store(true, Ordering::Relaxed);
    let mut outcomes: BTreeMap<i64, u64> = BTreeMap::new();
    for task in tasks {
        for (code, n) in task.await.map_err(|e| err(&e))? {
            *outcomes.entry(code).or_default() += n;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let calls: u64 = outcomes.values().sum();
    if let Some(emulator) = emulator {
        let _ = emulator.stop().await;
    }
    Ok(Throughput {
        concurrency,
        seconds: elapsed,
        calls,
        calls_per_s: calls as f64 / elapsed,
        outcomes,
        mix: vec![
            "add_group_member",
            "send_group_msg (x2)",
            "get_group_info",
            "group_msg_get_simple (10)",
            "sns/group_get",
            "delete_group_msg_by_sender",
            "delete_group_member",
        ],
    })
}

/// A minimal tracing subscriber, installed process-wide (the batches run on every
/// worker thread), that records when the client sends each attempt (its `sending`
/// debug event) while recording is on, to count attempts per window exactly.
#[derive(Clone, Default)]
struct SendTimes {
    on: Arc<AtomicBool>,
    times: Arc<std::sync::Mutex<Vec<Instant>>>,
}

impl SendTimes {
    fn global() -> SendTimes {
        static GLOBAL: std::sync::OnceLock<SendTimes> = std::sync::OnceLock::new();
        GLOBAL
            .get_or_init(|| {
                let s = SendTimes::default();
                let _ = tracing::subscriber::set_global_default(s.clone());
                s
            })
            .clone()
    }

    fn start(&self) {
        if let Ok(mut t) = self.times.lock() {
            t.clear();
        }
        self.on.store(true, Ordering::SeqCst);
    }

    fn stop(&self) -> Vec<Instant> {
        self.on.store(false, Ordering::SeqCst);
        let mut v = self.times.lock().map(|v| v.clone()).unwrap_or_default();
        v.sort();
        v
    }
}

struct IsSending(bool);

impl tracing::field::Visit for IsSending {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "message" && value == "sending" {
            self.0 = true;
        }
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" && format!("{value:?}") == "sending" {
            self.0 = true;
        }
    }
}

impl tracing::Subscriber for SendTimes {
    fn register_callsite(
        &self,
        metadata: &'static tracing::Metadata<'static>,
    ) -> tracing::subscriber::Interest {
        if metadata.target().starts_with("tencent_chat::") {
            tracing::subscriber::Interest::sometimes()
        } else {
            tracing::subscriber::Interest::never()
        }
    }
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        self.on.load(Ordering::Relaxed) && metadata.target().starts_with("tencent_chat::")
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let now = Instant::now();
        let mut sending = IsSending(false);
        event.record(&mut sending);
        if sending.0
            && let Ok(mut times) = self.times.lock()
        {
            times.push(now);
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}
