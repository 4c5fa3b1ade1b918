//! Rate-limit windows kept in Redis, shared by every process of an app.
//!
//! Each key is a sorted set of reserved slots, scored by their start time in
//! microseconds of the Redis server's clock (so the clocks of the client machines do
//! not matter). One Lua script decides and records a slot atomically: it forgets
//! slots a window old, and gives the new call the later of now and "the `limit`-th
//! latest slot plus a window" — the sliding-window log the in-process limiter keeps,
//! so that no window of the quota ever holds more than `limit` slots. The script runs
//! with EVALSHA (EVAL once after a Redis restart): one round trip per call. A slot
//! given back is removed with ZREM. Keys expire a window after their last slot, so
//! an idle app leaves nothing behind.
//!
//! A call may send a little after its slot (the round trip back from Redis, a late
//! timer, a busy runtime). Each window is therefore widened by a safety margin
//! (default 10 ms, [`RedisStore::margin`]): a call sent up to that much late cannot
//! meet `limit` others in one window, at the cost of about 1 % of the rate.

use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use redis::IntoConnectionInfo;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};

use super::{Grant, Quota, RateLimitStore, StoreError, StoreFuture, Ticket};

/// Reserves a slot. KEYS[1]: the window's key. ARGV: limit, window (µs), longest
/// wait (µs), the slot's member name. Answers {1, wait µs} when reserved, {0, wait
/// µs} when the slot would be too far away (nothing recorded).
const RESERVE: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
local at = now
if n >= limit then
  local e = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  at = math.max(now, tonumber(e[2]) + window)
end
local wait = at - now
if wait > tonumber(ARGV[3]) then
  return {0, wait}
end
redis.call('ZADD', KEYS[1], at, ARGV[4])
redis.call('PEXPIRE', KEYS[1], math.floor((wait + window) / 1000) + 1000)
return {1, wait}
";

/// A [`RateLimitStore`] in Redis (feature `redis`). Connects on first use, on the
/// Tokio runtime of that call, and reconnects by itself after a failure. One store
/// serves every client and clone of a process; give each process its own.
pub struct RedisStore {
    client: redis::Client,
    /// The server's address for Debug and errors (no password).
    shown: String,
    prefix: String,
    margin: Duration,
    timeout: Duration,
    manager: OnceLock<Result<ConnectionManager, String>>,
    script: redis::Script,
    tickets: AtomicU64,
}

impl fmt::Debug for RedisStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisStore")
            .field("server", &self.shown)
            .field("prefix", &self.prefix)
            .field("margin", &self.margin)
            .finish_non_exhaustive()
    }
}

/// The default prefix of the keys.
pub const DEFAULT_PREFIX: &str = "tencent-chat:rl:";

impl RedisStore {
    /// A store at `url` (`redis://[user:password@]host[:port][/db]`, or
    /// `redis+unix:///path`). `rediss://` (TLS) is not supported. Nothing is
    /// connected yet.
    pub fn open(url: &str) -> Result<Self, StoreError> {
        let info: redis::ConnectionInfo = url
            .into_connection_info()
            .map_err(|e| StoreError::new(format!("invalid Redis URL: {}", kind(&e))))?;
        let shown = match info.addr() {
            redis::ConnectionAddr::Tcp(host, port) => format!("{host}:{port}"),
            redis::ConnectionAddr::Unix(path) => path.display().to_string(),
            _ => return Err(StoreError::new("TLS Redis URLs are not supported")),
        };
        let client = redis::Client::open(info)
            .map_err(|e| StoreError::new(format!("invalid Redis URL: {}", kind(&e))))?;
        Ok(RedisStore {
            client,
            shown,
            prefix: DEFAULT_PREFIX.to_owned(),
            margin: Duration::from_millis(10),
            timeout: Duration::from_millis(250),
            manager: OnceLock::new(),
            script: redis::Script::new(RESERVE),
            tickets: AtomicU64::new(0),
        })
    }

    /// The prefix of every key (default `tencent-chat:rl:`); the client adds the
    /// SDKAppID and the endpoint's path.
    #[must_use]
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// How much wider than its quota's each window is kept (default 10 ms), so that
    /// calls sent a little after their slot still keep every window within the limit.
    #[must_use]
    pub fn margin(mut self, margin: Duration) -> Self {
        self.margin = margin;
        self
    }

