//! Retries: which failures are retried, the backoff between attempts, and the retry
//! budget that keeps a failing service from being hammered.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// How failed calls are retried.
///
/// A call is retried when
/// - the service answered a code the specs mark
///   [`Refused`](crate::Retryability::Refused): it turned the request down before
///   acting on it (rate limits such as 60007 or 60018, write conflicts), or
/// - the connection could not be made, so the request never left, or
/// - the request may have reached the service and taken effect: a code the specs
///   mark [`OutcomeUnknown`](crate::Retryability::OutcomeUnknown) (internal errors
///   and backend timeouts such as 10002, 30006 or 70169), a timeout, a connection
///   reset after sending, an HTTP status from a gateway (not a redirect, which is
///   never followed) **and** the endpoint's spec marks it safe to repeat, or the
///   caller opted in with [`retry_unsafe`](Self::retry_unsafe) or
///   [`CallOptions::retry_unsafe`](crate::CallOptions::retry_unsafe).
///
/// Attempts are spaced by exponential backoff with full jitter (a random wait
/// between zero and `initial_backoff * 2^(attempt-1)`, capped at `max_backoff`), all
/// within the call's deadline. Every retry takes a token from a budget shared by the
/// clones of a client; a call that succeeds at its first attempt puts back a fraction
/// of a token. When the budget is empty, failures are returned without retrying.
///
/// An expired UserSig (70001) is not a retry: the client signs a new one and sends
/// the call once more, whatever this policy says.
#[derive(Debug, Clone, PartialEq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    retry_unsafe: bool,
    budget_capacity: f64,
    budget_refill: f64,
}

impl Default for RetryPolicy {
    /// 3 attempts, backoff from 100 ms up to 2 s, a budget of 10 retries refilled by
    /// a tenth of a token per first-attempt success.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(2),
            retry_unsafe: false,
            budget_capacity: 10.0,
            budget_refill: 0.1,
        }
    }
}

impl RetryPolicy {
    /// The default policy.
    pub fn new() -> Self {
        Self::default()
    }

    /// No retries at all (the off switch).
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..Self::default()
        }
    }

    /// Most attempts per call, the first included (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff cap of the first retry; doubled for each later one.
    #[must_use]
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The largest backoff cap.
    #[must_use]
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// Also retry calls that are not safe to repeat after a failure that may have
    /// reached the service (timeout, reset, gateway status, an internal-error code).
    /// Off by default: a repeated `create_group` can create a second group, and a
    /// repeated `destroy_group` can report that the group it just dismissed does not
    /// exist.
    #[must_use]
    pub fn retry_unsafe(mut self, yes: bool) -> Self {
        self.retry_unsafe = yes;
        self
    }

    /// The retry budget: at most `capacity` retries in a burst, and `refill_per_success`
    /// tokens back per call that succeeds at its first attempt.
    #[must_use]
    pub fn budget(mut self, capacity: u32, refill_per_success: f64) -> Self {
        self.budget_capacity = f64::from(capacity);
        self.budget_refill = if refill_per_success.is_finite() {
            refill_per_success.max(0.0)
        } else {
            0.0
        };
        self
    }

    pub(crate) fn attempts(&self) -> u32 {
        self.max_attempts
    }

    pub(crate) fn retries_unsafe(&self) -> bool {
        self.retry_unsafe
    }

    /// The wait before retry number `retry` (1 for the first retry): full jitter.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let factor = 2u32.saturating_pow(retry.saturating_sub(1));
        let cap = self
            .initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff);
        let nanos = u64::try_from(cap.as_nanos()).unwrap_or(u64::MAX);
        Duration::from_nanos(fastrand::u64(0..=nanos))
    }

    pub(crate) fn new_budget(&self) -> RetryBudget {
        RetryBudget {
            milli_tokens: Arc::new(AtomicU64::new(to_milli(self.budget_capacity))),
            capacity: to_milli(self.budget_capacity),
            refill: to_milli(self.budget_refill),
        }
    }
}

/// Tokens in thousandths, so the bucket is one atomic integer.
fn to_milli(tokens: f64) -> u64 {
    (tokens * 1000.0).round().clamp(0.0, u64::MAX as f64) as u64
}

/// A token bucket of retries, shared by the clones of a client. Lock-free: a full
/// bucket (the common case) costs one atomic load per successful call.
#[derive(Debug, Clone)]
pub(crate) struct RetryBudget {
    milli_tokens: Arc<AtomicU64>,
    capacity: u64,
    refill: u64,
}

impl RetryBudget {
    /// Takes one token; false when the bucket holds less than one.
    pub(crate) fn try_take(&self) -> bool {
        self.milli_tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| t.checked_sub(1000))
            .is_ok()
    }

    /// Whether the bucket holds a whole token (without taking it).
    pub(crate) fn has_token(&self) -> bool {
        self.milli_tokens.load(Ordering::Acquire) >= 1000
    }

    /// Puts back a fraction of a token after a first-attempt success.
    pub(crate) fn on_success(&self) {
        if self.refill == 0 || self.milli_tokens.load(Ordering::Relaxed) >= self.capacity {
            return;
        }
        let _ = self
            .milli_tokens
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |t| {
                (t < self.capacity).then(|| t.saturating_add(self.refill).min(self.capacity))
            });
    }

    /// Tokens left (for stats).
    pub(crate) fn tokens(&self) -> f64 {
        self.milli_tokens.load(Ordering::Relaxed) as f64 / 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_is_full_jitter_under_a_doubling_cap() {
        let policy = RetryPolicy::new()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350));
        for _ in 0..200 {
            assert!(policy.backoff(1) <= Duration::from_millis(100));
            assert!(policy.backoff(2) <= Duration::from_millis(200));
            assert!(policy.backoff(3) <= Duration::from_millis(350));
            assert!(policy.backoff(40) <= Duration::from_millis(350));
        }
        // Jitter: not always the cap.
        let distinct: std::collections::HashSet<_> = (0..50).map(|_| policy.backoff(3)).collect();
        assert!(distinct.len() > 1);
    }

    #[test]
    fn the_budget_empties_and_refills_by_successes() {
        let budget = RetryPolicy::new().budget(2, 0.5).new_budget();
        assert!(budget.try_take());
        assert!(budget.try_take());
        assert!(!budget.try_take());
        budget.on_success();
        assert!(!budget.try_take(), "half a token is not a retry");
        budget.on_success();
        assert!(budget.try_take());
        for _ in 0..10 {
            budget.on_success();
        }
        assert_eq!(budget.tokens(), 2.0, "capped at the capacity");
    }

    #[test]
    fn extreme_budgets_saturate() {
        let budget = RetryPolicy::new().budget(u32::MAX, f64::MAX).new_budget();
        assert!(budget.try_take());
        budget.on_success();
        assert_eq!(budget.tokens(), f64::from(u32::MAX));
        let policy = RetryPolicy::new()
            .initial_backoff(Duration::MAX)
            .max_backoff(Duration::MAX);
        let _ = policy.backoff(u32::MAX);
    }

    #[test]
    fn none_means_one_attempt() {
        assert_eq!(RetryPolicy::none().attempts(), 1);
        assert_eq!(RetryPolicy::new().max_attempts(0).attempts(), 1);
    }
}
