//! Client-side rate limiting: at most the spec's number of calls per endpoint in any
//! one-second window, shared by every clone of a `Client`.
//!
//! Two kinds of limiter implement [`RateLimitStore`]: [`InProcessStore`] (windows in
//! this process's memory; what a `Client` uses unless told otherwise, through a
//! direct, allocation-free path) and, with the `redis` feature,
//! [`RedisStore`](redis::RedisStore) (windows in Redis, shared by every process of an
//! app). A store knows nothing of endpoints or modes: it is asked for a slot of a key
//! under a [`Quota`] (`limit` calls in any `window`) and answers how long to wait for
//! it, or that no slot comes in time. Quotas other than the per-second rate (a daily
//! quota, a minimum interval between calls) are the same question with another key and
//! window: a caller asks the same store once per quota.

use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

#[cfg(feature = "redis")]
pub mod redis;

/// What a call does when its endpoint's rate limit has no free slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RateLimitMode {
    /// Wait for the next free slot (within the call's deadline). The default.
    #[default]
    Wait,
    /// Fail at once with [`Error::RateLimited`](crate::Error::RateLimited), saying
    /// when a slot frees up.
    Fail,
    /// No client-side limit: every call goes out at once (the service still answers
    /// its rate-limit code, 60007, when the documented rate is exceeded).
    Off,
}

/// The window the documented rates are counted over.
const WINDOW: Duration = Duration::from_secs(1);

/// The sliding-window logs of one endpoint, oldest first. `starts` holds the slots
/// reserved by calls, sorted, back to a window before the latest request: a new call
/// gets a slot once the `limit`-th latest reservation is a full window old, so calls
/// queue in order without waking each other. A call that gives up its slot before
/// sending (cancelled, or past its deadline) takes its reservation out again, so that
/// abandoned waits do not push later calls back. `sent` holds
/// the moments the last `limit` calls were actually handed to the HTTP client: a call
/// that wakes late for its slot (a busy runtime) is checked against it once more, so
/// that no one-second window ever holds more than `limit` sends.
#[derive(Debug)]
struct Window {
    limit: usize,
    window: Duration,
    starts: VecDeque<Instant>,
    sent: VecDeque<Instant>,
}

impl Window {
    /// The earliest start time a call asking at `now` may have. Forgets reservations
    /// a window older than `now`, which no longer hold anyone back.
    fn next_slot(&mut self, now: Instant) -> Instant {
        while self
            .starts
            .front()
            .is_some_and(|oldest| *oldest + self.window <= now)
        {
            self.starts.pop_front();
        }
        let n = self.starts.len();
        if n < self.limit {
            return now;
        }
        now.max(self.starts[n - self.limit] + self.window)
    }

    fn reserve(&mut self, at: Instant) {
        let i = self.starts.partition_point(|s| *s <= at);
        self.starts.insert(i, at);
    }

    fn release(&mut self, at: Instant) {
        let i = self.starts.partition_point(|s| *s < at);
        if self.starts.get(i) == Some(&at) {
            self.starts.remove(i);
        }
    }
}

/// Per-endpoint windows, keyed by path, and the windows of quotas (per group, per
/// day, minimum intervals), keyed by [`RateQuota::counter_key`](crate::endpoint::RateQuota::counter_key).
#[derive(Debug, Default, Clone)]
pub(crate) struct RateLimiter {
    windows: Arc<Mutex<HashMap<Cow<'static, str>, Window>>>,
}

/// Above this many windows, those that hold no one back any more are forgotten
/// (quota windows per group would otherwise accumulate).
const SWEEP_ABOVE: usize = 1024;

/// The outcome of asking for a slot.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    /// Start now.
    Now,
    /// A slot was reserved at this instant; sleep until then.
    At(Instant),
    /// No slot before `not_before`; nothing was reserved.
    Refused { not_before: Instant },
}

