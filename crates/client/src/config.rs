//! Building a client: the builder, its defaults, and configuration from the
//! environment.

use std::time::Duration;

use std::sync::Arc;

use crate::Region;
use crate::credentials::{Credentials, DEFAULT_ADMIN};
use crate::ratelimit::{
    DEFAULT_STORE_RETRY, DEFAULT_STORE_TIMEOUT, RateLimitMode, RateLimitStore, SharedLimits,
    StoreFailure,
};
use crate::retry::RetryPolicy;

/// The environment variable of the SDKAppID.
pub const ENV_SDKAPPID: &str = "TENCENT_CHAT_SDKAPPID";
/// The environment variable of the secret key.
pub const ENV_SECRET_KEY: &str = "TENCENT_CHAT_SECRET_KEY";
/// The environment variable of the admin identifier (optional).
pub const ENV_ADMIN: &str = "TENCENT_CHAT_ADMIN";
/// The environment variable of the region id (`singapore`, `china`, ...).
pub const ENV_REGION: &str = "TENCENT_CHAT_REGION";
/// The environment variable of a custom base URL (instead of a region).
pub const ENV_BASE_URL: &str = "TENCENT_CHAT_BASE_URL";

/// The environment variable of the Redis URL of the shared rate limiter (feature
/// `redis`; set without the feature, it is an error rather than ignored).
pub const ENV_REDIS_URL: &str = "TENCENT_CHAT_REDIS_URL";
/// The environment variable of what calls do when Redis cannot answer: `fallback`
/// (the default) or `fail`.
pub const ENV_REDIS_ON_FAILURE: &str = "TENCENT_CHAT_REDIS_ON_FAILURE";

/// Default time limit of one HTTP attempt: above the service's own 3 s.
pub const DEFAULT_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(5);
/// Default time limit of establishing a connection.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// Default time limit of a whole call, retries and rate-limit waits included.
pub const DEFAULT_CALL_TIMEOUT: Duration = Duration::from_secs(20);
/// Default validity of the UserSigs the client signs.
pub const DEFAULT_USERSIG_LIFETIME: Duration = Duration::from_secs(86_400);
/// Default cap on the bytes of one response body: far above any answer the service
/// documents, low enough that a broken gateway cannot fill the memory.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Why a client could not be built. Never holds the secret key.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// No credentials were given.
    #[error("no credentials: call ClientBuilder::credentials")]
    MissingCredentials,
    /// Neither a region nor a base URL was given.
    #[error("no endpoint: call ClientBuilder::region or ClientBuilder::base_url")]
    MissingEndpoint,
    /// The base URL is not an http(s) URL.
    #[error("invalid base URL {0:?}: expected http://host[:port][/prefix] or https://...")]
    InvalidBaseUrl(String),
    /// The base URL is plain `http://` to a host other than this machine: every call
    /// would carry the admin UserSig in clear.
    #[error(
        "refusing plain-http base URL {0:?}: calls would carry the admin UserSig unencrypted; use https, a loopback address, or ClientBuilder::allow_insecure_http(true)"
    )]
    InsecureBaseUrl(String),
    /// A timeout or lifetime is zero or too short.
    #[error("invalid {what}: {reason}")]
    InvalidSetting {
        /// The setting.
        what: &'static str,
        /// Why it is refused.
        reason: String,
    },
    /// An environment variable is missing or malformed.
    #[error("environment variable {var}: {reason}")]
    Env {
        /// The variable.
        var: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP client could not be built.
    #[error("cannot build the HTTP client: {0}")]
    Http(#[source] crate::error::TransportError),
}

/// Builds a [`Client`](crate::Client). Only the credentials and a region (or base URL) are required.
#[derive(Debug, Clone, Default)]
pub struct ClientBuilder {
    pub(crate) credentials: Option<Credentials>,
    pub(crate) base_url: Option<String>,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) call_timeout: Option<Duration>,
    pub(crate) usersig_lifetime: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) rate_limit: RateLimitMode,
    pub(crate) batch_concurrency: Option<usize>,
    pub(crate) max_response_bytes: Option<usize>,
    pub(crate) allow_insecure_http: bool,
    /// The shared store, or why it could not be set up (reported by `build`).
    pub(crate) shared_store: Option<Result<Arc<dyn RateLimitStore>, String>>,
    pub(crate) store_failure: StoreFailure,
    pub(crate) store_timeout: Option<Duration>,
}

