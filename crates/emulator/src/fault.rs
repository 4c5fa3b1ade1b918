//! Faults injected into the answers of one endpoint, and per-endpoint rate limits.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::lock;

/// What goes wrong with a call. Injected with
/// [`Emulator::inject`](crate::Emulator::inject) for the next N calls of one endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Answer this HTTP status (e.g. 502, as a gateway does) with a short text body.
    /// The request is not processed.
    HttpStatus(u16),
    /// Process the request, then wait this long before answering: past a client's
    /// timeout, the client gives up although the call took effect.
    Delay(Duration),
    /// Close the connection without an answer (a TCP reset). The request is not
    /// processed.
    Reset,
    /// Process the request, then send its answer cut in the middle (a valid HTTP
    /// response whose body is truncated JSON).
    TruncatedBody,
    /// Answer HTTP 200 with a body that is not JSON. The request is not processed.
    MalformedBody,
    /// Answer this ErrorCode (an envelope with `ActionStatus` FAIL). The request is
    /// not processed.
    ErrorCode(i64),
}

/// The faults waiting for one endpoint.
#[derive(Debug, Default)]
pub(crate) struct FaultQueue {
    queue: Mutex<VecDeque<(Fault, u32)>>,
}

impl FaultQueue {
    pub(crate) fn push(&self, fault: Fault, times: u32) {
        if times > 0 {
            lock(&self.queue).push_back((fault, times));
        }
    }

    /// Removes every fault; returns how many entries were queued.
    pub(crate) fn clear(&self) -> usize {
        let mut queue = lock(&self.queue);
        let n = queue.len();
        queue.clear();
        n
    }

    /// The fault for this call, if any, using up one of its repetitions, and whether
    /// that used up the entry.
    pub(crate) fn take(&self) -> Option<(Fault, bool)> {
        let mut queue = lock(&self.queue);
        let (fault, left) = queue.front_mut()?;
        let fault = fault.clone();
        *left -= 1;
        let done = *left == 0;
        if done {
            queue.pop_front();
        }
        Some((fault, done))
    }
}

/// A rate limit: at most `calls` within any `per`, refilled continuously (a token
/// bucket holding `calls` tokens).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    /// Calls allowed in a burst, and per `per`.
    pub calls: u32,
    /// The period.
    pub per: Duration,
}

impl RateLimit {
    /// `calls` per second, as the specs state limits.
    pub fn per_second(calls: u32) -> Self {
        RateLimit {
            calls,
            per: Duration::from_secs(1),
        }
    }
}

#[derive(Debug)]
pub(crate) struct Bucket {
    limit: Option<RateLimit>,
    state: Mutex<(f64, Instant)>,
}

impl Bucket {
    pub(crate) fn new(limit: Option<RateLimit>) -> Self {
        Bucket {
            limit,
            state: Mutex::new((
                limit.map(|l| f64::from(l.calls)).unwrap_or(0.0),
                Instant::now(),
            )),
        }
    }

    pub(crate) fn limit(&self) -> Option<RateLimit> {
        self.limit
    }

    /// Takes a token; false when none is left.
    pub(crate) fn admit(&self) -> bool {
        let Some(limit) = self.limit else {
            return true;
        };
        let capacity = f64::from(limit.calls);
        let period = limit.per.as_secs_f64();
        let now = Instant::now();
        let mut state = lock(&self.state);
        let (tokens, last) = &mut *state;
        if period > 0.0 {
            let refill = now.duration_since(*last).as_secs_f64() * capacity / period;
            *tokens = (*tokens + refill).min(capacity);
        }
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_are_used_up_in_order() {
        let q = FaultQueue::default();
        q.push(Fault::Reset, 2);
        q.push(Fault::ErrorCode(10002), 1);
        q.push(Fault::MalformedBody, 0);
        assert_eq!(q.take(), Some((Fault::Reset, false)));
        assert_eq!(q.take(), Some((Fault::Reset, true)));
        assert_eq!(q.take(), Some((Fault::ErrorCode(10002), true)));
        assert_eq!(q.take(), None);
        q.push(Fault::TruncatedBody, 3);
        assert_eq!(q.clear(), 1);
        assert_eq!(q.take(), None);
    }

    #[test]
    fn buckets_hold_their_burst() {
        let b = Bucket::new(Some(RateLimit {
            calls: 3,
            per: Duration::from_secs(3600),
        }));
        assert!((0..3).all(|_| b.admit()));
        assert!(!b.admit());
        assert!(Bucket::new(None).admit());
        assert!(!Bucket::new(Some(RateLimit::per_second(0))).admit());
    }
}
