//! The client and its call path: validation, group-type rules, rate limit, UserSig,
//! attempts with retries under a deadline, and decoding.

use std::borrow::Cow;
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::time::Instant;
use tracing::Instrument;

use crate::config::{ClientBuilder, Config, ConfigError};
use crate::credentials::Credentials;
use crate::endpoint::{
    Endpoint, EndpointError, EndpointInfo, GroupTypeSupport, QuotaScope, RateQuota, Retryability,
};
use crate::error::{Error, RawCode, ServiceError, TransportError, excerpt, redact};
use crate::ratelimit::{
    Grant, Quota, RateLimitMode, RateLimitStore, RateLimiter, SharedLimits, Slot, StoreError,
    StoreFailure, Ticket,
};
use crate::retry::{RetryBudget, RetryPolicy};
use crate::types::GroupType;
use crate::usersig::UserSig;
use crate::validate::{Limit, ValidationError};
use crate::{__envelope, PublicError};

/// Options of one call, overriding the client's settings.
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub(crate) group_type: Option<GroupType>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry_unsafe: Option<bool>,
    pub(crate) rate_limit: Option<RateLimitMode>,
}

impl CallOptions {
    /// No overrides.
    pub fn new() -> Self {
        Self::default()
    }

    /// The type of the group the call is about. A call whose spec marks that type
    /// unsupported is refused before sending, with [`Limit::GroupType`] saying what the
    /// service would do; a type the specs do not list (`GroupType::Other`) is sent.
    #[must_use]
    pub fn group_type(mut self, group_type: GroupType) -> Self {
        self.group_type = Some(group_type);
        self
    }

    /// Time limit of this whole call (rate-limit wait, attempts and backoff).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Retry this call after failures that may have reached the service even if
    /// its spec does not mark it safe to repeat (or, with `false`, never).
    #[must_use]
    pub fn retry_unsafe(mut self, yes: bool) -> Self {
        self.retry_unsafe = Some(yes);
        self
    }

    /// What this call does when its endpoint's rate is used up.
    #[must_use]
    pub fn rate_limit(mut self, mode: RateLimitMode) -> Self {
        self.rate_limit = Some(mode);
        self
    }
}

/// Counters of a client and its clones, for tests, benchmarks and metrics.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub struct ClientStats {
    /// Calls started.
    pub calls: u64,
    /// HTTP attempts made.
    pub attempts: u64,
    /// Attempts that were retries (after backoff).
    pub retries: u64,
    /// Attempts sent again with a fresh UserSig after 70001.
    pub resigned: u64,
    /// UserSigs signed.
    pub usersigs_signed: u64,
    /// Calls that waited for a rate-limit slot.
    pub rate_limit_waits: u64,
    /// Calls limited by this process's own windows because the shared store could
    /// not answer ([`StoreFailure::FallBack`]).
    pub rate_limit_fallbacks: u64,
    /// Retry tokens left in the budget.
    pub retry_budget: f64,
}

#[derive(Default)]
struct Counters {
    calls: AtomicU64,
    attempts: AtomicU64,
    retries: AtomicU64,
    resigned: AtomicU64,
    usersigs_signed: AtomicU64,
    rate_limit_waits: AtomicU64,
    rate_limit_fallbacks: AtomicU64,
}

/// A shared rate-limit store in use, and its health.
struct Shared {
    limits: SharedLimits,
    /// Until then the store is not asked (it failed recently).
    resting_until: Mutex<Option<Instant>>,
    /// Whether the last answer was a failure (a warning is logged once per outage).
    degraded: AtomicBool,
}

/// The cached UserSig: signed once, renewed when 90% of its lifetime has passed.
struct UserSigCache {
    lifetime: u64,
    slot: Mutex<Option<(UserSig, u64)>>,
}

impl UserSigCache {
    /// The UserSig to use at `now` (Unix seconds), signing with `sign` when none
    /// is cached or the cached one is due for renewal. The flag says whether it signed.
    fn get(&self, now: u64, sign: impl FnOnce(u64, u64) -> UserSig) -> (UserSig, bool) {
        let mut slot = self.slot.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((sig, issued)) = slot.as_ref()
            && now >= *issued
            && now < issued.saturating_add(self.lifetime / 10 * 9)
        {
            return (sig.clone(), false);
        }
        let sig = sign(now, self.lifetime);
        *slot = Some((sig.clone(), now));
        (sig, true)
    }

    /// Drops `used` from the cache (the service called it expired), unless another
    /// call has replaced it already.
    fn invalidate(&self, used: &UserSig) {
        let mut slot = self.slot.lock().unwrap_or_else(|p| p.into_inner());
        if slot.as_ref().is_some_and(|(sig, _)| sig == used) {
            *slot = None;
        }
    }
}