impl ClientBuilder {
    /// The app's credentials (required).
    #[must_use]
    pub fn credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = Some(credentials);
        self
    }

    /// The region of the app (this or [`base_url`](Self::base_url) is required).
    #[must_use]
    pub fn region(mut self, region: Region) -> Self {
        self.base_url = Some(region.base_url().to_owned());
        self
    }

    /// A custom base URL: a proxy, the emulator, a test server. Plain `http://` is
    /// accepted only for this machine (`localhost`, `127.0.0.1`, `[::1]`, ...) unless
    /// [`allow_insecure_http`](Self::allow_insecure_http) says otherwise.
    #[must_use]
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Time limit of one HTTP attempt (default 5 s; the service's own is 3 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// Time limit of establishing a connection (default 2 s).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Time limit of a whole call: rate-limit waits, every attempt and the backoff
    /// between them (default 20 s). Per call: [`CallOptions::timeout`](crate::CallOptions::timeout).
    #[must_use]
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.call_timeout = Some(timeout);
        self
    }

    /// Validity of the UserSigs the client signs (default 1 day, at least 60 s). A
    /// UserSig is renewed once 90% of its validity has passed.
    #[must_use]
    pub fn usersig_lifetime(mut self, lifetime: Duration) -> Self {
        self.usersig_lifetime = Some(lifetime);
        self
    }

    /// How failed calls are retried (default [`RetryPolicy::default`];
    /// [`RetryPolicy::none`] turns retries off).
    #[must_use]
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }

    /// What calls do when their endpoint's documented rate is used up (default:
    /// wait for a slot).
    #[must_use]
    pub fn rate_limit(mut self, mode: RateLimitMode) -> Self {
        self.rate_limit = mode;
        self
    }

    /// Shares the documented rates with every other client using the same `store`
    /// (other processes of the app, through Redis): calls of this client take their
    /// slots from it, keyed by SDKAppID and endpoint, instead of this process's own
    /// windows. See [`store_failure`](Self::store_failure) for when it cannot answer.
    #[must_use]
    pub fn shared_rate_limits(mut self, store: Arc<dyn RateLimitStore>) -> Self {
        self.shared_store = Some(Ok(store));
        self
    }

    /// [`shared_rate_limits`](Self::shared_rate_limits) in a Redis server
    /// (`redis://[user:password@]host[:port][/db]`) with the default settings of
    /// [`RedisStore`](crate::RedisStore); a bad URL fails [`build`](Self::build).
    #[cfg(feature = "redis")]
    #[must_use]
    pub fn redis_rate_limits(mut self, url: &str) -> Self {
        self.shared_store = Some(
            crate::RedisStore::open(url)
                .map(|store| Arc::new(store) as Arc<dyn RateLimitStore>)
                .map_err(|e| e.to_string()),
        );
        self
    }

    /// What a call does when the shared store cannot answer within the store
    /// timeout: limit it with this process's own windows (default) or fail it.
    #[must_use]
    pub fn store_failure(mut self, policy: StoreFailure) -> Self {
        self.store_failure = policy;
        self
    }

    /// Longest wait for the shared store's answer (default 250 ms; never past the
    /// call's own deadline). A store that misses it counts as failed, and is left
    /// alone for a second before it is asked again.
    #[must_use]
    pub fn store_timeout(mut self, timeout: Duration) -> Self {
        self.store_timeout = Some(timeout);
        self
    }

    /// Most batches of one [`Client::call_batched`](crate::Client::call_batched) in flight at once (default 8).
    #[must_use]
    pub fn batch_concurrency(mut self, concurrency: usize) -> Self {
        self.batch_concurrency = Some(concurrency);
        self
    }

    /// Most bytes of one response body the client reads (default
    /// [`DEFAULT_MAX_RESPONSE_BYTES`]); a longer body fails the call with
    /// [`Error::Decode`](crate::Error::Decode).
    #[must_use]
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// Accept a plain `http://` base URL to another machine (default: refused, since
    /// every call carries the admin UserSig, valid for a day, in its query). Only for
    /// networks you trust, such as a TLS-terminating proxy on a private link.
    #[must_use]
    pub fn allow_insecure_http(mut self, yes: bool) -> Self {
        self.allow_insecure_http = yes;
        self
    }

    /// A builder configured from the environment: `TENCENT_CHAT_SDKAPPID`,
    /// `TENCENT_CHAT_SECRET_KEY`, `TENCENT_CHAT_ADMIN` (optional, default
    /// `administrator`), and one of `TENCENT_CHAT_REGION` (a region id such as
    /// `singapore`) or `TENCENT_CHAT_BASE_URL`; with the `redis` feature,
    /// `TENCENT_CHAT_REDIS_URL` (optional: the shared rate limiter) and
    /// `TENCENT_CHAT_REDIS_ON_FAILURE` (`fallback` or `fail`).
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|var| std::env::var(var).ok())
    }

    /// Like [`from_env`](Self::from_env), reading variables through `lookup`.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |var: &'static str| -> Option<String> {
            lookup(var)
                .map(|v| v.trim().to_owned())
                .filter(|v| !v.is_empty())
        };
        let app_id = get(ENV_SDKAPPID).ok_or(ConfigError::Env {
            var: ENV_SDKAPPID,
            reason: "not set".into(),
        })?;
        let app_id: u32 = app_id.parse().map_err(|_| ConfigError::Env {
            var: ENV_SDKAPPID,
            reason: format!("{app_id:?} is not an SDKAppID (a positive 32-bit integer)"),
        })?;
        // Never quote the key's value in an error.
        let key = get(ENV_SECRET_KEY).ok_or(ConfigError::Env {
            var: ENV_SECRET_KEY,
            reason: "not set".into(),
        })?;
        let admin = get(ENV_ADMIN).unwrap_or_else(|| DEFAULT_ADMIN.to_owned());
        let builder =
            ClientBuilder::default().credentials(Credentials::new(app_id, key).admin(admin));
        let builder = shared_from_env(builder, get(ENV_REDIS_URL), get(ENV_REDIS_ON_FAILURE))?;
        match (get(ENV_REGION), get(ENV_BASE_URL)) {
            (Some(_), Some(_)) => Err(ConfigError::Env {
                var: ENV_BASE_URL,
                reason: format!("set either {ENV_REGION} or {ENV_BASE_URL}, not both"),
            }),
            (None, None) => Err(ConfigError::Env {
                var: ENV_REGION,
                reason: format!("not set (nor {ENV_BASE_URL})"),
            }),
            (None, Some(url)) => Ok(builder.base_url(url)),
            (Some(id), None) => match Region::from_id(&id.to_ascii_lowercase()) {
                Some(region) => Ok(builder.region(region)),
                None => Err(ConfigError::Env {
                    var: ENV_REGION,
                    reason: format!(
                        "unknown region {id:?}; known: {}",
                        Region::ALL
                            .iter()
                            .map(|r| r.id())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                }),
            },
        }
    }

    /// The settings checked and their defaults filled in: what the client is made of.
    pub(crate) fn into_config(self) -> Result<Config, ConfigError> {
        let b = self;
        let credentials = b.credentials.ok_or(ConfigError::MissingCredentials)?;
        let base = b.base_url.ok_or(ConfigError::MissingEndpoint)?;
        let base = base.trim_end_matches('/').to_owned();
        let host = base
            .strip_prefix("https://")
            .or_else(|| base.strip_prefix("http://"));
        if host.is_none_or(|h| h.is_empty() || h.starts_with('/')) || base.contains(['?', '#']) {
            return Err(ConfigError::InvalidBaseUrl(base));
        }
        if !b.allow_insecure_http && is_remote_http(&base) {
            return Err(ConfigError::InsecureBaseUrl(base));
        }
        let connect_timeout = positive(
            "connect timeout",
            b.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT),
        )?;
        let attempt_timeout = positive(
            "timeout",
            b.attempt_timeout.unwrap_or(DEFAULT_ATTEMPT_TIMEOUT),
        )?;
        let call_timeout = positive(
            "call timeout",
            b.call_timeout.unwrap_or(DEFAULT_CALL_TIMEOUT),
        )?;
        let lifetime = b.usersig_lifetime.unwrap_or(DEFAULT_USERSIG_LIFETIME);
        if lifetime < Duration::from_secs(60) {
            return Err(ConfigError::InvalidSetting {
                what: "UserSig lifetime",
                reason: format!("{lifetime:?} is shorter than the 60 s minimum"),
            });
        }
        let max_response_bytes = b.max_response_bytes.unwrap_or(DEFAULT_MAX_RESPONSE_BYTES);
        if max_response_bytes == 0 {
            return Err(ConfigError::InvalidSetting {
                what: "maximum response size",
                reason: "must be more than zero".into(),
            });
        }
        let shared = match b.shared_store {
            None => None,
            Some(Err(reason)) => {
                return Err(ConfigError::InvalidSetting {
                    what: "shared rate-limit store",
                    reason,
                });
            }
            Some(Ok(store)) => Some(SharedLimits {
                store,
                on_failure: b.store_failure,
                timeout: positive(
                    "store timeout",
                    b.store_timeout.unwrap_or(DEFAULT_STORE_TIMEOUT),
                )?,
                retry_after_failure: DEFAULT_STORE_RETRY,
            }),
        };
        Ok(Config {
            credentials,
            base,
            connect_timeout,
            attempt_timeout,
            call_timeout,
            usersig_lifetime: lifetime,
            max_response_bytes,
            retry: b.retry.unwrap_or_default(),
            rate_limit: b.rate_limit,
            shared,
            batch_concurrency: b.batch_concurrency.unwrap_or(8).max(1),
        })
    }
}

