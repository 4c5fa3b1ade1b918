//! The client: credentials, configuration and the call path.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use zeroize::Zeroizing;

use crate::endpoint::{Endpoint, EndpointError};
use crate::error::{Error, ServiceError, excerpt};
use crate::usersig::{self, UserSig};
use crate::{__envelope, Region};

/// The admin identifier used when none is given.
pub const DEFAULT_ADMIN: &str = "administrator";

/// An app's credentials. The secret key never appears in `Debug` output and is wiped
/// from memory on drop.
#[derive(Clone)]
pub struct Credentials {
    app_id: u32,
    admin: String,
    secret_key: Zeroizing<String>,
}

impl Credentials {
    /// Credentials of app `app_id` (SDKAppID), calling as the default admin
    /// (`administrator`).
    pub fn new(app_id: u32, secret_key: impl Into<String>) -> Self {
        Credentials {
            app_id,
            admin: DEFAULT_ADMIN.to_owned(),
            secret_key: Zeroizing::new(secret_key.into()),
        }
    }

    /// Calls as another admin account.
    #[must_use]
    pub fn admin(mut self, admin: impl Into<String>) -> Self {
        self.admin = admin.into();
        self
    }

    /// The SDKAppID.
    pub fn app_id(&self) -> u32 {
        self.app_id
    }

    /// The admin identifier.
    pub fn admin_identifier(&self) -> &str {
        &self.admin
    }

    /// Signs a UserSig for the admin, issued at `time` (Unix seconds), valid `expire` seconds.
    pub fn sign(&self, time: u64, expire: u64) -> UserSig {
        usersig::sign(
            self.secret_key.as_bytes(),
            self.app_id,
            &self.admin,
            time,
            expire,
        )
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("app_id", &self.app_id)
            .field("admin", &self.admin)
            .field("secret_key", &"<redacted>")
            .finish()
    }
}

/// Why a client could not be built.
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
    /// The HTTP client could not be built.
    #[error("cannot build the HTTP client: {0}")]
    Http(#[source] reqwest::Error),
}

/// Builds a [`Client`].
#[derive(Debug, Default)]
pub struct ClientBuilder {
    credentials: Option<Credentials>,
    base_url: Option<String>,
    timeout: Option<Duration>,
    connect_timeout: Option<Duration>,
    usersig_lifetime: Option<Duration>,
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