impl RateLimiter {
    /// Asks for a slot of `path`, limited to `per_second` calls, at `now`.
    /// With `reserve_until`, a slot later than that instant is refused instead of
    /// reserved (the caller's deadline, or `now` when it will not wait).
    pub(crate) fn acquire(
        &self,
        path: &'static str,
        per_second: u32,
        now: Instant,
        reserve_until: Instant,
    ) -> Slot {
        self.acquire_in(
            Cow::Borrowed(path),
            Quota::per_second(per_second),
            now,
            reserve_until,
        )
    }

    /// Asks for a slot of the window `key`, limited by `quota`, at `now`; as
    /// [`acquire`](Self::acquire).
    pub(crate) fn acquire_in(
        &self,
        key: Cow<'static, str>,
        quota: Quota,
        now: Instant,
        reserve_until: Instant,
    ) -> Slot {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if windows.len() > SWEEP_ABOVE && !windows.contains_key(key.as_ref()) {
            windows.retain(|_, w| {
                w.starts.back().is_some_and(|s| *s + w.window > now)
                    || w.sent.back().is_some_and(|s| *s + w.window > now)
            });
        }
        let window = windows.entry(key).or_insert_with(|| Window {
            limit: quota.limit.max(1) as usize,
            window: quota.window,
            starts: VecDeque::new(),
            sent: VecDeque::new(),
        });
        let at = window.next_slot(now);
        if at > reserve_until {
            return Slot::Refused { not_before: at };
        }
        window.reserve(at);
        if at <= now { Slot::Now } else { Slot::At(at) }
    }

    /// Gives back a slot reserved at `at` by [`acquire`](Self::acquire) and never used
    /// (no-op when it has been forgotten already).
    pub(crate) fn release(&self, path: &str, at: Instant) {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(window) = windows.get_mut(path) {
            window.release(at);
        }
    }

    /// Records that a call of `path` is sent at `now`, or, when `limit` calls were
    /// already sent in the window before `now`, says when it may be sent instead
    /// (recording nothing).
    pub(crate) fn confirm(&self, path: &str, now: Instant) -> Option<Instant> {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let window = windows.get_mut(path)?;
        if window.sent.len() >= window.limit
            && let Some(oldest) = window.sent.front()
            && *oldest + window.window > now
        {
            return Some(*oldest + window.window);
        }
        window.sent.push_back(now);
        while window.sent.len() > window.limit {
            window.sent.pop_front();
        }
        None
    }
}

/// A limit a store enforces for one key: at most `limit` calls in any `window`.
/// The documented rates are `Quota::per_second(n)`; a daily quota is
/// `Quota::new(n, 86_400 s)` and a minimum interval `Quota::new(1, interval)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quota {
    /// Calls allowed in any one window (at least 1).
    pub limit: u32,
    /// The length of the window.
    pub window: Duration,
}

impl Quota {
    /// `limit` calls in any `window`.
    pub fn new(limit: u32, window: Duration) -> Self {
        Quota { limit, window }
    }

    /// `limit` calls in any second, as the specs state rates.
    pub fn per_second(limit: u32) -> Self {
        Quota::new(limit, WINDOW)
    }
}

/// Names one reserved slot, so that it can be given back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket(TicketId);

#[derive(Debug, Clone, PartialEq, Eq)]
enum TicketId {
    At(Instant),
    Id(String),
}

impl Ticket {
    /// A ticket naming a slot by an identifier of the store's choice.
    pub fn new(id: impl Into<String>) -> Self {
        Ticket(TicketId::Id(id.into()))
    }

    /// The identifier given to [`Ticket::new`] (`None` for the in-process store's).
    pub fn id(&self) -> Option<&str> {
        match &self.0 {
            TicketId::Id(id) => Some(id),
            TicketId::At(_) => None,
        }
    }
}

/// What a store answers to a request for a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Grant {
    /// A slot was reserved, `wait` from the moment the store answered.
    Reserved {
        /// How long to wait before sending (zero: at once).
        wait: Duration,
        /// Gives the slot back if the call is not sent.
        ticket: Ticket,
    },
    /// No slot within the wait allowed; nothing was reserved.
    Refused {
        /// When the next slot would be, from the moment the store answered.
        retry_after: Duration,
    },
}