/// A builder's settings, checked and with their defaults: what
/// [`ClientBuilder::build`] makes the client of.
pub(crate) struct Config {
    pub(crate) credentials: Credentials,
    /// Without a trailing slash.
    pub(crate) base: String,
    pub(crate) connect_timeout: Duration,
    pub(crate) attempt_timeout: Duration,
    pub(crate) call_timeout: Duration,
    pub(crate) usersig_lifetime: Duration,
    pub(crate) max_response_bytes: usize,
    pub(crate) retry: RetryPolicy,
    pub(crate) rate_limit: RateLimitMode,
    pub(crate) shared: Option<SharedLimits>,
    pub(crate) batch_concurrency: usize,
}

/// The shared rate limiter's variables.
fn shared_from_env(
    builder: ClientBuilder,
    url: Option<String>,
    on_failure: Option<String>,
) -> Result<ClientBuilder, ConfigError> {
    let builder = match on_failure
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None | Some("fallback") => builder.store_failure(StoreFailure::FallBack),
        Some("fail") => builder.store_failure(StoreFailure::Fail),
        Some(other) => {
            return Err(ConfigError::Env {
                var: ENV_REDIS_ON_FAILURE,
                reason: format!("{other:?} is neither `fallback` nor `fail`"),
            });
        }
    };
    let Some(url) = url else {
        return Ok(builder);
    };
    #[cfg(feature = "redis")]
    {
        // The URL may hold a password: never quote it.
        crate::RedisStore::open(&url)
            .map(|store| builder.shared_rate_limits(Arc::new(store)))
            .map_err(|e| ConfigError::Env {
                var: ENV_REDIS_URL,
                reason: e.to_string(),
            })
    }
    #[cfg(not(feature = "redis"))]
    {
        let _ = url;
        Err(ConfigError::Env {
            var: ENV_REDIS_URL,
            reason: "set, but tencent-chat was built without its `redis` feature".into(),
        })
    }
}

