//! Per-call overhead: the same destroy_group call made by the generated client, by
//! hand-written reqwest + serde_json code, and by a raw hyper client, against the
//! minimal server in the same process.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use serde::{Deserialize, Serialize};
use tencent_chat::group_open_http_svc::DestroyGroupRequest;
use tencent_chat::{Client, Credentials, RateLimitMode};

use crate::{APP, KEY};

const GROUP: &str = "@TGS#1NVTZEAE4";

/// Which client makes the calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, clap::ValueEnum, Serialize, Deserialize)]
pub enum Which {
    /// The generated `tencent_chat::Client`.
    Generated,
    /// reqwest + serde_json written by hand for this one call.
    Handwritten,
    /// hyper's client with a literal body.
    Hyper,
}

/// What one run measured.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Run {
    pub client: Which,
    pub calls: usize,
    pub concurrency: usize,
    pub seconds: f64,
    pub calls_per_s: f64,
    pub p50_us: f64,
    pub p99_us: f64,
    pub peak_rss_kb: u64,
    /// CPU time of the whole process (client and server threads) per call, in µs.
    pub cpu_us_per_call: f64,
    pub usersigs_signed: Option<u64>,
}

#[derive(Serialize)]
struct HandRequest<'a> {
    #[serde(rename = "GroupId")]
    group_id: &'a str,
}

#[derive(Deserialize)]
struct HandEnvelope {
    #[serde(rename = "ActionStatus")]
    _action_status: String,
    #[serde(rename = "ErrorCode")]
    error_code: i64,
    #[serde(rename = "ErrorInfo", default)]
    error_info: String,
}

enum Caller {
    Generated(Client),
    Handwritten {
        http: reqwest::Client,
        url: String,
        usersig: String,
    },
    Hyper {
        http: HyperClient<HttpConnector, Full<Bytes>>,
        base: String,
        usersig: String,
    },
}

fn check(envelope: HandEnvelope) -> Result<(), String> {
    if envelope.error_code == 0 {
        Ok(())
    } else {
        Err(format!("{}: {}", envelope.error_code, envelope.error_info))
    }
}

impl Caller {
    fn new(which: Which, base: &str) -> Result<Caller, String> {
        let usersig =
            tencent_chat::usersig::sign(KEY.as_bytes(), APP, "administrator", unix_now(), 86_400)
                .expose()
                .to_owned();
        Ok(match which {
            Which::Generated => Caller::Generated(
                Client::builder()
                    .credentials(Credentials::new(APP, KEY))
                    .base_url(base)
                    .rate_limit(RateLimitMode::Off)
                    .build()
                    .map_err(|e| e.to_string())?,
            ),
            Which::Handwritten => Caller::Handwritten {
                http: reqwest::Client::builder()
                    .connect_timeout(Duration::from_secs(2))
                    .timeout(Duration::from_secs(5))
                    .tcp_nodelay(true)
                    .build()
                    .map_err(|e| e.to_string())?,
                url: format!("{base}/v4/group_open_http_svc/destroy_group"),
                usersig,
            },
            Which::Hyper => {
                let mut connector = HttpConnector::new();
                connector.set_nodelay(true);
                Caller::Hyper {
                    http: HyperClient::builder(TokioExecutor::new()).build(connector),
                    base: base.to_owned(),
                    usersig,
                }
            }
        })
    }