/// A store that could not answer (unreachable, too slow, a bad answer). Its message
/// never holds a password of the store's URL.
#[derive(Debug, thiserror::Error)]
#[error("rate-limit store: {message}")]
pub struct StoreError {
    message: String,
}

impl StoreError {
    /// An error with this message (which must hold no secret).
    pub fn new(message: impl Into<String>) -> Self {
        StoreError {
            message: message.into(),
        }
    }
}

/// The future a [`RateLimitStore`] answers with.
pub type StoreFuture<'a> = Pin<Box<dyn Future<Output = Result<Grant, StoreError>> + Send + 'a>>;

/// Where rate-limit windows are kept. Implementations must decide a slot atomically
/// (two clients asking at once never get the same slot), and must not block the
/// thread in [`release`](Self::release).
pub trait RateLimitStore: Send + Sync + fmt::Debug + 'static {
    /// Reserves the earliest slot of `key` under `quota`, if it is no more than
    /// `max_wait` away (zero: only a slot free now); otherwise reserves nothing.
    fn reserve<'a>(&'a self, key: &'a str, quota: Quota, max_wait: Duration) -> StoreFuture<'a>;

    /// Gives back a slot that was reserved and not used (best effort: a call that
    /// was cancelled, or ran out of time). A slot given back twice, or already out of
    /// its window, is ignored.
    fn release(&self, key: &str, ticket: Ticket);

    /// How late after its slot a call may still be sent without putting more than
    /// the limit in any window (the store widens its windows by that much). A call
    /// that finds itself later than this (a busy runtime, a slow answer) gives its
    /// slot back and asks again, so that late sends do not bunch up with punctual
    /// ones. Default 10 ms.
    fn margin(&self) -> Duration {
        Duration::from_millis(10)
    }
}

/// The in-process limiter as a [`RateLimitStore`]: the same sliding windows a
/// `Client` keeps by itself, for keys and windows of any kind. A `Client` without a
/// shared store uses its own in-process windows directly; this type serves as a
/// shared store's stand-in in tests and as a model of the contract.
#[derive(Debug, Default)]
pub struct InProcessStore {
    windows: Mutex<HashMap<(String, Duration), Window>>,
}

impl InProcessStore {
    /// An empty store.
    pub fn new() -> Self {
        InProcessStore::default()
    }
}

impl RateLimitStore for InProcessStore {
    fn reserve<'a>(&'a self, key: &'a str, quota: Quota, max_wait: Duration) -> StoreFuture<'a> {
        let now = Instant::now();
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let window = windows
            .entry((key.to_owned(), quota.window))
            .or_insert_with(|| Window {
                limit: quota.limit.max(1) as usize,
                window: quota.window,
                starts: VecDeque::new(),
                sent: VecDeque::new(),
            });
        let at = window.next_slot(now);
        let grant = if at.saturating_duration_since(now) > max_wait {
            Grant::Refused {
                retry_after: at - now,
            }
        } else {
            window.reserve(at);
            Grant::Reserved {
                wait: at - now,
                ticket: Ticket(TicketId::At(at)),
            }
        };
        Box::pin(std::future::ready(Ok(grant)))
    }

    fn release(&self, key: &str, ticket: Ticket) {
        let TicketId::At(at) = ticket.0 else { return };
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        for ((k, _), window) in windows.iter_mut() {
            if k == key {
                window.release(at);
            }
        }
    }
}

/// What a call does when its shared store cannot answer in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum StoreFailure {
    /// Limit the call with this process's own windows (the whole documented rate for
    /// this process alone), log a warning when the store is first missed and count
    /// the call in [`ClientStats::rate_limit_fallbacks`](crate::ClientStats). The default.
    #[default]
    FallBack,
    /// Fail the call with [`Error::RateLimitStore`](crate::Error::RateLimitStore).
    Fail,
}