struct Inner {
    credentials: Credentials,
    /// The SDKAppID as sent in every query.
    app_id: String,
    base: String,
    http: reqwest::Client,
    attempt_timeout: Duration,
    call_timeout: Duration,
    usersig: UserSigCache,
    retry: RetryPolicy,
    budget: RetryBudget,
    rate_limit: RateLimitMode,
    limiter: RateLimiter,
    shared: Option<Shared>,
    batch_concurrency: usize,
    max_response_bytes: usize,
    counters: Counters,
}

/// A client of the Tencent Cloud Chat REST API.
///
/// Cheap to clone: clones share one connection pool, one UserSig, the per-endpoint
/// rate limits and the retry budget. Every endpoint has a method generated from its
/// spec (`client.destroy_group(&request)`); [`call`](Self::call) is the generic form.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("credentials", &self.inner.credentials)
            .field("base_url", &self.inner.base)
            .field("retry", &self.inner.retry)
            .field("rate_limit", &self.inner.rate_limit)
            .finish_non_exhaustive()
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// How an attempt failed, for the retry decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Retry {
    /// Do not retry.
    No,
    /// Retry: the service refused before acting on the request, or nothing was sent.
    Yes,
    /// The service may have acted: retry only if the call is safe to repeat.
    IfSafe,
}

fn classify<E: EndpointError>(error: &Error<E>) -> Retry {
    match error {
        Error::Service(e) => match e.kind.retryability() {
            Retryability::Refused => Retry::Yes,
            Retryability::OutcomeUnknown => Retry::IfSafe,
            Retryability::No => Retry::No,
        },
        Error::Transport {
            maybe_sent: false, ..
        } => Retry::Yes,
        // A redirect is not followed (it would carry the UserSig elsewhere), and
        // asking again gets the same answer.
        Error::HttpStatus { status, .. } if (300..400).contains(status) => Retry::No,
        Error::Transport { .. } | Error::Timeout { .. } | Error::HttpStatus { .. } => Retry::IfSafe,
        _ => Retry::No,
    }
}

/// `start + limit`, or a moment far enough away to mean "no limit" when that
/// overflows the clock (`Duration::MAX` as a timeout).
fn deadline_after(start: Instant, limit: Duration) -> Instant {
    const FAR: Duration = Duration::from_secs(30 * 365 * 86_400);
    start
        .checked_add(limit)
        .or_else(|| start.checked_add(FAR))
        .or_else(|| start.checked_add(Duration::from_secs(86_400)))
        .unwrap_or(start)
}

impl ClientBuilder {
    /// Builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        Client::from_config(self.into_config()?)
    }
}

