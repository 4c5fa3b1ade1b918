//! The shared rate limiter against a real `redis-server` and the emulator.
//!
//! Needs `TENCENT_CHAT_TEST_REDIS_URL` (a Redis the tests may write to; `.ci/run`
//! starts one) and, for the test that kills Redis, a `redis-server` binary
//! (`TENCENT_CHAT_TEST_REDIS_SERVER`, or `redis-server` on the PATH). Without them the
//! tests that need them print why and return; under `CI=true` they fail instead.

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use tencent_chat::im_open_login_svc::{AccountImportRequest, MultiaccountImportRequest};
use tencent_chat::{
    CallOptions, Client, ClientBuilder, Endpoint, Error, Grant, Quota, RateLimitMode,
    RateLimitStore, RedisStore, StoreFailure,
};
use tencent_chat_emulator::Emulator;

const PATH: &str = AccountImportRequest::INFO.path;

fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

fn missing(what: &str) {
    let message = format!("{what}: the shared rate-limit tests need it (see .ci/run)");
    assert!(!under_ci(), "{message}");
    // Straight to stderr: the test harness would hide an eprintln! of a passing test.
    use std::io::Write as _;
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED (not run, not passed): {message}"
    );
}

/// The test Redis, or `None` after saying why there is none.
fn redis_url() -> Option<String> {
    match std::env::var("TENCENT_CHAT_TEST_REDIS_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            missing("TENCENT_CHAT_TEST_REDIS_URL is not set");
            None
        }
    }
}

/// Keys of one test only, so tests sharing the Redis do not meet.
fn prefix(test: &str) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    format!(
        "test:{}:{}:{}:",
        std::process::id(),
        test,
        N.fetch_add(1, Ordering::Relaxed)
    )
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn builder(emulator_base: &str, credentials: tencent_chat::Credentials) -> ClientBuilder {
    Client::builder()
        .credentials(credentials)
        .base_url(emulator_base)
        .call_timeout(Duration::from_secs(10))
}

/// Runs `processes` runtimes on threads, each with its own client (and, with
/// `url`, its own Redis store), pushing calls of one endpoint as fast as its limiter
/// allows for `run`. Meanwhile samples the emulator's count of the endpoint's calls;
/// answers the largest number of calls the emulator saw in any span shorter than a
/// second, and the total.
fn push(
    emulator: &Emulator,
    url: Option<&str>,
    key_prefix: &str,
    processes: usize,
    run: Duration,
) -> (u64, u64) {
    let base = emulator.base_url();
    let start_count = emulator.calls(PATH).unwrap();
    let mut workers = Vec::new();
    for p in 0..processes {
        let mut b = builder(&base, emulator.credentials());
        if let Some(url) = url {
            // A wider margin than the default 10 ms: the emulator counts a call when
            // it reads the request, and with four clients, the emulator (a debug
            // build), Redis and this sampler on two cores, requests queue there for
            // tens of milliseconds after they are sent (and are counted bunched up),
            // more than a real service's network adds.
            let store = RedisStore::open(url)
                .unwrap()
                .prefix(key_prefix)
                .margin(Duration::from_millis(60));
            b = b.shared_rate_limits(Arc::new(store));
        }
        let client = b.build().unwrap();
        workers.push(std::thread::spawn(move || {
            runtime().block_on(async move {
                // Warm up first on another endpoint: the first calls of a client
                // sign a UserSig and open connections, which on this (shared, 2-core)
                // test machine can take longer than the store's margin after the
                // slot was taken; a long-running backend's calls do not.
                let warm: Vec<_> = (0..4)
                    .map(|t| {
                        let client = client.clone();
                        tokio::spawn(async move {
                            let names = [format!("warm-{p}-{t}")];
                            client
                                .multiaccount_import(&MultiaccountImportRequest::new(names))
                                .await
                        })
                    })
                    .collect();
                for w in warm {
                    w.await.unwrap().unwrap();
                }
                let until = tokio::time::Instant::now() + run;
                let mut tasks = Vec::new();
                for t in 0..2 {
                    let client = client.clone();
                    tasks.push(tokio::spawn(async move {
                        let request = AccountImportRequest::new(format!("p{p}-t{t}"));
                        let mut errors = Vec::new();
                        while tokio::time::Instant::now() < until {
                            if let Err(e) = client.account_import(&request).await {
                                errors.push(e.to_string());
                            }
                        }
                        errors
                    }));
                }
                let mut errors = Vec::new();
                for t in tasks {
                    errors.extend(t.await.unwrap());
                }
                let fallbacks = client.stats().rate_limit_fallbacks;
                if fallbacks > 0 {
                    errors.push(format!("{fallbacks} calls fell back to local limits"));
                }
                errors
            })
        }));
    }
    // (before reading, count, after reading): the calls counted between two samples
    // reached the emulator between the first's `before` and the second's `after`.
    let sample = || {
        let before = Instant::now();
        let count = emulator.calls(PATH).unwrap();
        (before, count, Instant::now())
    };
    let mut samples = Vec::new();
    while !workers.iter().all(|w| w.is_finished()) {
        samples.push(sample());
        std::thread::sleep(Duration::from_millis(2));
    }
    samples.push(sample());
    for w in workers {
        let errors = w.join().unwrap();
        assert!(
            errors.is_empty(),
            "calls failed: {:?}",
            &errors[..errors.len().min(5)]
        );
    }
    // Calls counted between two samples less than a second apart all reached the
    // emulator within less than a second.
    let span = Duration::from_secs(1);
    let mut most = 0;
    let mut j = 0;
    for i in 0..samples.len() {
        j = j.max(i);
        while j + 1 < samples.len() && samples[j + 1].2 - samples[i].0 < span {
            j += 1;
        }
        most = most.max(samples[j].1 - samples[i].1);
    }
    let total = samples.last().unwrap().1 - start_count;
    if std::env::var("SHOW_SAMPLES").is_ok() {
        let t0 = samples[0].0;
        let mut next = Duration::ZERO;
        for s in &samples {
            if s.0 - t0 >= next {
                eprintln!("{:>6} ms {}", (s.0 - t0).as_millis(), s.1 - start_count);
                next += Duration::from_millis(50);
            }
        }
    }
    (most, total)
}