/// A shared store and how a client uses it.
#[derive(Debug, Clone)]
pub(crate) struct SharedLimits {
    pub(crate) store: Arc<dyn RateLimitStore>,
    pub(crate) on_failure: StoreFailure,
    /// Longest wait for the store's answer (further bounded by the call's deadline).
    pub(crate) timeout: Duration,
    /// After a failure, the store is left alone this long (calls follow `on_failure`
    /// at once).
    pub(crate) retry_after_failure: Duration,
}

/// Default [`SharedLimits::timeout`].
pub(crate) const DEFAULT_STORE_TIMEOUT: Duration = Duration::from_millis(250);
/// Default [`SharedLimits::retry_after_failure`].
pub(crate) const DEFAULT_STORE_RETRY: Duration = Duration::from_secs(1);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_windows_are_kept_per_key_with_their_own_length() {
        use crate::endpoint::{QuotaKind, QuotaScope, RateQuota};
        let per_group = RateQuota {
            scope: QuotaScope::Group,
            pool: None,
            kind: QuotaKind::PerSecond(5),
            code: 10049,
        };
        let g1 = per_group.counter_key("v4/s/set", Some("g1"));
        let g2 = per_group.counter_key("v4/s/set", Some("g2"));
        assert_ne!(g1, g2);
        // Two endpoints of one pool share a window; without a pool they do not.
        let pooled = RateQuota {
            scope: QuotaScope::App,
            pool: Some("im_push"),
            kind: QuotaKind::MinInterval(Duration::from_millis(1000)),
            code: 90024,
        };
        assert_eq!(
            pooled.counter_key("v4/a/x", None),
            pooled.counter_key("v4/a/y", None)
        );
        assert_ne!(
            per_group.counter_key("v4/a/x", None),
            per_group.counter_key("v4/a/y", None)
        );

        let limiter = RateLimiter::default();
        let t0 = Instant::now();
        let (limit, window) = per_group.window();
        let q = Quota::new(limit, window);
        for _ in 0..5 {
            assert_eq!(
                limiter.acquire_in(Cow::Owned(g1.clone()), q, t0, t0),
                Slot::Now
            );
            assert_eq!(limiter.confirm(&g1, t0), None);
        }
        // The sixth call to g1 is refused until a second later; g2 is not held back.
        assert_eq!(
            limiter.acquire_in(Cow::Owned(g1.clone()), q, t0, t0),
            Slot::Refused {
                not_before: t0 + WINDOW
            }
        );
        assert_eq!(
            limiter.acquire_in(Cow::Owned(g2.clone()), q, t0, t0),
            Slot::Now
        );
        // A minimum interval is one call per interval.
        let (limit, window) = pooled.window();
        let q = Quota::new(limit, window);
        let key = pooled.counter_key("v4/a/x", None);
        let far = t0 + Duration::from_secs(60);
        assert_eq!(
            limiter.acquire_in(Cow::Owned(key.clone()), q, t0, far),
            Slot::Now
        );
        assert_eq!(
            limiter.acquire_in(Cow::Owned(key.clone()), q, t0, far),
            Slot::At(t0 + Duration::from_millis(1000))
        );
        // A slot given back frees the interval again.
        limiter.release(&key, t0 + Duration::from_millis(1000));
        assert_eq!(
            limiter.acquire_in(Cow::Owned(key), q, t0 + Duration::from_millis(1000), far),
            Slot::Now
        );
    }

    #[test]
    fn no_window_holds_more_than_the_limit() {
        let limiter = RateLimiter::default();
        let t0 = Instant::now();
        let far = t0 + Duration::from_secs(3600);
        let mut starts = Vec::new();
        for _ in 0..25 {
            match limiter.acquire("v4/a/b", 10, t0, far) {
                Slot::Now => starts.push(t0),
                Slot::At(at) => starts.push(at),
                Slot::Refused { .. } => panic!("refused within a far deadline"),
            }
        }
        // 10 at once, 10 a second later, 5 two seconds later.
        assert_eq!(starts.iter().filter(|s| **s == t0).count(), 10);
        assert_eq!(starts[10], t0 + WINDOW);
        assert_eq!(starts[20], t0 + 2 * WINDOW);
        for (i, s) in starts.iter().enumerate() {
            let in_window = starts
                .iter()
                .filter(|o| **o >= *s && **o < *s + WINDOW)
                .count();
            assert!(in_window <= 10, "window from start {i} holds {in_window}");
        }
    }

    #[test]
    fn late_wakers_are_held_back_by_the_actual_sends() {
        let limiter = RateLimiter::default();
        let t0 = Instant::now();
        let far = t0 + Duration::from_secs(3600);
        // Two slots of a 2/s limit, the first sent late (at 0.3 s), the second on time.
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::Now);
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::Now);
        assert_eq!(limiter.confirm("p", t0), None);
        assert_eq!(limiter.confirm("p", t0 + Duration::from_millis(300)), None);
        // The third slot is at 1 s, when the first send is a window old: it goes.
        // The fourth slot is also at 1 s (the second reservation was at 0 s), but the
        // second send happened at 0.3 s: sending at 1.1 s would put three sends in
        // one window, so it is held until 1.3 s.
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::At(t0 + WINDOW));
        assert_eq!(limiter.confirm("p", t0 + WINDOW), None);
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::At(t0 + WINDOW));
        let early = t0 + WINDOW + Duration::from_millis(100);
        assert_eq!(
            limiter.confirm("p", early),
            Some(t0 + WINDOW + Duration::from_millis(300))
        );
        assert_eq!(
            limiter.confirm("p", t0 + WINDOW + Duration::from_millis(300)),
            None
        );
    }

    #[test]
    fn a_slot_past_the_deadline_is_refused_and_not_reserved() {
        let limiter = RateLimiter::default();
        let t0 = Instant::now();
        assert_eq!(limiter.acquire("p", 1, t0, t0), Slot::Now);
        let refused = limiter.acquire("p", 1, t0, t0);
        assert_eq!(
            refused,
            Slot::Refused {
                not_before: t0 + WINDOW
            }
        );
        // Nothing was reserved by the refusal: the next slot is still one window on.
        assert_eq!(
            limiter.acquire("p", 1, t0, t0 + WINDOW),
            Slot::At(t0 + WINDOW)
        );
        // Endpoints are limited separately.
        assert_eq!(limiter.acquire("q", 1, t0, t0), Slot::Now);
    }

    #[test]
    fn released_reservations_free_their_slots() {
        let limiter = RateLimiter::default();
        let t0 = Instant::now();
        let far = t0 + Duration::from_secs(3600);
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::Now);
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::Now);
        // 100 waiters queue up, 50 s deep, and all give up.
        let mut queued = Vec::new();
        for _ in 0..100 {
            match limiter.acquire("p", 2, t0, far) {
                Slot::At(at) => queued.push(at),
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(queued.last(), Some(&(t0 + 50 * WINDOW)));
        for at in queued.into_iter().rev() {
            limiter.release("p", at);
        }
        // The next call waits only for the two calls that did go.
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::At(t0 + WINDOW));
        // Releasing out of order, or twice, keeps the others.
        let a = limiter.acquire("p", 2, t0, far);
        let b = limiter.acquire("p", 2, t0, far);
        assert_eq!((a, b), (Slot::At(t0 + WINDOW), Slot::At(t0 + 2 * WINDOW)));
        limiter.release("p", t0 + WINDOW);
        limiter.release("p", t0 + WINDOW);
        limiter.release("p", t0 + 5 * WINDOW);
        // Left: t0, t0, t0 + 2 s: the next free slot is at t0 + 1 s.
        assert_eq!(limiter.acquire("p", 2, t0, far), Slot::At(t0 + WINDOW));
        // A window later, old reservations are forgotten.
        let later = t0 + 10 * WINDOW;
        assert_eq!(limiter.acquire("p", 2, later, later), Slot::Now);
        assert_eq!(limiter.windows.lock().unwrap()["p"].starts.len(), 1);
    }
}