impl Client {
    /// A builder.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from the environment; see [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Client, ConfigError> {
        ClientBuilder::from_env()?.build()
    }

    /// The client of a checked configuration: its HTTP stack and shared state.
    fn from_config(c: Config) -> Result<Client, ConfigError> {
        let tls = crate::tls::client_config(c.base.starts_with("https://"))?;
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(c.connect_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .tcp_nodelay(true)
            // A redirect would send the UserSig (in the query) to wherever the
            // Location points, possibly over plain http: answer 3xx as an error.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| ConfigError::Http(TransportError::from_reqwest(e)))?;
        let shared = c.shared.map(|limits| Shared {
            limits,
            resting_until: Mutex::new(None),
            degraded: AtomicBool::new(false),
        });
        Ok(Client {
            inner: Arc::new(Inner {
                app_id: c.credentials.app_id().to_string(),
                credentials: c.credentials,
                base: c.base,
                http,
                attempt_timeout: c.attempt_timeout,
                call_timeout: c.call_timeout,
                usersig: UserSigCache {
                    lifetime: c.usersig_lifetime.as_secs(),
                    slot: Mutex::new(None),
                },
                budget: c.retry.new_budget(),
                retry: c.retry,
                rate_limit: c.rate_limit,
                limiter: RateLimiter::default(),
                shared,
                batch_concurrency: c.batch_concurrency,
                max_response_bytes: c.max_response_bytes,
                counters: Counters::default(),
            }),
        })
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// The credentials (the secret key stays hidden).
    pub fn credentials(&self) -> &Credentials {
        &self.inner.credentials
    }

    /// Counters shared by this client and its clones.
    pub fn stats(&self) -> ClientStats {
        let c = &self.inner.counters;
        ClientStats {
            calls: c.calls.load(Ordering::Relaxed),
            attempts: c.attempts.load(Ordering::Relaxed),
            retries: c.retries.load(Ordering::Relaxed),
            resigned: c.resigned.load(Ordering::Relaxed),
            usersigs_signed: c.usersigs_signed.load(Ordering::Relaxed),
            rate_limit_waits: c.rate_limit_waits.load(Ordering::Relaxed),
            rate_limit_fallbacks: c.rate_limit_fallbacks.load(Ordering::Relaxed),
            retry_budget: self.inner.budget.tokens(),
        }
    }

    pub(crate) fn batch_concurrency(&self) -> usize {
        self.inner.batch_concurrency
    }

    fn usersig(&self) -> UserSig {
        let (sig, signed) = self.inner.usersig.get(unix_now(), |time, expire| {
            self.inner.credentials.sign(time, expire)
        });
        if signed {
            self.inner
                .counters
                .usersigs_signed
                .fetch_add(1, Ordering::Relaxed);
        }
        sig
    }

    /// Calls the endpoint of `request`: checks its documented limits, waits for a
    /// rate-limit slot, sends it (retrying as the [`RetryPolicy`] allows) and decodes
    /// the answer into the typed response or a typed error.
    pub async fn call<R: Endpoint>(&self, request: &R) -> Result<R::Response, Error<R::Error>> {
        self.call_with(request, &CallOptions::default()).await
    }

    /// [`call`](Self::call) with per-call options.
    pub async fn call_with<R: Endpoint>(
        &self,
        request: &R,
        options: &CallOptions,
    ) -> Result<R::Response, Error<R::Error>> {
        // The generic part is small: checks, encoding and decoding. The call path
        // itself (rate limit, UserSig, attempts, retries, tracing) is compiled once,
        // not once per endpoint.
        let info = R::INFO;
        let prepared = prepare(request, options);
        let mut response: Option<R::Response> = None;
        let mut decode = |bytes: &[u8]| -> Result<(), String> {
            response = Some(serde_json::from_slice(bytes).map_err(|e| e.to_string())?);
            Ok(())
        };
        match self.call_raw(info, prepared, options, &mut decode).await {
            Ok(()) => response.ok_or_else(|| Error::Decode {
                endpoint: info.path,
                message: "no response was decoded".to_owned(),
                excerpt: String::new(),
            }),
            Err(e) => Err(e.retype()),
        }
    }

    /// The call path of every endpoint, with its tracing span.
    async fn call_raw(
        &self,
        info: &'static EndpointInfo,
        prepared: Result<bytes::Bytes, Error<RawCode>>,
        options: &CallOptions,
        decode: &mut (dyn FnMut(&[u8]) -> Result<(), String> + Send),
    ) -> Result<(), Error<RawCode>> {
        let span = tracing::info_span!(
            "tencent_chat.call",
            endpoint = info.path,
            attempts = tracing::field::Empty,
            error_code = tracing::field::Empty,
            outcome = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let mut attempts = 0;
        self.inner.counters.calls.fetch_add(1, Ordering::Relaxed);
        let result = match prepared {
            Ok(body) => {
                self.call_inner(info, body, options, started, &mut attempts, decode)
                    .instrument(span.clone())
                    .await
            }
            Err(e) => Err(e),
        };
        if span.is_disabled() {
            return result;
        }
        span.record("attempts", attempts);
        span.record("latency_ms", started.elapsed().as_secs_f64() * 1000.0);
        match &result {
            Ok(()) => {
                span.record("outcome", "ok");
            }
            Err(e) => {
                span.record("outcome", e.kind_name());
                if let Some(code) = e.code() {
                    span.record("error_code", code.code());
                }
            }
        }
        result
    }

    async fn call_inner(
        &self,
        info: &'static EndpointInfo,
        body: bytes::Bytes,
        options: &CallOptions,
        started: Instant,
        attempts: &mut u32,
        decode: &mut (dyn FnMut(&[u8]) -> Result<(), String> + Send),
    ) -> Result<(), Error<RawCode>> {
        let endpoint = info.path;
        let counters = &self.inner.counters;
        let deadline = deadline_after(started, options.timeout.unwrap_or(self.inner.call_timeout));
        let mode = options.rate_limit.unwrap_or(self.inner.rate_limit);
        let policy = &self.inner.retry;
        let retry_unsafe = options
            .retry_unsafe
            .unwrap_or_else(|| policy.retries_unsafe());
        let may_repeat = info.safe_to_repeat || retry_unsafe;
        // The group a per-group quota is counted for, read from the request.
        let group: Option<String> = if mode != RateLimitMode::Off
            && info
                .rate_quotas
                .iter()
                .any(|q| q.scope == QuotaScope::Group)
        {
            info.group_field.and_then(|field| {
                let value: serde_json::Value = serde_json::from_slice(&body).ok()?;
                value.get(field)?.as_str().map(str::to_owned)
            })
        } else {
            None
        };
        let mut attempt: u32 = 0;
        let mut retries: u32 = 0;
        let mut resigned = false;
        loop {
            attempt += 1;
            *attempts = attempt;
            self.wait_for_slot(info, mode, deadline, group.as_deref())
                .await?;
            let now = Instant::now();
            if now >= deadline {
                return Err(Error::Timeout {
                    endpoint,
                    elapsed: started.elapsed(),
                });
            }
            let budget = (deadline - now).min(self.inner.attempt_timeout);
            let usersig = self.usersig();
            counters.attempts.fetch_add(1, Ordering::Relaxed);
            let error = match self
                .attempt(info, &body, &usersig, budget, attempt, &mut *decode)
                .await
            {
                Ok(()) => {
                    if attempt == 1 {
                        self.inner.budget.on_success();
                    }
                    return Ok(());
                }
                Err(Error::Timeout { endpoint, .. }) => Error::Timeout {
                    endpoint,
                    elapsed: started.elapsed(),
                },
                Err(e) => e,
            };
            // An expired UserSig: never use it again; sign a new one and send once more.
            if error.code() == Some(PublicError::UserSigExpired.error_code()) {
                self.inner.usersig.invalidate(&usersig);
                if !resigned {
                    resigned = true;
                    counters.resigned.fetch_add(1, Ordering::Relaxed);
                    tracing::debug!(attempt, "UserSig expired; signing a new one");
                    continue;
                }
            }
            let retry = match classify(&error) {
                Retry::Yes => true,
                Retry::IfSafe => may_repeat,
                Retry::No => false,
            };
            if !retry || retries + 1 >= policy.attempts() {
                return Err(error);
            }
            let backoff = policy.backoff(retries + 1);
            if Instant::now()
                .checked_add(backoff)
                .is_none_or(|wake| wake >= deadline)
            {
                tracing::debug!(attempt, "no time left for a retry");
                return Err(error);
            }
            if !self.inner.budget.has_token() {
                tracing::debug!(attempt, "retry budget exhausted");
                return Err(error);
            }
            tracing::debug!(attempt, error = %error, backoff_ms = backoff.as_millis() as u64, "retrying");
            tokio::time::sleep(backoff).await;
            // The token is taken only now: a call abandoned during its backoff (a
            // timeout around it, a dropped batch) retries nothing and takes nothing.
            if !self.inner.budget.try_take() {
                tracing::debug!(attempt, "retry budget exhausted");
                return Err(error);
            }
            retries += 1;
            counters.retries.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Waits for a slot of every quota of the endpoint (a rate per group, a daily
    /// allowance, a minimum interval), then for a rate-limit slot of the endpoint; or
    /// fails with `QuotaExceeded` or `RateLimited`. Quotas are counted in this
    /// process (shared by clones), also when the rate uses a shared store.
    async fn wait_for_slot(
        &self,
        info: &'static EndpointInfo,
        mode: RateLimitMode,
        deadline: Instant,
        group: Option<&str>,
    ) -> Result<(), Error<RawCode>> {
        let mut quotas = self.quota_slots(info, mode, deadline, group).await?;
        self.endpoint_slot(info, mode, deadline).await?;
        for q in &mut quotas {
            q.used = true;
        }
        Ok(())
    }

    /// Reserves and waits for a slot of each quota of the endpoint. The slots go back
    /// when the returned reservations are dropped unused.
    async fn quota_slots(
        &self,
        info: &'static EndpointInfo,
        mode: RateLimitMode,
        deadline: Instant,
        group: Option<&str>,
    ) -> Result<Vec<QuotaReservation<'_>>, Error<RawCode>> {
        let mut held = Vec::new();
        if info.rate_quotas.is_empty() || mode == RateLimitMode::Off {
            return Ok(held);
        }
        let now = Instant::now();
        let until = if mode == RateLimitMode::Fail {
            now
        } else {
            deadline
        };
        let limiter = &self.inner.limiter;
        let mut latest = now;
        for quota in info.rate_quotas {
            let group = match quota.scope {
                QuotaScope::Group => match group {
                    Some(g) => Some(g),
                    // No group named: the service refuses the request anyway.
                    None => continue,
                },
                _ => None,
            };
            let key = quota.counter_key(info.path, group);
            let (limit, window) = quota.window();
            let at = match limiter.acquire_in(
                Cow::Owned(key.clone()),
                Quota::new(limit, window + QUOTA_MARGIN),
                now,
                until,
            ) {
                Slot::Now => now,
                Slot::At(at) => at,
                Slot::Refused { not_before } => {
                    return Err(Error::QuotaExceeded {
                        endpoint: info.path,
                        quota: *quota,
                        retry_after: not_before.saturating_duration_since(now),
                    });
                }
            };
            latest = latest.max(at);
            held.push(QuotaReservation {
                limiter,
                key,
                quota: *quota,
                at,
                used: false,
            });
        }
        if latest > now {
            self.inner
                .counters
                .rate_limit_waits
                .fetch_add(1, Ordering::Relaxed);
            tracing::debug!(
                wait_ms = (latest - now).as_millis() as u64,
                "waiting for a quota slot"
            );
            tokio::time::sleep_until(latest).await;
        }
        // As for the rate: a late waker is checked against the actual sends.
        let mut confirmed = vec![false; held.len()];
        loop {
            let now = Instant::now();
            let mut later = None;
            for (i, q) in held.iter().enumerate() {
                if confirmed[i] {
                    continue;
                }
                match limiter.confirm(&q.key, now) {
                    None => confirmed[i] = true,
                    Some(not_before) => {
                        if mode == RateLimitMode::Fail || not_before > deadline {
                            return Err(Error::QuotaExceeded {
                                endpoint: info.path,
                                quota: q.quota,
                                retry_after: not_before.saturating_duration_since(now),
                            });
                        }
                        later = later.max(Some(not_before));
                    }
                }
            }
            match later {
                None => return Ok(held),
                Some(at) => tokio::time::sleep_until(at).await,
            }
        }
    }

    /// Waits for a rate-limit slot of the endpoint, or fails with `RateLimited`.
    async fn endpoint_slot(
        &self,
        info: &'static EndpointInfo,
        mode: RateLimitMode,
        deadline: Instant,
    ) -> Result<(), Error<RawCode>> {
        let now = Instant::now();
        let until = match mode {
            RateLimitMode::Off => return Ok(()),
            RateLimitMode::Wait => deadline,
            RateLimitMode::Fail => now,
        };
        if let Some(shared) = &self.inner.shared
            && self.shared_slot(shared, info, mode, deadline, now).await?
        {
            return Ok(());
        }
        let refused = |not_before: Instant, now: Instant| Error::RateLimited {
            endpoint: info.path,
            per_second: info.rate_limit_per_second,
            retry_after: not_before.saturating_duration_since(now),
        };
        let limiter = &self.inner.limiter;
        let at = match limiter.acquire(info.path, info.rate_limit_per_second, now, until) {
            Slot::Now => now,
            Slot::At(at) => at,
            Slot::Refused { not_before } => return Err(refused(not_before, now)),
        };
        // Until the call is sent, the slot goes back if the call gives up or its
        // future is dropped (a timeout around the call, a dropped batch).
        let mut reservation = Reservation {
            limiter,
            path: info.path,
            at,
            used: false,
        };
        if at > now {
            self.inner
                .counters
                .rate_limit_waits
                .fetch_add(1, Ordering::Relaxed);
            tracing::debug!(
                wait_ms = (at - now).as_millis() as u64,
                "waiting for a rate-limit slot"
            );
            tokio::time::sleep_until(at).await;
        }
        // Woken late, the call may meet sends that were themselves late: check the
        // sends of the last second before going.
        loop {
            let now = Instant::now();
            match limiter.confirm(info.path, now) {
                None => {
                    reservation.used = true;
                    return Ok(());
                }
                Some(not_before) if mode == RateLimitMode::Fail || not_before > deadline => {
                    return Err(refused(not_before, now));
                }
                Some(not_before) => tokio::time::sleep_until(not_before).await,
            }
        }
    }

    /// Takes a slot from the shared store: true when taken (after waiting for it),
    /// false when the call is to be limited locally instead (the store failed and
    /// the policy is to fall back).
    async fn shared_slot(
        &self,
        shared: &Shared,
        info: &'static EndpointInfo,
        mode: RateLimitMode,
        deadline: Instant,
        now: Instant,
    ) -> Result<bool, Error<RawCode>> {
        let resting = *shared
            .resting_until
            .lock()
            .unwrap_or_else(|p| p.into_inner());
        if resting.is_some_and(|until| now < until) {
            return self.store_missed(shared, info, None);
        }
        let store = &*shared.limits.store;
        // Apps sharing one store keep separate budgets.
        let key = format!("{}:{}", self.inner.app_id, info.path);
        let quota = Quota::per_second(info.rate_limit_per_second);
        let mut waited = false;
        loop {
            let asked = Instant::now();
            let max_wait = match mode {
                RateLimitMode::Fail => Duration::ZERO,
                _ => deadline.saturating_duration_since(asked),
            };
            let budget = shared
                .limits
                .timeout
                .min(deadline.saturating_duration_since(asked));
            let grant =
                match tokio::time::timeout(budget, store.reserve(&key, quota, max_wait)).await {
                    Ok(Ok(grant)) => grant,
                    Ok(Err(e)) => return self.store_missed(shared, info, Some(e)),
                    Err(_) => {
                        let e = StoreError::new(format!("no answer within {budget:?}"));
                        return self.store_missed(shared, info, Some(e));
                    }
                };
            if shared.degraded.swap(false, Ordering::Relaxed) {
                tracing::info!("shared rate-limit store answers again");
            }
            let (wait, ticket) = match grant {
                Grant::Refused { retry_after } => {
                    return Err(Error::RateLimited {
                        endpoint: info.path,
                        per_second: info.rate_limit_per_second,
                        retry_after,
                    });
                }
                Grant::Reserved { wait, ticket } => (wait, ticket),
            };
            // Given back if the call gives up while it waits.
            let mut reservation = SharedReservation {
                store,
                key: &key,
                ticket: Some(ticket),
            };
            if !wait.is_zero() {
                if !waited {
                    waited = true;
                    self.inner
                        .counters
                        .rate_limit_waits
                        .fetch_add(1, Ordering::Relaxed);
                }
                tracing::debug!(
                    wait_ms = wait.as_millis() as u64,
                    "waiting for a shared rate-limit slot"
                );
                tokio::time::sleep(wait).await;
            }
            // The slot began no earlier than `asked + wait` (the store decided after
            // `asked`): a call later than the store's margin after that could meet
            // punctual calls a window on, so it gives the slot back (on drop) and asks
            // again.
            let late = Instant::now().saturating_duration_since(asked + wait);
            if late <= store.margin() {
                reservation.ticket = None;
                return Ok(true);
            }
            tracing::debug!(
                late_ms = late.as_millis() as u64,
                "late for a shared rate-limit slot; asking again"
            );
        }
    }

    /// The shared store failed (or is resting after a failure): follow the policy.
    fn store_missed(
        &self,
        shared: &Shared,
        info: &'static EndpointInfo,
        error: Option<StoreError>,
    ) -> Result<bool, Error<RawCode>> {
        if error.is_some() {
            *shared
                .resting_until
                .lock()
                .unwrap_or_else(|p| p.into_inner()) =
                Some(Instant::now() + shared.limits.retry_after_failure);
        }
        match shared.limits.on_failure {
            StoreFailure::FallBack => {
                self.inner
                    .counters
                    .rate_limit_fallbacks
                    .fetch_add(1, Ordering::Relaxed);
                if !shared.degraded.swap(true, Ordering::Relaxed) {
                    let reason = error.as_ref().map(|e| e.to_string()).unwrap_or_default();
                    tracing::warn!(
                        error = %reason,
                        "shared rate-limit store unavailable; limiting calls with this process's own windows until it answers"
                    );
                }
                Ok(false)
            }
            StoreFailure::Fail => Err(Error::RateLimitStore {
                endpoint: info.path,
                source: error
                    .unwrap_or_else(|| StoreError::new("failed recently; not asked again yet")),
            }),
        }
    }

    /// One HTTP attempt.
    async fn attempt(
        &self,
        info: &'static EndpointInfo,
        body: &bytes::Bytes,
        usersig: &UserSig,
        timeout: Duration,
        attempt: u32,
        decode: &mut (dyn FnMut(&[u8]) -> Result<(), String> + Send),
    ) -> Result<(), Error<RawCode>> {
        let endpoint = info.path;
        let q = __envelope::QUERY;
        let random = fastrand::u32(..);
        let app_id = &self.inner.app_id;
        let random_s = random.to_string();
        let admin = self.inner.credentials.admin_identifier();
        let query: [(&str, &str); 4] = [
            (q.app_id, app_id),
            (q.identifier, admin),
            (q.signature, usersig.expose()),
            (q.nonce, &random_s),
        ];
        let mut url = String::with_capacity(self.inner.base.len() + 1 + info.path.len());
        url.push_str(&self.inner.base);
        url.push('/');
        url.push_str(info.path);
        if tracing::enabled!(tracing::Level::DEBUG) {
            // The query as sent, with the UserSig left out.
            let shown: Vec<String> = query
                .iter()
                .chain(q.fixed)
                .map(|(k, v)| {
                    if *k == q.signature {
                        format!("{k}=<redacted>")
                    } else {
                        format!("{k}={v}")
                    }
                })
                .collect();
            tracing::debug!(attempt, query = %shown.join("&"), "sending");
        }
        let method = reqwest::Method::from_bytes(__envelope::METHOD.as_bytes())
            .unwrap_or(reqwest::Method::POST);
        let mut response = self
            .inner
            .http
            .request(method, &url)
            .query(&query)
            .query(q.fixed)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .timeout(timeout)
            .body(body.clone())
            .send()
            .await
            .map_err(|e| transport(endpoint, e))?;
        // The service may echo the query (and so the UserSig) in what it answers:
        // nothing taken from the body keeps it.
        let secret = usersig.expose();
        let status = response.status().as_u16();
        let cap = self.inner.max_response_bytes;
        if status != __envelope::HTTP_STATUS {
            // Only the start of an error page is shown: read no more.
            let (bytes, _) = read_prefix(&mut response, EXCERPT_CHARS * 4 + secret.len())
                .await
                .map_err(|e| transport(endpoint, e))?;
            return Err(Error::HttpStatus {
                endpoint,
                status,
                excerpt: excerpt(&bytes, EXCERPT_CHARS, secret),
            });
        }
        let too_large = |bytes: &[u8]| Error::Decode {
            endpoint,
            message: format!(
                "the response is longer than the {cap}-byte limit (ClientBuilder::max_response_bytes)"
            ),
            excerpt: excerpt(bytes, EXCERPT_CHARS, secret),
        };
        let announced = response.content_length();
        let limit = if announced.is_some_and(|n| n > cap as u64) {
            // Announced too long: read only what the excerpt shows.
            (EXCERPT_CHARS * 4 + secret.len()).min(cap)
        } else {
            cap
        };
        let (bytes, more) = read_prefix(&mut response, limit)
            .await
            .map_err(|e| transport(endpoint, e))?;
        if more || limit < cap {
            return Err(too_large(&bytes));
        }
        decode_envelope(info, &bytes, secret)?;
        decode(&bytes).map_err(|message| Error::Decode {
            endpoint,
            message: redact(&message, secret),
            excerpt: excerpt(&bytes, EXCERPT_CHARS, secret),
        })
    }
}

/// A rate-limit slot reserved for a call, given back on drop unless the call was sent.
struct Reservation<'a> {
    limiter: &'a RateLimiter,
    path: &'static str,
    at: Instant,
    used: bool,
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        if !self.used {
            self.limiter.release(self.path, self.at);
        }
    }
}

/// Added to every quota's window: the service counts a call when it arrives, later
/// than the client counts it, so a call sent exactly a window after the oldest one
/// could still meet it there. Quotas are small (5 writes a second to a group, 100
/// pushes a day), so the margin costs little.
const QUOTA_MARGIN: Duration = Duration::from_millis(50);

/// A slot of a quota reserved for a call, given back on drop unless used.
struct QuotaReservation<'a> {
    limiter: &'a RateLimiter,
    key: String,
    quota: RateQuota,
    at: Instant,
    used: bool,
}

impl Drop for QuotaReservation<'_> {
    fn drop(&mut self) {
        if !self.used {
            self.limiter.release(&self.key, self.at);
        }
    }
}