    /// Connect and response timeout of the connection (default 250 ms). A call waits
    /// no longer than its client's store timeout and its own deadline in any case.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    fn connection(&self) -> Result<ConnectionManager, StoreError> {
        let manager = self.manager.get_or_init(|| {
            let config = ConnectionManagerConfig::new()
                .set_connection_timeout(Some(self.timeout))
                .set_response_timeout(Some(self.timeout))
                .set_number_of_retries(1)
                .set_max_delay(self.timeout);
            ConnectionManager::new_lazy_with_config(self.client.clone(), config)
                .map_err(|e| kind(&e))
        });
        manager
            .clone()
            .map_err(|e| StoreError::new(format!("Redis at {}: {e}", self.shown)))
    }

    fn full_key(&self, key: &str, quota: Quota) -> String {
        format!("{}{key}:{}ms", self.prefix, quota.window.as_millis())
    }

    fn error(&self, e: &redis::RedisError) -> StoreError {
        // A RedisError's Display can quote the command; keep to its kind and text.
        StoreError::new(format!(
            "Redis at {}: {} ({})",
            self.shown,
            kind(e),
            e.detail().unwrap_or("no detail")
        ))
    }
}

fn kind(e: &redis::RedisError) -> String {
    format!("{:?}", e.kind())
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

impl RateLimitStore for RedisStore {
    fn reserve<'a>(&'a self, key: &'a str, quota: Quota, max_wait: Duration) -> StoreFuture<'a> {
        Box::pin(async move {
            let mut con = self.connection()?;
            let full = self.full_key(key, quota);
            let n = self.tickets.fetch_add(1, Ordering::Relaxed);
            let member = format!("{:016x}-{n:x}", fastrand::u64(..));
            // Dropped before the answer (the call's deadline, or the store's timeout
            // around this future), the slot may have been recorded: give it back.
            let mut pending = Pending {
                store: self,
                full_key: full,
                member: Some(member.clone()),
            };
            let (reserved, wait): (i64, i64) = self
                .script
                .key(&pending.full_key)
                .arg(quota.limit.max(1))
                .arg(micros(quota.window + self.margin))
                .arg(micros(max_wait))
                .arg(&member)
                .invoke_async(&mut con)
                .await
                .map_err(|e| self.error(&e))?;
            pending.member = None;
            let wait = Duration::from_micros(wait.max(0).unsigned_abs());
            Ok(if reserved == 1 {
                Grant::Reserved {
                    wait,
                    ticket: Ticket::new(format!("{}ms/{member}", quota.window.as_millis())),
                }
            } else {
                Grant::Refused { retry_after: wait }
            })
        })
    }

    fn margin(&self) -> Duration {
        self.margin
    }

    fn release(&self, key: &str, ticket: Ticket) {
        let Some((window_ms, member)) = ticket.id().and_then(|id| id.split_once('/')) else {
            return;
        };
        let full = format!("{}{key}:{window_ms}", self.prefix);
        self.remove(full, member.to_owned());
    }
}

impl RedisStore {
    /// Removes a slot in the background (never blocks; nothing without a runtime).
    fn remove(&self, full_key: String, member: String) {
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let Ok(mut con) = self.connection() else {
            return;
        };
        let timeout = self.timeout;
        handle.spawn(async move {
            let mut zrem = redis::cmd("ZREM");
            zrem.arg(&full_key).arg(&member);
            let zrem = zrem.query_async::<i64>(&mut con);
            // Best effort: the slot leaves its window by itself anyway.
            let _ = tokio::time::timeout(timeout, zrem).await;
        });
    }
}

/// A reservation in flight; removed again if its future is dropped.
struct Pending<'a> {
    store: &'a RedisStore,
    full_key: String,
    member: Option<String>,
}

impl Drop for Pending<'_> {
    fn drop(&mut self) {
        if let Some(member) = self.member.take() {
            self.store
                .remove(std::mem::take(&mut self.full_key), member);
        }
    }
}
