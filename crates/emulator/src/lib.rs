//! A local Tencent Cloud Chat (Tencent IM) REST API server for tests.
//!
//! The emulator speaks the service's wire protocol on 127.0.0.1: `POST
//! /v4/<service>/<command>` with the query parameters of every call, HTTP 200 and the
//! JSON envelope for every service-level outcome. It verifies UserSigs with its own
//! secret key, checks requests against the documented limits of the specs, applies
//! the per-endpoint rate limits, and keeps accounts, groups, messages and friend
//! lists in memory (optionally in a state file). Faults (HTTP 502, delays, resets,
//! broken bodies, chosen error codes) can be injected per endpoint.
//!
//! ```no_run
//! use tencent_chat::group_open_http_svc::DestroyGroupRequest;
//! use tencent_chat_emulator::{Emulator, Group, GroupType};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = Emulator::start().await?;
//! emulator.with_state(|s| s.add_group("g1", Group::new(GroupType::Public).owner("alice")));
//! let client = emulator.client()?;
//! client.destroy_group(&DestroyGroupRequest::new("g1")).await?;
//! assert!(emulator.state().group("g1").is_none());
//! emulator.stop().await?;
//! # Ok(()) }
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod callbacks;
mod endpoints;
mod fault;
mod generic;
mod persist;
mod quota;
mod server;
pub mod state;
mod wire;

use std::collections::HashMap;
use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tencent_chat::{Credentials, EndpointInfo};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use zeroize::Zeroizing;

pub use fault::{Fault, RateLimit};
pub use generic::Tier;
pub use state::{
    Account, Ban, Friends, Group, GroupMessage, GroupType, InviteJoinOption, Member, MemberRole,
    MessageStatus, MsgElement, MsgPriority, NotificationKind, State, SystemNotification, Topic,
};
pub use state::{Broadcast, ContactGroupEntry, Conversation, ConversationKind, RecentContacts};
pub use state::{C2cMessage, LoginState, MsgExtensions};
pub use state::{FriendDetails, GlobalMute, SnsValue};
pub use state::{PushState, PushTask};

use crate::fault::{Bucket, FaultQueue};

/// The SDKAppID used when none is given.
pub const DEFAULT_APP_ID: u32 = 1_400_000_000;

/// The largest request body read by default (1 MiB). The largest request the specs'
/// limits allow (a create_group with 100 members and all their custom fields, about
/// 250 KB with binary values escaped) is well below it; the service's own answers
/// stop at 1 MB (code 10018).
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

/// The longest any duration setting is taken as (100 years): timers add durations to
/// the current instant, which a longer one (`Duration::MAX`) would overflow.
pub const MAX_DURATION: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// The most connections served at once by default; further ones are closed as soon
/// as they are accepted.
pub const DEFAULT_MAX_CONNECTIONS: usize = 512;

/// How long a connection may take by default to send a request's head (request line
/// and headers), counted from when the server waits for it: this also closes a
/// keep-alive connection that stays idle that long.
pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(30);

/// How long a request's body may take to arrive by default, from its head on; also
/// how long writing an answer may wait for a client that takes none of it.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(30);

/// How many messages a group keeps by default: its latest 1,000, the window
/// `delete_group_msg_by_sender` recalls from. Older ones are dropped as the service
/// drops expired history; `group_msg_get_simple` reads 20 per call, so this is 50 pages.
/// Messages are dropped in batches: a group holds up to an eighth more between two.
pub const DEFAULT_HISTORY_PER_GROUP: usize = 1000;

/// How many system notifications a group keeps by default (the latest ones).
pub const DEFAULT_NOTIFICATIONS_PER_GROUP: usize = 100;

/// How many recipients the kept notifications of one group may list together: each
/// notification lists every member who receives it, so in a large group the oldest
/// notifications are dropped sooner than [`DEFAULT_NOTIFICATIONS_PER_GROUP`] says. The
/// latest notification is always kept. 100,000 is the most members a Community has.
pub const NOTIFICATION_RECIPIENTS_PER_GROUP: usize = 100_000;