/// A slot of a shared store reserved for a call, given back on drop unless used.
struct SharedReservation<'a> {
    store: &'a dyn RateLimitStore,
    key: &'a str,
    ticket: Option<Ticket>,
}

impl Drop for SharedReservation<'_> {
    fn drop(&mut self) {
        if let Some(ticket) = self.ticket.take() {
            self.store.release(self.key, ticket);
        }
    }
}

/// Checks the group-type rule and the documented limits, and encodes the request.
fn prepare<R: Endpoint>(
    request: &R,
    options: &CallOptions,
) -> Result<bytes::Bytes, Error<RawCode>> {
    let info = R::INFO;
    let invalid = |source: ValidationError| Error::InvalidRequest {
        endpoint: info.path,
        source: Box::new(source),
    };
    if let Some(group_type) = &options.group_type {
        let outcome = match info.group_type_support(group_type.as_str()) {
            Some(GroupTypeSupport::Error(code)) => {
                let kind = <R::Error as EndpointError>::from_code(code);
                Some(format!("the service answers {kind}"))
            }
            Some(GroupTypeSupport::NoEffect) => {
                Some("the service answers success but does nothing".to_owned())
            }
            Some(GroupTypeSupport::Supported) | None => None,
        };
        if let Some(outcome) = outcome {
            return Err(invalid(ValidationError::new(
                info.group_field.unwrap_or_default().to_owned(),
                Limit::GroupType {
                    group_type: group_type.as_str().to_owned(),
                    outcome,
                },
            )));
        }
    }
    request.validate().map_err(invalid)?;
    serde_json::to_vec(request)
        .map(bytes::Bytes::from)
        .map_err(|e| Error::Decode {
            endpoint: info.path,
            message: format!("cannot encode the request: {e}"),
            excerpt: String::new(),
        })
}