/// Four processes of one app share one budget through Redis: the emulator never
/// sees more than the documented rate in any one-second span. The same four with
/// their own in-process limiters each take the whole rate, and the check sees it.
#[test]
fn processes_sharing_redis_stay_within_the_limit() {
    let Some(url) = redis_url() else { return };
    let limit = u64::from(AccountImportRequest::INFO.rate_limit_per_second);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let emulator = rt
        .block_on(Emulator::builder().rate_limits(false).start())
        .unwrap();
    let run = Duration::from_millis(2500);

    let (most, total) = push(&emulator, Some(&url), &prefix("four"), 4, run);
    eprintln!("shared: {total} calls, at most {most} in a second (limit {limit})");
    assert!(most <= limit, "{most} calls within a second, limit {limit}");
    assert!(
        total > limit * 3 / 2,
        "too few calls ({total}) to test the limit"
    );

    let (most, total) = push(&emulator, None, "", 4, run);
    eprintln!("unshared: {total} calls, at most {most} in a second (limit {limit})");
    assert!(
        most > limit,
        "four unshared limiters stayed within one budget ({most}): the check cannot fail"
    );
    rt.block_on(emulator.stop()).unwrap();
}

/// A `redis-server` of this test's own, on a free port, without persistence.
struct OwnRedis {
    child: Child,
    url: String,
}