/// Why the emulator could not start, save or take an order.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The listening socket could not be opened.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The state file could not be read.
    #[error("cannot read the state file {}: {source}", path.display())]
    StateRead {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The state file is not a state the emulator wrote.
    #[error("the state file {} is not readable: {message}", path.display())]
    StateFormat {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The state could not be saved, or (at start) the state file's folder does not
    /// take new files, so that a save would fail.
    #[error("cannot save the state to {}: {source}", path.display())]
    StateWrite {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// No endpoint has this path (`v4/<service>/<command>`).
    #[error("no endpoint {0:?}; paths look like v4/group_open_http_svc/destroy_group")]
    UnknownEndpoint(String),
    /// The server task ended abnormally.
    #[error("the emulator's server task failed: {0}")]
    Server(String),
}

/// Builds and starts an [`Emulator`].
pub struct EmulatorBuilder {
    app_id: u32,
    secret_key: Zeroizing<String>,
    admin: String,
    listen: SocketAddr,
    state_file: Option<PathBuf>,
    save_interval: Duration,
    rate_limits: bool,
    rate_limit_overrides: Vec<(String, Option<RateLimit>)>,
    quota_time_scale: u32,
    shutdown_grace: Duration,
    initial_state: Option<State>,
    limits: Limits,
    callback_url: Option<String>,
    callback_token: Option<String>,
    callback_timeout: Duration,
}

/// Bounds on what one client can make the emulator hold or do.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) max_body_bytes: usize,
    pub(crate) max_connections: usize,
    pub(crate) header_timeout: Duration,
    pub(crate) body_timeout: Duration,
    pub(crate) history_per_group: usize,
    pub(crate) notifications_per_group: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            max_connections: DEFAULT_MAX_CONNECTIONS,
            header_timeout: DEFAULT_HEADER_TIMEOUT,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            history_per_group: DEFAULT_HISTORY_PER_GROUP,
            notifications_per_group: DEFAULT_NOTIFICATIONS_PER_GROUP,
        }
    }
}

impl fmt::Debug for EmulatorBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EmulatorBuilder")
            .field("app_id", &self.app_id)
            .field("secret_key", &"<redacted>")
            .field("admin", &self.admin)
            .field("listen", &self.listen)
            .field("state_file", &self.state_file)
            .field("save_interval", &self.save_interval)
            .field("rate_limits", &self.rate_limits)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl Default for EmulatorBuilder {
    fn default() -> Self {
        let key: String = std::iter::repeat_with(fastrand::alphanumeric)
            .take(32)
            .collect();
        EmulatorBuilder {
            app_id: DEFAULT_APP_ID,
            secret_key: Zeroizing::new(key),
            admin: tencent_chat::DEFAULT_ADMIN.to_owned(),
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            state_file: None,
            save_interval: Duration::from_secs(30),
            rate_limits: true,
            rate_limit_overrides: Vec::new(),
            quota_time_scale: 1,
            shutdown_grace: Duration::from_secs(5),
            initial_state: None,
            limits: Limits::default(),
            callback_url: None,
            callback_token: None,
            callback_timeout: tencent_chat::webhook::ANSWER_BUDGET,
        }
    }
}

impl EmulatorBuilder {
    /// Sends the callbacks the endpoints trigger (`specs/webhooks/`) to `url`, an
    /// `http://` URL (the service's query parameters are appended). Off by default.
    #[must_use]
    pub fn callback_url(mut self, url: impl Into<String>) -> Self {
        self.callback_url = Some(url.into());
        self
    }

    /// Signs callbacks with `token` (`Sign` and `RequestTime`), as the service does
    /// when callback authentication is on.
    #[must_use]
    pub fn callback_token(mut self, token: impl Into<String>) -> Self {
        self.callback_token = Some(token.into());
        self
    }

    /// How long a "before" callback's answer is awaited before its documented default
    /// applies (default: two seconds, the service's budget).
    #[must_use]
    pub fn callback_timeout(mut self, timeout: Duration) -> Self {
        self.callback_timeout = timeout;
        self
    }

    /// The app's SDKAppID (default [`DEFAULT_APP_ID`]).
    #[must_use]
    pub fn sdkappid(mut self, app_id: u32) -> Self {
        self.app_id = app_id;
        self
    }

    /// The app's secret key (default: a random key; see [`Emulator::credentials`]).
    #[must_use]
    pub fn secret_key(mut self, key: impl Into<String>) -> Self {
        self.secret_key = Zeroizing::new(key.into());
        self
    }