/// Characters of a body shown in an error.
const EXCERPT_CHARS: usize = 200;

/// Reads at most `limit` bytes of the body; the flag says whether more was left.
async fn read_prefix(
    response: &mut reqwest::Response,
    limit: usize,
) -> Result<(bytes::Bytes, bool), reqwest::Error> {
    // The usual answer comes in one piece: keep it without copying.
    let mut first = bytes::Bytes::new();
    let mut joined: Vec<u8> = Vec::new();
    let mut more = false;
    while let Some(mut chunk) = response.chunk().await? {
        let have = first.len() + joined.len();
        let room = limit.saturating_sub(have);
        if chunk.len() > room {
            chunk.truncate(room);
            more = true;
        }
        if first.is_empty() && joined.is_empty() {
            first = chunk;
        } else {
            if joined.is_empty() {
                joined.extend_from_slice(&std::mem::take(&mut first));
            }
            joined.extend_from_slice(&chunk);
        }
        if more {
            break;
        }
    }
    let bytes = if joined.is_empty() {
        first
    } else {
        bytes::Bytes::from(joined)
    };
    Ok((bytes, more))
}

fn transport(endpoint: &'static str, e: reqwest::Error) -> Error<RawCode> {
    if e.is_timeout() && !e.is_connect() {
        return Error::Timeout {
            endpoint,
            elapsed: Duration::ZERO,
        };
    }
    Error::Transport {
        endpoint,
        // A failed connection sent nothing; anything later may have been received.
        maybe_sent: !e.is_connect(),
        // Drops the URL, which holds the UserSig.
        source: TransportError::from_reqwest(e),
    }
}