/// Whether a base URL (already checked to start with `http://` or `https://`) is
/// plain http to a host other than this machine.
fn is_remote_http(base: &str) -> bool {
    let Some(rest) = base.strip_prefix("http://") else {
        return false;
    };
    let authority = rest.split('/').next().unwrap_or_default();
    let authority = authority
        .rsplit_once('@')
        .map_or(authority, |(_, host)| host);
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => authority.split(':').next().unwrap_or_default(),
    };
    // An unspecified address (0.0.0.0, [::]) also connects to this machine.
    let local = host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback() || ip.is_unspecified());
    !local
}

/// Checks that a duration setting is positive.
pub(crate) fn positive(what: &'static str, d: Duration) -> Result<Duration, ConfigError> {
    if d.is_zero() {
        Err(ConfigError::InvalidSetting {
            what,
            reason: "must be more than zero".into(),
        })
    } else {
        Ok(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn lookup(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    #[test]
    fn only_plain_http_to_other_machines_is_remote() {
        for local in [
            "http://127.0.0.1:8080",
            "http://127.1.2.3",
            "http://localhost:1/prefix",
            "http://LOCALHOST",
            "http://[::1]:8080",
            "http://0.0.0.0:80",
            "http://user@127.0.0.1:1",
            "https://example.com",
            "https://192.0.2.1:443",
        ] {
            assert!(!is_remote_http(local), "{local}");
        }
        for remote in [
            "http://example.com",
            "http://192.0.2.1:8080",
            "http://[2001:db8::1]:80/x",
            "http://localhost.example.com",
            "http://127.0.0.1@example.com",
            "http://10.0.0.1",
        ] {
            assert!(is_remote_http(remote), "{remote}");
        }
    }

    #[test]
    fn environment_with_a_region() {
        let b = ClientBuilder::from_lookup(lookup(&[
            (ENV_SDKAPPID, "1400000000"),
            (ENV_SECRET_KEY, "k3y"),
            (ENV_REGION, "Singapore"),
        ]))
        .unwrap();
        let c = b.credentials.as_ref().unwrap();
        assert_eq!(c.app_id(), 1_400_000_000);
        assert_eq!(c.admin_identifier(), "administrator");
        assert_eq!(b.base_url.as_deref(), Some(Region::Singapore.base_url()));
    }

    #[test]
    fn environment_with_a_base_url_and_admin() {
        let b = ClientBuilder::from_lookup(lookup(&[
            (ENV_SDKAPPID, "1400000001"),
            (ENV_SECRET_KEY, "k3y"),
            (ENV_ADMIN, "ops"),
            (ENV_BASE_URL, "http://127.0.0.1:8080"),
        ]))
        .unwrap();
        assert_eq!(b.credentials.as_ref().unwrap().admin_identifier(), "ops");
        assert!(b.build().is_ok());
    }

    #[test]
    fn bad_environments_are_named() {
        let err = |vars: &[(&str, &str)]| {
            ClientBuilder::from_lookup(lookup(vars))
                .unwrap_err()
                .to_string()
        };
        assert!(err(&[]).contains(ENV_SDKAPPID));
        let e = err(&[(ENV_SDKAPPID, "abc"), (ENV_SECRET_KEY, "sekrit")]);
        assert!(e.contains("\"abc\" is not an SDKAppID"), "{e}");
        let e = err(&[(ENV_SDKAPPID, "1")]);
        assert!(e.contains(ENV_SECRET_KEY) && e.contains("not set"), "{e}");
        let e = err(&[(ENV_SDKAPPID, "1"), (ENV_SECRET_KEY, "sekrit")]);
        assert!(e.contains(ENV_REGION) && !e.contains("sekrit"), "{e}");
        let e = err(&[
            (ENV_SDKAPPID, "1"),
            (ENV_SECRET_KEY, "sekrit"),
            (ENV_REGION, "mars"),
        ]);
        assert!(
            e.contains("unknown region \"mars\"") && e.contains("singapore"),
            "{e}"
        );
        let e = err(&[
            (ENV_SDKAPPID, "1"),
            (ENV_SECRET_KEY, "sekrit"),
            (ENV_REGION, "singapore"),
            (ENV_BASE_URL, "http://127.0.0.1:1"),
        ]);
        assert!(e.contains("not both"), "{e}");
    }
}