    /// A custom base URL: a proxy, the emulator, a test server.
    #[must_use]
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Time limit of one HTTP attempt (default 5 s; the service's own is 3 s).
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Time limit of establishing a connection (default 2 s).
    #[must_use]
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// Validity of the UserSigs the client signs (default 1 day).
    #[must_use]
    pub fn usersig_lifetime(mut self, lifetime: Duration) -> Self {
        self.usersig_lifetime = Some(lifetime);
        self
    }

    /// Builds the client.
    pub fn build(self) -> Result<Client, ConfigError> {
        let credentials = self.credentials.ok_or(ConfigError::MissingCredentials)?;
        let base = self.base_url.ok_or(ConfigError::MissingEndpoint)?;
        let base = base.trim_end_matches('/').to_owned();
        if !(base.starts_with("http://") || base.starts_with("https://"))
            || base.len() <= "https://".len()
        {
            return Err(ConfigError::InvalidBaseUrl(base));
        }
        let http = reqwest::Client::builder()
            .connect_timeout(self.connect_timeout.unwrap_or(Duration::from_secs(2)))
            .timeout(self.timeout.unwrap_or(Duration::from_secs(5)))
            .pool_idle_timeout(Duration::from_secs(60))
            .build()
            .map_err(ConfigError::Http)?;
        Ok(Client {
            inner: Arc::new(Inner {
                credentials,
                base,
                http,
                usersig_lifetime: self.usersig_lifetime.unwrap_or(Duration::from_secs(86_400)),
                usersig: std::sync::Mutex::new(None),
            }),
        })
    }
}

struct Inner {
    credentials: Credentials,
    base: String,
    http: reqwest::Client,
    usersig_lifetime: Duration,
    usersig: std::sync::Mutex<Option<(UserSig, u64)>>,
}

/// A client of the Tencent Cloud Chat REST API. Cheap to clone: clones share one
/// connection pool and one UserSig.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("credentials", &self.inner.credentials)
            .field("base_url", &self.inner.base)
            .finish_non_exhaustive()
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Client {
    /// A builder.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The base URL calls go to.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    /// The current UserSig, signed anew when none exists or the current one has used
    /// up most of its lifetime.
    fn usersig(&self) -> UserSig {
        let now = unix_now();
        let lifetime = self.inner.usersig_lifetime.as_secs().max(60);
        let mut slot = self
            .inner
            .usersig
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((sig, issued)) = slot.as_ref()
            && now < issued + lifetime * 9 / 10
        {
            return sig.clone();
        }
        let sig = self.inner.credentials.sign(now, lifetime);
        *slot = Some((sig.clone(), now));
        sig
    }

    /// Calls the endpoint of `request`: validates it, sends it, and decodes the answer.
    pub async fn call<R: Endpoint>(&self, request: &R) -> Result<R::Response, Error<R::Error>> {
        let info = R::INFO;
        let endpoint = info.path;
        request.validate().map_err(|source| Error::InvalidRequest {
            endpoint,
            source: Box::new(source),
        })?;
        let body = serde_json::to_vec(request).map_err(|e| Error::Decode {
            endpoint,
            message: format!("cannot encode the request: {e}"),
            excerpt: String::new(),
        })?;
        let q = __envelope::QUERY;
        let usersig = self.usersig();
        let random = fastrand::u32(..);
        let app_id = self.inner.credentials.app_id.to_string();
        let random_s = random.to_string();
        let mut query: Vec<(&str, &str)> = vec![
            (q.app_id, &app_id),
            (q.identifier, &self.inner.credentials.admin),
            (q.signature, usersig.expose()),
            (q.nonce, &random_s),
        ];
        query.extend(q.fixed.iter().copied());
        let url = format!("{}/{}", self.inner.base, info.path);
        tracing::debug!(endpoint, random, "calling");
        let method = reqwest::Method::from_bytes(__envelope::METHOD.as_bytes())
            .unwrap_or(reqwest::Method::POST);
        let response = self
            .inner
            .http
            .request(method, &url)
            .query(&query)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| transport::<R::Error>(endpoint, e))?;
        let status = response.status().as_u16();
        let bytes = response
            .bytes()
            .await
            .map_err(|e| transport::<R::Error>(endpoint, e))?;
        if status != __envelope::HTTP_STATUS {
            return Err(Error::HttpStatus {
                endpoint,
                status,
                excerpt: excerpt(&bytes, 200),
            });
        }
        decode::<R>(endpoint, &bytes)
    }
}

fn transport<E: EndpointError>(endpoint: &'static str, e: reqwest::Error) -> Error<E> {
    if e.is_timeout() {
        Error::Timeout { endpoint }
    } else {
        // The URL holds the UserSig: never keep it in an error.
        Error::Transport {
            endpoint,
            source: e.without_url(),
        }
    }
}

/// Decodes a response body: the envelope first, then the endpoint's fields.
fn decode<R: Endpoint>(
    endpoint: &'static str,
    bytes: &[u8],
) -> Result<R::Response, Error<R::Error>> {
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| Error::Decode {
        endpoint,
        message: e.to_string(),
        excerpt: excerpt(bytes, 200),
    })?;
    let envelope: __envelope::ResponseEnvelope =
        serde_json::from_value(value.clone()).map_err(|e| Error::Decode {
            endpoint,
            message: format!("bad envelope: {e}"),
            excerpt: excerpt(bytes, 200),
        })?;
    let code = envelope.code();
    if code != 0 {
        return Err(Error::Service(ServiceError {
            endpoint,
            kind: <R::Error as EndpointError>::from_code(code),
            info: envelope.info().unwrap_or_default().to_owned(),
            display: envelope.display().map(str::to_owned),
        }));
    }
    serde_json::from_value(value).map_err(|e| Error::Decode {
        endpoint,
        message: e.to_string(),
        excerpt: excerpt(bytes, 200),
    })
}