/// Decodes the envelope of a response body: success, or the service's error. The
/// endpoint's fields are decoded by the caller (a second pass over the bytes, cheaper
/// than building a `Value` tree).
fn decode_envelope(info: &EndpointInfo, bytes: &[u8], secret: &str) -> Result<(), Error<RawCode>> {
    let endpoint = info.path;
    let envelope: __envelope::ResponseEnvelope =
        serde_json::from_slice(bytes).map_err(|e| Error::Decode {
            endpoint,
            message: redact(
                &if e.is_data() {
                    format!("bad envelope: {e}")
                } else {
                    e.to_string()
                },
                secret,
            ),
            excerpt: excerpt(bytes, EXCERPT_CHARS, secret),
        })?;
    let code = envelope.code();
    if code == 0 {
        return Ok(());
    }
    Err(Error::Service(ServiceError {
        endpoint,
        kind: RawCode::of(info, code),
        info: redact(envelope.info().unwrap_or_default(), secret),
        display: envelope.display().map(|d| redact(d, secret)),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cache() -> UserSigCache {
        UserSigCache {
            lifetime: 1000,
            slot: Mutex::new(None),
        }
    }

    #[test]
    fn the_usersig_is_reused_then_renewed_at_ninety_percent() {
        let creds = Credentials::new(1, "key");
        let c = cache();
        let sign = |t, e| creds.sign(t, e);
        let (first, signed) = c.get(10_000, sign);
        assert!(signed);
        let (again, signed) = c.get(10_899, sign);
        assert!(!signed);
        assert_eq!(again, first);
        let (renewed, signed) = c.get(10_900, sign);
        assert!(signed, "renewed once 90% of the lifetime has passed");
        assert_ne!(renewed, first);
        // A clock that went backwards also renews.
        let (_, signed) = c.get(5_000, sign);
        assert!(signed);
    }

    #[test]
    fn invalidation_only_drops_the_usersig_that_was_used() {
        let creds = Credentials::new(1, "key");
        let c = cache();
        let (old, _) = c.get(10_000, |t, e| creds.sign(t, e));
        c.invalidate(&old);
        let (new, signed) = c.get(10_001, |t, e| creds.sign(t, e));
        assert!(signed);
        // A late invalidation of the old one keeps the new one.
        c.invalidate(&old);
        let (same, signed) = c.get(10_002, |t, e| creds.sign(t, e));
        assert!(!signed);
        assert_eq!(same, new);
    }

    fn offline_client() -> Client {
        // Nothing is sent by these tests: the port is never connected to.
        Client::builder()
            .credentials(Credentials::new(1, "key"))
            .base_url("http://127.0.0.1:9")
            .build()
            .unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn abandoned_waits_give_their_rate_limit_slots_back() {
        let client = offline_client();
        let info = <crate::group_open_http_svc::DestroyGroupRequest as Endpoint>::INFO;
        let per_second = info.rate_limit_per_second as usize;
        let t0 = Instant::now();
        let far = t0 + Duration::from_secs(3600);
        for _ in 0..per_second {
            client
                .wait_for_slot(info, RateLimitMode::Wait, far, None)
                .await
                .unwrap();
        }
        assert_eq!(Instant::now(), t0, "the first second's calls go at once");
        // Five seconds' worth of calls wait for a slot, and are all abandoned (a
        // timeout around the call, a dropped batch).
        let mut waiting = tokio::task::JoinSet::new();
        for _ in 0..5 * per_second {
            let client = client.clone();
            waiting.spawn(async move {
                tokio::time::timeout(
                    Duration::from_millis(10),
                    client.wait_for_slot(info, RateLimitMode::Wait, far, None),
                )
                .await
                .is_err()
            });
        }
        while let Some(abandoned) = waiting.join_next().await {
            assert!(abandoned.unwrap());
        }
        // Once the first second has passed, nothing holds a new call back.
        tokio::time::sleep_until(t0 + Duration::from_secs(1)).await;
        let before = Instant::now();
        client
            .wait_for_slot(info, RateLimitMode::Fail, far, None)
            .await
            .expect("a slot at once");
        for _ in 1..per_second {
            client
                .wait_for_slot(info, RateLimitMode::Wait, far, None)
                .await
                .unwrap();
        }
        assert_eq!(Instant::now(), before, "no wait with nothing in flight");
    }

    #[test]
    fn deadlines_saturate_instead_of_overflowing() {
        let now = Instant::now();
        assert_eq!(
            deadline_after(now, Duration::from_secs(1)),
            now + Duration::from_secs(1)
        );
        assert!(deadline_after(now, Duration::MAX) > now + Duration::from_secs(365 * 86_400));
    }

    #[test]
    fn codes_are_retried_by_kind_and_redirects_never() {
        let service = |code: i64| {
            Error::<RawCode>::Service(ServiceError {
                endpoint: "p",
                kind: RawCode::of(
                    <crate::group_open_http_svc::DestroyGroupRequest as Endpoint>::INFO,
                    code,
                ),
                info: String::new(),
                display: None,
            })
        };
        assert_eq!(classify(&service(60007)), Retry::Yes);
        assert_eq!(classify(&service(10002)), Retry::IfSafe);
        assert_eq!(classify(&service(10010)), Retry::No);
        assert_eq!(classify(&service(123_456_789)), Retry::No);
        let status = |status| Error::<RawCode>::HttpStatus {
            endpoint: "p",
            status,
            excerpt: String::new(),
        };
        assert_eq!(classify(&status(502)), Retry::IfSafe);
        assert_eq!(classify(&status(307)), Retry::No);
    }
}