    async fn call(&self) -> Result<(), String> {
        match self {
            Caller::Generated(client) => client
                .destroy_group(&DestroyGroupRequest::new(GROUP))
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Caller::Handwritten { http, url, usersig } => {
                let random = fastrand::u32(..).to_string();
                let app = APP.to_string();
                let body = serde_json::to_vec(&HandRequest { group_id: GROUP })
                    .map_err(|e| e.to_string())?;
                let bytes = http
                    .post(url)
                    .query(&[
                        ("sdkappid", app.as_str()),
                        ("identifier", "administrator"),
                        ("usersig", usersig.as_str()),
                        ("random", random.as_str()),
                        ("contenttype", "json"),
                    ])
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(body)
                    .send()
                    .await
                    .map_err(|e| e.to_string())?
                    .bytes()
                    .await
                    .map_err(|e| e.to_string())?;
                check(serde_json::from_slice(&bytes).map_err(|e| e.to_string())?)
            }
            Caller::Hyper {
                http,
                base,
                usersig,
            } => {
                let uri = format!(
                    "{base}/v4/group_open_http_svc/destroy_group?sdkappid={APP}&identifier=administrator&usersig={usersig}&random={}&contenttype=json",
                    fastrand::u32(..)
                );
                let request = hyper::Request::post(uri)
                    .header(hyper::header::CONTENT_TYPE, "application/json")
                    .body(Full::new(Bytes::from_static(
                        br#"{"GroupId":"@TGS#1NVTZEAE4"}"#,
                    )))
                    .map_err(|e| e.to_string())?;
                let response = http.request(request).await.map_err(|e| e.to_string())?;
                let bytes = response
                    .into_body()
                    .collect()
                    .await
                    .map_err(|e| e.to_string())?
                    .to_bytes();
                check(serde_json::from_slice(&bytes).map_err(|e| e.to_string())?)
            }
        }
    }
}

pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// CPU time used so far by every thread of the process, in ns (from schedstat).
pub fn cpu_ns() -> u64 {
    let Ok(tasks) = std::fs::read_dir("/proc/self/task") else {
        return 0;
    };
    tasks
        .filter_map(Result::ok)
        .filter_map(|t| std::fs::read_to_string(t.path().join("schedstat")).ok())
        .filter_map(|s| {
            s.split_whitespace()
                .next()
                .and_then(|v| v.parse::<u64>().ok())
        })
        .sum()
}

/// The process's peak resident memory (VmHWM), in KiB; 0 where unknown.
pub fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

pub fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    f64::from(sorted[i.min(sorted.len() - 1)])
}

/// Runs `calls` calls at `concurrency` after a warm-up, against a fresh in-process server.
pub async fn run(which: Which, calls: usize, concurrency: usize) -> Result<Run, String> {
    let addr = crate::server::start().await.map_err(|e| e.to_string())?;
    let caller = Arc::new(Caller::new(which, &format!("http://{addr}"))?);
    // Warm-up: open the connections, fill caches.
    drive(&caller, concurrency * 20, concurrency).await?;
    let cpu_before = cpu_ns();
    let started = Instant::now();
    let mut latencies = drive(&caller, calls, concurrency).await?;
    let seconds = started.elapsed().as_secs_f64();
    let cpu = cpu_ns().saturating_sub(cpu_before);
    latencies.sort_unstable();
    let usersigs_signed = match &*caller {
        Caller::Generated(c) => Some(c.stats().usersigs_signed),
        _ => None,
    };
    Ok(Run {
        client: which,
        calls,
        concurrency,
        seconds,
        calls_per_s: calls as f64 / seconds,
        p50_us: percentile(&latencies, 0.50),
        p99_us: percentile(&latencies, 0.99),
        peak_rss_kb: peak_rss_kb(),
        cpu_us_per_call: cpu as f64 / 1000.0 / calls as f64,
        usersigs_signed,
    })
}

/// Makes `calls` calls from `concurrency` tasks; returns each call's latency in µs.
async fn drive(caller: &Arc<Caller>, calls: usize, concurrency: usize) -> Result<Vec<u32>, String> {
    let next = Arc::new(AtomicUsize::new(0));
    let mut tasks = Vec::new();
    for _ in 0..concurrency {
        let caller = caller.clone();
        let next = next.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::with_capacity(calls / concurrency + 1);
            while next.fetch_add(1, Ordering::Relaxed) < calls {
                let t = Instant::now();
                caller.call().await?;
                latencies.push(u32::try_from(t.elapsed().as_micros()).unwrap_or(u32::MAX));
            }
            Ok::<_, String>(latencies)
        }));
    }
    let mut all = Vec::with_capacity(calls);
    for task in tasks {
        all.extend(task.await.map_err(|e| e.to_string())??);
    }
    Ok(all)
}