    /// The app admin's identifier (default `administrator`).
    #[must_use]
    pub fn admin(mut self, admin: impl Into<String>) -> Self {
        self.admin = admin.into();
        self
    }

    /// The address to listen on (default `127.0.0.1:0`, an ephemeral port).
    #[must_use]
    pub fn listen(mut self, addr: SocketAddr) -> Self {
        self.listen = addr;
        self
    }

    /// Loads the state from `path` on start (when it exists) and saves it there on
    /// shutdown and periodically.
    #[must_use]
    pub fn state_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.state_file = Some(path.into());
        self
    }

    /// How often a changed state is saved to the state file (default 30 s; at most
    /// [`MAX_DURATION`], as every duration here).
    #[must_use]
    pub fn save_interval(mut self, interval: Duration) -> Self {
        self.save_interval = interval.clamp(Duration::from_millis(1), MAX_DURATION);
        self
    }

    /// Starts from this state (instead of an empty one, or the state file's).
    #[must_use]
    pub fn state(mut self, state: State) -> Self {
        self.initial_state = Some(state);
        self
    }

    /// Whether the documented rate limits apply (default true). Load tests turn
    /// them off.
    #[must_use]
    pub fn rate_limits(mut self, on: bool) -> Self {
        self.rate_limits = on;
        self
    }

    /// Overrides the rate limit of one endpoint (`None`: unlimited), e.g. a low one
    /// to test a client's handling of the rate-limit code deterministically.
    #[must_use]
    pub fn rate_limit(mut self, path: impl Into<String>, limit: Option<RateLimit>) -> Self {
        self.rate_limit_overrides.push((path.into(), limit));
        self
    }

    /// Divides the window of every quota of the specs (a rate per group, a daily
    /// allowance, a minimum interval; `EndpointInfo::rate_quotas`) by `scale` (at
    /// least 1; default 1), so that a test can exhaust a daily quota and see it
    /// refilled in a fraction of a second. Quotas are off with
    /// [`rate_limits(false)`](Self::rate_limits).
    #[must_use]
    pub fn quota_time_scale(mut self, scale: u32) -> Self {
        self.quota_time_scale = scale.max(1);
        self
    }

    /// How long a shutdown waits for calls in progress (default 5 s).
    #[must_use]
    pub fn shutdown_grace(mut self, grace: Duration) -> Self {
        self.shutdown_grace = grace.min(MAX_DURATION);
        self
    }

    /// The largest request body read (default [`DEFAULT_MAX_BODY_BYTES`]). A longer
    /// body is refused with `HttpRequestMalformed` (60002) without reading it.
    #[must_use]
    pub fn max_body_bytes(mut self, bytes: usize) -> Self {
        self.limits.max_body_bytes = bytes;
        self
    }

    /// The most connections served at once (default [`DEFAULT_MAX_CONNECTIONS`], at
    /// least 1). A connection beyond it is closed as soon as it is accepted.
    #[must_use]
    pub fn max_connections(mut self, connections: usize) -> Self {
        self.limits.max_connections = connections.max(1);
        self
    }

    /// How long a connection may take to send a request's head, and may stay idle
    /// between requests (default [`DEFAULT_HEADER_TIMEOUT`]); then it is closed.
    #[must_use]
    pub fn header_timeout(mut self, timeout: Duration) -> Self {
        self.limits.header_timeout = timeout.clamp(Duration::from_millis(1), MAX_DURATION);
        self
    }

    /// How long a request's body may take to arrive (default
    /// [`DEFAULT_BODY_TIMEOUT`]); a late body is answered with
    /// `RequestTimeoutOrMalformed` (60008) and the connection closed. An answer
    /// whose client takes none of it for as long also loses its connection.
    #[must_use]
    pub fn body_timeout(mut self, timeout: Duration) -> Self {
        self.limits.body_timeout = timeout.clamp(Duration::from_millis(1), MAX_DURATION);
        self
    }

    /// How many messages each group keeps (default [`DEFAULT_HISTORY_PER_GROUP`], at
    /// least 1): sending beyond it drops the oldest, in batches (up to an eighth more
    /// are held between two). Seeded state is left as it is until the next send.
    #[must_use]
    pub fn history_per_group(mut self, messages: usize) -> Self {
        self.limits.history_per_group = messages.max(1);
        self
    }

    /// How many system notifications each group keeps (default
    /// [`DEFAULT_NOTIFICATIONS_PER_GROUP`]): recording beyond it drops the oldest.
    #[must_use]
    pub fn notifications_per_group(mut self, notifications: usize) -> Self {
        self.limits.notifications_per_group = notifications;
        self
    }

    /// Loads the state, opens the socket and starts serving. With a state file,
    /// fails at once when its folder does not take new files (instead of losing the
    /// state at the first save).
    pub async fn start(self) -> Result<Emulator, Error> {
        let mut routes = HashMap::new();
        for info in tencent_chat::ENDPOINTS {
            let limit = self
                .rate_limits
                .then(|| RateLimit::per_second(info.rate_limit_per_second));
            routes.insert(
                info.path,
                Route {
                    info,
                    handler: endpoints::handler(info.path),
                    faults: FaultQueue::default(),
                    bucket: Bucket::new(limit),
                    calls: AtomicU64::new(0),
                },
            );
        }
        // Older paths of an endpoint reach its route (one rate limit, one fault queue).
        let aliases: HashMap<&'static str, &'static str> = tencent_chat::ENDPOINTS
            .iter()
            .flat_map(|info| info.legacy_paths.iter().map(|legacy| (*legacy, info.path)))
            .collect();
        for (path, limit) in &self.rate_limit_overrides {
            let bare = normalize(path);
            let route = routes
                .get_mut(aliases.get(bare).copied().unwrap_or(bare))
                .ok_or_else(|| Error::UnknownEndpoint(path.clone()))?;
            route.bucket = Bucket::new(*limit);
        }
        if let Some(path) = &self.state_file {
            let path = path.clone();
            tokio::task::spawn_blocking(move || persist::check_writable(&path))
                .await
                .map_err(|e| Error::Server(e.to_string()))??;
        }
        let state = match (&self.initial_state, &self.state_file) {
            (Some(state), _) => state.clone(),
            (None, Some(path)) => {
                let path = path.clone();
                tokio::task::spawn_blocking(move || State::load_file(&path))
                    .await
                    .map_err(|e| Error::Server(e.to_string()))??
                    .unwrap_or_default()
            }
            (None, None) => State::default(),
        };
        let listener = tokio::net::TcpListener::bind(self.listen)
            .await
            .map_err(|source| Error::Bind {
                addr: self.listen,
                source,
            })?;
        let addr = listener.local_addr().map_err(|source| Error::Bind {
            addr: self.listen,
            source,
        })?;
        let inner = Arc::new(Inner {
            app_id: self.app_id,
            secret_key: self.secret_key,
            admin: self.admin,
            state: Mutex::new(state),
            generation: AtomicU64::new(0),
            routes,
            aliases,
            pending_faults: AtomicUsize::new(0),
            sig_cache: Mutex::new(HashMap::new()),
            state_file: self.state_file,
            save_lock: tokio::sync::Mutex::new(()),
            limits: self.limits,
            quotas: quota::Quotas::new(self.rate_limits, self.quota_time_scale),
            callbacks: self.callback_url.map(|url| {
                Arc::new(callbacks::Callbacks::new(
                    url,
                    self.callback_token,
                    self.callback_timeout,
                    self.app_id,
                ))
            }),
        });
        let (shutdown_tx, shutdown_rx) = watch::channel(false);
        let task = tokio::spawn(server::run(
            inner.clone(),
            listener,
            shutdown_rx,
            self.save_interval,
            self.shutdown_grace,
        ));
        tracing::info!(%addr, app_id = inner.app_id, admin = %inner.admin, "emulator listening");
        if exposed(addr) {
            tracing::warn!(
                %addr,
                "listening on a non-loopback address: the emulator is a test server, \
                 meant for 127.0.0.1; anyone who can reach it and knows the key can call it"
            );
        }
        Ok(Emulator {
            inner,
            addr,
            shutdown: shutdown_tx,
            task: Some(task),
        })
    }
}

