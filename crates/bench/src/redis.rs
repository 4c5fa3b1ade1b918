//! The shared (Redis) rate limiter: what it adds to each call next to the in-process
//! limiter, and how close four processes sharing one budget come to the documented
//! rate without going over it in any one-second span.
//!
//! Needs a `redis-server` binary (`--redis-server`, default on the PATH); a Redis of
//! its own is started on a free loopback port without persistence, and stopped.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tencent_chat::im_open_login_svc::{AccountImportRequest, MultiaccountImportRequest};
use tencent_chat::{
    Client, Credentials, Endpoint, InProcessStore, Quota, RateLimitStore, RedisStore,
};
use tencent_chat_emulator::Emulator;

use crate::overhead::percentile;
use crate::{APP, KEY, Report};

const PATH: &str = AccountImportRequest::INFO.path;

/// A redis-server of the benchmark's own.
struct OwnRedis {
    child: Child,
    url: String,
}

impl OwnRedis {
    fn start(bin: &str) -> Result<OwnRedis, String> {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new(bin)
            .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start {bin}: {e}"))?;
        let redis = OwnRedis {
            child,
            url: format!("redis://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                return Err("redis-server did not start".into());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(redis)
    }
}

impl Drop for OwnRedis {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// p50 and p99 (µs) of `n` slot decisions of `store`, one after another, under a
/// limit never reached (so every decision is "now": the cost of asking).
async fn decision_latency(store: &dyn RateLimitStore, n: usize) -> Result<(f64, f64), String> {
    let quota = Quota::per_second(u32::MAX);
    let mut latencies = Vec::with_capacity(n);
    for i in 0..n + n / 10 {
        let t = Instant::now();
        store
            .reserve("bench:latency", quota, Duration::ZERO)
            .await
            .map_err(|e| e.to_string())?;
        if i >= n / 10 {
            latencies.push(u32::try_from(t.elapsed().as_nanos()).unwrap_or(u32::MAX));
        }
    }
    latencies.sort_unstable();
    Ok((
        percentile(&latencies, 0.50) / 1000.0,
        percentile(&latencies, 0.99) / 1000.0,
    ))
}

/// One process of the throughput run: pushes account_import calls for `seconds`
/// through a client sharing its limits in Redis at `url`.
pub async fn worker(
    url: &str,
    prefix: &str,
    base_url: &str,
    seconds: f64,
    concurrency: usize,
) -> Result<Value, String> {
    let store = RedisStore::open(url)
        .map_err(|e| e.to_string())?
        .prefix(prefix);
    let client = Client::builder()
        .credentials(Credentials::new(APP, KEY))
        .base_url(base_url)
        .shared_rate_limits(Arc::new(store))
        .build()
        .map_err(|e| e.to_string())?;
    // Connections and the UserSig first, on another endpoint.
    client
        .multiaccount_import(&MultiaccountImportRequest::new(["warm-up"]))
        .await
        .map_err(|e| e.to_string())?;
    let until = tokio::time::Instant::now() + Duration::from_secs_f64(seconds);
    let mut tasks = Vec::new();
    for t in 0..concurrency {
        let client = client.clone();
        tasks.push(tokio::spawn(async move {
            let request = AccountImportRequest::new(format!("bench-{}-{t}", std::process::id()));
            let mut calls = 0u64;
            while tokio::time::Instant::now() < until {
                client
                    .account_import(&request)
                    .await
                    .map_err(|e| e.to_string())?;
                calls += 1;
            }
            Ok::<_, String>(calls)
        }));
    }
    let mut calls = 0;
    for t in tasks {
        calls += t.await.map_err(|e| e.to_string())??;
    }
    let stats = client.stats();
    Ok(json!({"calls": calls, "fallbacks": stats.rate_limit_fallbacks}))
}

/// The benchmark: decision latency of both limiters, then `processes` worker
/// processes against one emulator (in this process) and one Redis.
pub fn run(report: &mut Report, redis_server: &str, quick: bool) -> Result<(), String> {
    let redis = OwnRedis::start(redis_server)?;
    let rt = crate::runtime()?;
    let n = if quick { 2_000 } else { 10_000 };
    report.line(format!(
        "\n[redis] shared rate limiter: one slot decision ({n} in a row, a limit never reached), and four processes sharing one budget"
    ));
    let (local_p50, local_p99) = rt.block_on(decision_latency(&InProcessStore::new(), n))?;
    let store = RedisStore::open(&redis.url)
        .map_err(|e| e.to_string())?
        .prefix("bench:");
    let (redis_p50, redis_p99) = rt.block_on(decision_latency(&store, n))?;
    report.line(format!(
        "  added per call: in-process p50 {local_p50:.2} µs, p99 {local_p99:.2} µs; Redis (loopback, one EVALSHA) p50 {redis_p50:.1} µs, p99 {redis_p99:.1} µs"
    ));

    let processes = 4;
    let concurrency = 2;
    let seconds = if quick { 4.0 } else { 8.0 };
    let emulator = rt
        .block_on(
            Emulator::builder()
                .sdkappid(APP)
                .secret_key(KEY)
                .rate_limits(false)
                .start(),
        )
        .map_err(|e| e.to_string())?;
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let prefix = format!("bench:{}:", std::process::id());
    let before = emulator.calls(PATH).map_err(|e| e.to_string())?;
    let mut children = Vec::new();
    for _ in 0..processes {
        let child = Command::new(&exe)
            .args(["redis-worker", "--url", &redis.url, "--prefix", &prefix])
            .args(["--base-url", &emulator.base_url()])
            .args(["--seconds", &seconds.to_string()])
            .args(["--concurrency", &concurrency.to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| e.to_string())?;
        children.push(child);
    }
    // (before reading, count, after reading), as in the client's test.
    let mut samples = Vec::new();
    loop {
        let t0 = Instant::now();
        let count = emulator.calls(PATH).map_err(|e| e.to_string())? - before;
        samples.push((t0, count, Instant::now()));
        let mut done = true;
        for c in &mut children {
            done &= c.try_wait().map_err(|e| e.to_string())?.is_some();
        }
        if done {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let mut fallbacks = 0;
    for c in children {
        let out = c.wait_with_output().map_err(|e| e.to_string())?;
        if !out.status.success() {
            return Err("a redis-worker failed".into());
        }
        let v: Value = serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())?;
        fallbacks += v["fallbacks"].as_u64().unwrap_or(0);
    }
    rt.block_on(emulator.stop()).map_err(|e| e.to_string())?;
    drop(redis);

    let limit = f64::from(AccountImportRequest::INFO.rate_limit_per_second);
    let mut most = 0;
    let mut j = 0;
    for i in 0..samples.len() {
        j = j.max(i);
        while j + 1 < samples.len() && samples[j + 1].2 - samples[i].0 < Duration::from_secs(1) {
            j += 1;
        }
        most = most.max(samples[j].1 - samples[i].1);
    }
    // Throughput in the steady part: a whole number of seconds from the second
    // after the first call (a sliding window lets a span of a fraction of a second
    // more hold a whole second's calls more, so spans are whole seconds).
    let whole: f64 = (seconds - 2.0_f64).floor().max(1.0);
    let first = samples.iter().find(|s| s.1 > 0).map(|s| s.0);
    let steady = first.and_then(|f| {
        let from = samples.iter().find(|s| s.0 >= f + Duration::from_secs(1))?;
        let to = samples
            .iter()
            .find(|s| s.2 >= from.0 + Duration::from_secs_f64(whole))?;
        Some((to.1 - from.1) as f64 / whole)
    });
    let rate = steady.unwrap_or(0.0);
    report.line(format!(
        "  {processes} processes x {concurrency} tasks, {seconds} s, account_import (limit {limit}/s): steady {rate:.1} calls/s = {:.1} % of the limit; most in any one-second span: {most}; calls limited locally (Redis missed): {fallbacks}",
        rate / limit * 100.0
    ));
    report.section(
        "redis_limiter",
        json!({
            "decisions": n,
            "in_process_p50_us": local_p50,
            "in_process_p99_us": local_p99,
            "redis_p50_us": redis_p50,
            "redis_p99_us": redis_p99,
            "processes": processes,
            "tasks_per_process": concurrency,
            "seconds": seconds,
            "limit_per_s": limit,
            "steady_calls_per_s": rate,
            "steady_span_s": whole,
            "fraction_of_limit": rate / limit,
            "most_in_one_second": most,
            "fallbacks": fallbacks,
        }),
    );
    Ok(())
}