impl OwnRedis {
    fn start() -> Option<OwnRedis> {
        let bin = std::env::var("TENCENT_CHAT_TEST_REDIS_SERVER")
            .unwrap_or_else(|_| "redis-server".to_owned());
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(&bin)
            .args(["--bind", "127.0.0.1", "--port", &port.to_string()])
            .args(["--save", "", "--appendonly", "no"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let Ok(child) = child else {
            missing(&format!("{bin} cannot be started"));
            return None;
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(OwnRedis {
            child,
            url: format!("redis://127.0.0.1:{port}"),
        })
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for OwnRedis {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Redis is killed while two clients push calls: the one set to fall back keeps
/// going on its own windows (and counts it), the one set to fail fails at once with
/// `RateLimitStore`; neither hangs.
#[test]
fn killing_redis_follows_the_failure_policy() {
    let Some(mut redis) = OwnRedis::start() else {
        return;
    };
    runtime().block_on(async {
        let emulator = Emulator::builder()
            .rate_limits(false)
            .start()
            .await
            .unwrap();
        let base = emulator.base_url();
        let client = |policy| {
            let store = RedisStore::open(&redis.url).unwrap().prefix(prefix("kill"));
            builder(&base, emulator.credentials())
                .shared_rate_limits(Arc::new(store))
                .store_failure(policy)
                .store_timeout(Duration::from_millis(200))
                .build()
                .unwrap()
        };
        let falls_back = client(StoreFailure::FallBack);
        let fails = client(StoreFailure::Fail);
        let request = AccountImportRequest::new("kill-test");
        for _ in 0..20 {
            falls_back.account_import(&request).await.unwrap();
            fails.account_import(&request).await.unwrap();
        }
        assert_eq!(falls_back.stats().rate_limit_fallbacks, 0);

        redis.kill();
        let options = CallOptions::new().timeout(Duration::from_secs(3));
        for _ in 0..20 {
            let started = Instant::now();
            falls_back.call_with(&request, &options).await.unwrap();
            let error = fails.call_with(&request, &options).await.unwrap_err();
            assert!(matches!(error, Error::RateLimitStore { .. }), "{error:?}");
            assert!(error.is_unsent());
            assert!(started.elapsed() < Duration::from_secs(3), "a call hung");
        }
        assert_eq!(falls_back.stats().rate_limit_fallbacks, 20);
        assert_eq!(fails.stats().rate_limit_fallbacks, 0);
        emulator.stop().await.unwrap();
    });
}

/// A Redis that accepts connections and never answers: a call fails by its own
/// deadline, however long the store timeout is.
#[test]
fn a_silent_redis_does_not_hold_a_call_past_its_deadline() {
    let silent = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("redis://{}", silent.local_addr().unwrap());
    runtime().block_on(async {
        let emulator = Emulator::builder()
            .rate_limits(false)
            .start()
            .await
            .unwrap();
        let store = RedisStore::open(&url)
            .unwrap()
            .timeout(Duration::from_secs(60));
        let client = builder(&emulator.base_url(), emulator.credentials())
            .shared_rate_limits(Arc::new(store))
            .store_failure(StoreFailure::Fail)
            .store_timeout(Duration::from_secs(60))
            .build()
            .unwrap();
        let started = Instant::now();
        let options = CallOptions::new().timeout(Duration::from_millis(300));
        let error = client
            .call_with(&AccountImportRequest::new("silent"), &options)
            .await
            .unwrap_err();
        assert!(matches!(error, Error::RateLimitStore { .. }), "{error:?}");
        assert!(started.elapsed() < Duration::from_secs(5), "the call hung");
        emulator.stop().await.unwrap();
    });
    drop(silent);
}

/// The reservations of the endpoint's per-second key, as (member, score) pairs.
fn slots(url: &str, key_prefix: &str, app: u32) -> Vec<(String, f64)> {
    let client = redis::Client::open(url).unwrap();
    let mut con = client.get_connection().unwrap();
    let key = format!("{key_prefix}{app}:{PATH}:1000ms");
    redis::cmd("ZRANGE")
        .arg(&key)
        .arg(0)
        .arg(-1)
        .arg("WITHSCORES")
        .query(&mut con)
        .unwrap()
}

/// A call that waits for a slot and is cancelled gives its slot back; a call in
/// `Fail` mode is refused without reserving; apps sharing a Redis do not share
/// budgets.
#[test]
fn cancelled_waits_give_their_shared_slots_back() {
    let Some(url) = redis_url() else { return };
    let key_prefix = prefix("cancel");
    runtime().block_on(async {
        let emulator = Emulator::builder()
            .rate_limits(false)
            .start()
            .await
            .unwrap();
        let app = emulator.app_id();
        let limit = AccountImportRequest::INFO.rate_limit_per_second;
        let store = Arc::new(RedisStore::open(&url).unwrap().prefix(&key_prefix));
        let client = builder(&emulator.base_url(), emulator.credentials())
            .shared_rate_limits(store.clone())
            .build()
            .unwrap();
        // The window is filled straight through the store, under the client's key.
        let key = format!("{app}:{PATH}");
        for _ in 0..limit {
            let grant = store
                .reserve(&key, Quota::per_second(limit), Duration::ZERO)
                .await
                .unwrap();
            assert!(matches!(grant, Grant::Reserved { .. }), "{grant:?}");
        }
        let filled = slots(&url, &key_prefix, app);
        assert_eq!(filled.len(), limit as usize);
        let last = filled.iter().map(|(_, score)| *score).fold(0.0, f64::max);
        let later = || {
            slots(&url, &key_prefix, app)
                .into_iter()
                .filter(|(_, score)| *score > last)
                .count()
        };
        // The next call waits (about a second) for a slot, and is dropped meanwhile.
        let request = AccountImportRequest::new("cancel-test");
        let waiting = {
            let client = client.clone();
            let request = request.clone();
            tokio::spawn(async move { client.account_import(&request).await })
        };
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert!(!waiting.is_finished(), "the call did not wait");
        assert_eq!(later(), 1, "the waiting call holds a slot");
        assert_eq!(client.stats().rate_limit_waits, 1);
        waiting.abort();
        let _ = waiting.await;
        let deadline = Instant::now() + Duration::from_millis(800);
        while later() != 0 {
            assert!(Instant::now() < deadline, "the slot was not given back");
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // Fail mode: refused at once, nothing reserved.
        let options = CallOptions::new().rate_limit(RateLimitMode::Fail);
        let error = client.call_with(&request, &options).await.unwrap_err();
        assert!(matches!(error, Error::RateLimited { .. }), "{error:?}");
        assert_eq!(later(), 0);
        // Another app on the same Redis and prefix has its own budget.
        let grant = store
            .reserve(
                &format!("{}:{PATH}", app + 1),
                Quota::per_second(limit),
                Duration::ZERO,
            )
            .await
            .unwrap();
        assert!(matches!(grant, Grant::Reserved { wait, .. } if wait.is_zero()));
        emulator.stop().await.unwrap();
    });
}

/// Quotas other than the per-second rate use the same store: a daily quota of 2
/// and a minimum interval.
#[test]
fn longer_quotas_use_the_same_store() {
    let Some(url) = redis_url() else { return };
    runtime().block_on(async {
        let store = RedisStore::open(&url).unwrap().prefix(prefix("quota"));
        let daily = Quota::new(2, Duration::from_secs(86_400));
        for _ in 0..2 {
            let grant = store
                .reserve("app:im_push", daily, Duration::ZERO)
                .await
                .unwrap();
            assert!(matches!(grant, Grant::Reserved { wait, .. } if wait.is_zero()));
        }
        match store
            .reserve("app:im_push", daily, Duration::from_secs(3600))
            .await
            .unwrap()
        {
            Grant::Refused { retry_after } => {
                assert!(retry_after > Duration::from_secs(86_000), "{retry_after:?}");
            }
            other => panic!("{other:?}"),
        }
        let interval = Quota::new(1, Duration::from_millis(300));
        let first = store
            .reserve("app:x", interval, Duration::ZERO)
            .await
            .unwrap();
        assert!(matches!(first, Grant::Reserved { wait, .. } if wait.is_zero()));
        match store
            .reserve("app:x", interval, Duration::from_secs(1))
            .await
            .unwrap()
        {
            Grant::Reserved { wait, ticket } => {
                assert!(wait > Duration::from_millis(250), "{wait:?}");
                store.release("app:x", ticket);
            }
            other => panic!("{other:?}"),
        }
    });
}

/// A bad Redis URL from the environment is reported without the password in it.
#[test]
fn redis_url_from_the_environment() {
    let env = |url: &'static str| {
        move |var: &str| match var {
            "TENCENT_CHAT_SDKAPPID" => Some("1400000000".to_owned()),
            "TENCENT_CHAT_SECRET_KEY" => Some("k".to_owned()),
            "TENCENT_CHAT_BASE_URL" => Some("http://127.0.0.1:1".to_owned()),
            "TENCENT_CHAT_REDIS_URL" => Some(url.to_owned()),
            _ => None,
        }
    };
    let error = ClientBuilder::from_lookup(env("redis://:hunter2@/")).unwrap_err();
    assert!(!format!("{error} {error:?}").contains("hunter2"), "{error}");
    let error = ClientBuilder::from_lookup(env("rediss://:hunter2@127.0.0.1/")).unwrap_err();
    assert!(!format!("{error} {error:?}").contains("hunter2"), "{error}");
    let builder = ClientBuilder::from_lookup(env("redis://:hunter2@127.0.0.1:6379/")).unwrap();
    assert!(!format!("{builder:?}").contains("hunter2"));
    let client = builder.build().unwrap();
    assert!(!format!("{client:?}").contains("hunter2"));
}