/// Every endpoint of the specs with the way the emulator serves it, by path.
pub fn tiers() -> Vec<(&'static str, Tier)> {
    let mut out: Vec<(&'static str, Tier)> = tencent_chat::ENDPOINTS
        .iter()
        .map(|info| (info.path, Tier::of(info)))
        .collect();
    out.sort_unstable_by_key(|(path, _)| *path);
    out
}

/// One endpoint: its metadata, its implementation, its faults and rate limit.
pub(crate) struct Route {
    pub(crate) info: &'static EndpointInfo,
    /// The stateful handler, if any (found once, at start).
    pub(crate) handler: Option<endpoints::Handler>,
    pub(crate) faults: FaultQueue,
    pub(crate) bucket: Bucket,
    pub(crate) calls: AtomicU64,
}

/// What the server tasks share.
pub(crate) struct Inner {
    pub(crate) app_id: u32,
    pub(crate) secret_key: Zeroizing<String>,
    pub(crate) admin: String,
    pub(crate) state: Mutex<State>,
    /// Advances with every change of the state; the saver compares it.
    pub(crate) generation: AtomicU64,
    pub(crate) routes: HashMap<&'static str, Route>,
    /// Legacy paths (`EndpointInfo::legacy_paths`) -> the documented path they stand for.
    pub(crate) aliases: HashMap<&'static str, &'static str>,
    /// Faults queued over all routes (a fast path for the common case of none).
    pub(crate) pending_faults: AtomicUsize,
    /// Verified UserSigs of the admin and when they expire (Unix seconds).
    pub(crate) sig_cache: Mutex<HashMap<Box<str>, u64>>,
    pub(crate) state_file: Option<PathBuf>,
    /// Serializes saves, so that a later save always writes a later snapshot.
    pub(crate) save_lock: tokio::sync::Mutex<()>,
    pub(crate) limits: Limits,
    /// The quotas beyond the per-endpoint rates.
    pub(crate) quotas: quota::Quotas,
    /// Where callbacks go, when configured.
    pub(crate) callbacks: Option<Arc<callbacks::Callbacks>>,
}

impl Inner {
    /// The route of `path` (without its leading slash): its own, or the one of the
    /// endpoint a legacy path stands for.
    pub(crate) fn route(&self, path: &str) -> Option<&Route> {
        let path = self.aliases.get(path).copied().unwrap_or(path);
        self.routes.get(path)
    }

    pub(crate) fn changed(&self) {
        self.generation.fetch_add(1, Ordering::Release);
    }

    /// Saves a snapshot to the state file, if there is one.
    pub(crate) async fn save(self: &Arc<Self>) -> Result<(), Error> {
        let Some(path) = self.state_file.clone() else {
            return Ok(());
        };
        let _saving = self.save_lock.lock().await;
        let generation = self.generation.load(Ordering::Acquire);
        let snapshot = lock(&self.state).clone();
        tokio::task::spawn_blocking(move || snapshot.save_file(&path))
            .await
            .map_err(|e| Error::Server(e.to_string()))??;
        tracing::debug!(generation, "state saved");
        Ok(())
    }
}

/// A running emulator. Stops when dropped (in the background: use
/// [`stop`](Self::stop) to wait for the final save).
pub struct Emulator {
    inner: Arc<Inner>,
    addr: SocketAddr,
    shutdown: watch::Sender<bool>,
    task: Option<JoinHandle<Result<(), Error>>>,
}

impl fmt::Debug for Emulator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Emulator")
            .field("addr", &self.addr)
            .field("app_id", &self.inner.app_id)
            .field("admin", &self.inner.admin)
            .field("state_file", &self.inner.state_file)
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Starts an emulator with the defaults: 127.0.0.1 on an ephemeral port, SDKAppID
    /// [`DEFAULT_APP_ID`], a random secret key, admin `administrator`, no state file.
    pub async fn start() -> Result<Emulator, Error> {
        EmulatorBuilder::default().start().await
    }

    /// A builder for other settings.
    pub fn builder() -> EmulatorBuilder {
        EmulatorBuilder::default()
    }

    /// The address it listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL for a client (`http://127.0.0.1:PORT`).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The app's SDKAppID.
    pub fn app_id(&self) -> u32 {
        self.inner.app_id
    }

    /// The admin identifier calls must be made as.
    pub fn admin(&self) -> &str {
        &self.inner.admin
    }

    /// Credentials that the emulator accepts.
    pub fn credentials(&self) -> Credentials {
        Credentials::new(self.inner.app_id, self.inner.secret_key.as_str())
            .admin(self.inner.admin.clone())
    }

    /// A client of this emulator with its credentials.
    pub fn client(&self) -> Result<tencent_chat::Client, tencent_chat::ConfigError> {
        tencent_chat::Client::builder()
            .credentials(self.credentials())
            .base_url(self.base_url())
            .build()
    }

    /// A copy of the whole state.
    pub fn state(&self) -> State {
        lock(&self.inner.state).clone()
    }

    /// Reads or changes the state (seeding, inspecting) while calls wait. Keep the
    /// closure short.
    pub fn with_state<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        let out = f(&mut lock(&self.inner.state));
        self.inner.changed();
        out
    }

    /// The pushes made with `all_member_push/im_push` (the latest ones, oldest
    /// first), each with the accounts its condition selected.
    pub fn push_tasks(&self) -> Vec<PushTask> {
        lock(&self.inner.state).push.tasks.clone()
    }

    /// The paths of the endpoints the emulator serves (`v4/...`): every endpoint of
    /// the specs. See [`tiers`] for which keep state.
    pub fn endpoints(&self) -> Vec<&'static str> {
        let mut paths: Vec<&'static str> =
            self.inner.routes.values().map(|r| r.info.path).collect();
        paths.sort_unstable();
        paths
    }

    /// Makes the next `times` authenticated calls of the endpoint at `path`
    /// (`v4/<service>/<command>`, with or without the leading slash) fail with `fault`.
    /// Faults queue up in order. Calls refused before (query, UserSig, method) leave
    /// them queued.
    pub fn inject(&self, path: &str, fault: Fault, times: u32) -> Result<(), Error> {
        let route = self.route(path)?;
        if times > 0 {
            // Counted before it is queued, so a concurrent call that uses it up
            // never takes the count below zero.
            self.inner.pending_faults.fetch_add(1, Ordering::AcqRel);
            route.faults.push(fault, times);
        }
        Ok(())
    }

    /// Removes every queued fault.
    pub fn clear_faults(&self) {
        for route in self.inner.routes.values() {
            let n = route.faults.clear();
            self.inner.pending_faults.fetch_sub(n, Ordering::AcqRel);
        }
    }

    /// How many calls reached the endpoint at `path` (whatever their outcome).
    pub fn calls(&self, path: &str) -> Result<u64, Error> {
        Ok(self.route(path)?.calls.load(Ordering::Relaxed))
    }

    /// Saves the state to the state file now (nothing without one).
    pub async fn save(&self) -> Result<(), Error> {
        self.inner.save().await
    }

    /// The state file, if any.
    pub fn state_file(&self) -> Option<&Path> {
        self.inner.state_file.as_deref()
    }

    /// Stops accepting calls, lets calls in progress finish (up to the shutdown
    /// grace), saves the state file and returns.
    pub async fn stop(mut self) -> Result<(), Error> {
        let _ = self.shutdown.send(true);
        match self.task.take() {
            Some(task) => task.await.map_err(|e| Error::Server(e.to_string()))?,
            None => Ok(()),
        }
    }

    fn route(&self, path: &str) -> Result<&Route, Error> {
        self.inner
            .route(normalize(path))
            .ok_or_else(|| Error::UnknownEndpoint(path.to_owned()))
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        // The server task notices, drains and saves on its own.
        let _ = self.shutdown.send(true);
    }
}

/// Whether others than this machine may reach the address (anything but loopback).
fn exposed(addr: SocketAddr) -> bool {
    !addr.ip().is_loopback()
}

fn normalize(path: &str) -> &str {
    path.trim_start_matches('/')
}

/// Locks a mutex, also after a panic elsewhere (the data stays usable: every
/// critical section leaves it consistent).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Seconds since the Unix epoch.
pub(crate) fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_loopback_addresses_are_private() {
        for private in ["127.0.0.1:8080", "127.1.2.3:1", "[::1]:8080"] {
            assert!(!exposed(private.parse().unwrap()), "{private}");
        }
        for open in [
            "0.0.0.0:8080",
            "[::]:8080",
            "192.168.1.10:8080",
            "10.0.0.1:1",
        ] {
            assert!(exposed(open.parse().unwrap()), "{open}");
        }
    }
}
