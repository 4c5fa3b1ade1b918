//! Client-side rate limiting: at most the spec's number of calls per endpoint in any
//! one-second window, shared by every clone of a `Client`.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

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
            .is_some_and(|oldest| *oldest + WINDOW <= now)
        {
            self.starts.pop_front();
        }
        let n = self.starts.len();
        if n < self.limit {
            return now;
        }
        now.max(self.starts[n - self.limit] + WINDOW)
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

/// Per-endpoint windows, keyed by path.
#[derive(Debug, Default, Clone)]
pub(crate) struct RateLimiter {
    windows: Arc<Mutex<HashMap<&'static str, Window>>>,
}

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
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let window = windows.entry(path).or_insert_with(|| Window {
            limit: per_second.max(1) as usize,
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
    pub(crate) fn release(&self, path: &'static str, at: Instant) {
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
    pub(crate) fn confirm(&self, path: &'static str, now: Instant) -> Option<Instant> {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let window = windows.get_mut(path)?;
        if window.sent.len() >= window.limit
            && let Some(oldest) = window.sent.front()
            && *oldest + WINDOW > now
        {
            return Some(*oldest + WINDOW);
        }
        window.sent.push_back(now);
        while window.sent.len() > window.limit {
            window.sent.pop_front();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
