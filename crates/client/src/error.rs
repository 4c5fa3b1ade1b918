//! The one error type of calls.

use std::fmt;

use crate::ErrorCode;
use crate::endpoint::{EndpointError, EndpointInfo, Retryability};
use crate::validate::ValidationError;

/// An error the service answered with (ErrorCode not 0).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceError<E> {
    /// The endpoint's path.
    pub endpoint: &'static str,
    /// The typed code.
    pub kind: E,
    /// The service's ErrorInfo text.
    pub info: String,
    /// The service's ErrorDisplay text, if sent.
    pub display: Option<String>,
}

impl<E: EndpointError> fmt::Display for ServiceError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} answered {}", self.endpoint, self.kind)?;
        if !self.info.is_empty() {
            write!(f, " (ErrorInfo: {})", EscapeControl(&self.info))?;
        }
        Ok(())
    }
}

/// Why a call failed. `E` is the endpoint's typed error codes.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E: EndpointError> {
    /// The request breaks a documented limit; nothing was sent.
    #[error("{endpoint}: request refused before sending: {source}")]
    InvalidRequest {
        /// The endpoint's path.
        endpoint: &'static str,
        /// Which field, which limit.
        #[source]
        source: Box<ValidationError>,
    },
    /// The service answered with an error code.
    #[error("{0}")]
    Service(ServiceError<E>),
    /// The request could not be sent or the response not received.
    #[error("{endpoint}: transport error ({}): {source}", if *maybe_sent { "the request may have reached the service" } else { "nothing was sent" })]
    Transport {
        /// The endpoint's path.
        endpoint: &'static str,
        /// False when the connection failed before the request left (safe to send
        /// again); true when it broke later (the service may have acted on it).
        maybe_sent: bool,
        /// The cause (without the URL, which holds the UserSig).
        #[source]
        source: TransportError,
    },
    /// No response in time: the attempt's timeout or the whole call's deadline passed.
    /// The service may have acted on the request.
    #[error("{endpoint}: timed out after {elapsed:?}")]
    Timeout {
        /// The endpoint's path.
        endpoint: &'static str,
        /// Time spent on the call, retries included.
        elapsed: std::time::Duration,
    },
    /// The client-side rate limit of the endpoint (from its spec) has no free slot,
    /// and the call was told not to wait, or waiting would pass its deadline.
    /// Nothing was sent.
    #[error(
        "{endpoint}: client-side rate limit of {per_second} calls/s reached; next slot in {retry_after:?}"
    )]
    RateLimited {
        /// The endpoint's path.
        endpoint: &'static str,
        /// The endpoint's documented rate.
        per_second: u32,
        /// When a slot frees up.
        retry_after: std::time::Duration,
    },
    /// A quota of the endpoint beyond its rate (a rate per group, a daily allowance,
    /// a minimum interval; [`EndpointInfo::rate_quotas`](crate::EndpointInfo::rate_quotas))
    /// has no free slot, and the call was told not to wait, or waiting would pass its
    /// deadline. Nothing was sent; the service would have answered `quota.code`.
    #[error(
        "{endpoint}: client-side quota {quota:?} reached (the service answers {code}); next slot in {retry_after:?}",
        code = quota.code
    )]
    QuotaExceeded {
        /// The endpoint's path.
        endpoint: &'static str,
        /// The quota that has no free slot.
        quota: crate::endpoint::RateQuota,
        /// When a slot frees up.
        retry_after: std::time::Duration,
    },
    /// The shared rate-limit store (`ClientBuilder::shared_rate_limits`) could not
    /// answer in time and the client is set to fail calls then
    /// ([`StoreFailure::Fail`](crate::StoreFailure::Fail)). Nothing was sent.
    #[error("{endpoint}: shared rate limit unavailable: {source}")]
    RateLimitStore {
        /// The endpoint's path.
        endpoint: &'static str,
        /// What went wrong with the store.
        #[source]
        source: crate::ratelimit::StoreError,
    },
    /// An HTTP status other than the service's 200, e.g. 502 from a gateway.
    #[error("{endpoint}: HTTP status {status}: {excerpt}")]
    HttpStatus {
        /// The endpoint's path.
        endpoint: &'static str,
        /// The status code.
        status: u16,
        /// The start of the body.
        excerpt: String,
    },
    /// The body is not the JSON the spec describes.
    #[error("{endpoint}: undecodable response ({message}): {excerpt}")]
    Decode {
        /// The endpoint's path.
        endpoint: &'static str,
        /// What was wrong.
        message: String,
        /// The start of the body.
        excerpt: String,
    },
}

impl<E: EndpointError> Error<E> {
    /// The service's typed error, if the service answered with one.
    pub fn service(&self) -> Option<&ServiceError<E>> {
        match self {
            Error::Service(e) => Some(e),
            _ => None,
        }
    }

    /// The service's error code, if it answered with one.
    pub fn code(&self) -> Option<ErrorCode> {
        self.service().map(ServiceError::code)
    }

    /// The endpoint's path.
    pub fn endpoint(&self) -> &'static str {
        match self {
            Error::InvalidRequest { endpoint, .. }
            | Error::Transport { endpoint, .. }
            | Error::Timeout { endpoint, .. }
            | Error::RateLimited { endpoint, .. }
            | Error::QuotaExceeded { endpoint, .. }
            | Error::RateLimitStore { endpoint, .. }
            | Error::HttpStatus { endpoint, .. }
            | Error::Decode { endpoint, .. } => endpoint,
            Error::Service(e) => e.endpoint,
        }
    }

    /// Whether the request certainly did not reach the service: refused before
    /// sending, rate limited locally, or the connection failed.
    pub fn is_unsent(&self) -> bool {
        matches!(
            self,
            Error::InvalidRequest { .. }
                | Error::RateLimited { .. }
                | Error::QuotaExceeded { .. }
                | Error::RateLimitStore { .. }
                | Error::Transport {
                    maybe_sent: false,
                    ..
                }
        )
    }

    /// A short name of the kind of failure, for logs and metrics.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Error::InvalidRequest { .. } => "invalid_request",
            Error::Service(_) => "service",
            Error::Transport { .. } => "transport",
            Error::Timeout { .. } => "timeout",
            Error::RateLimited { .. } => "rate_limited",
            Error::QuotaExceeded { .. } => "quota_exceeded",
            Error::RateLimitStore { .. } => "rate_limit_store",
            Error::HttpStatus { .. } => "http_status",
            Error::Decode { .. } => "decode",
        }
    }
}

impl Error<RawCode> {
    /// The same error with the endpoint's typed code.
    pub(crate) fn retype<E: EndpointError>(self) -> Error<E> {
        match self {
            Error::InvalidRequest { endpoint, source } => {
                Error::InvalidRequest { endpoint, source }
            }
            Error::Service(e) => Error::Service(ServiceError {
                endpoint: e.endpoint,
                kind: E::from_code(e.kind.code()),
                info: e.info,
                display: e.display,
            }),
            Error::Transport {
                endpoint,
                maybe_sent,
                source,
            } => Error::Transport {
                endpoint,
                maybe_sent,
                source,
            },
            Error::Timeout { endpoint, elapsed } => Error::Timeout { endpoint, elapsed },
            Error::RateLimited {
                endpoint,
                per_second,
                retry_after,
            } => Error::RateLimited {
                endpoint,
                per_second,
                retry_after,
            },
            Error::QuotaExceeded {
                endpoint,
                quota,
                retry_after,
            } => Error::QuotaExceeded {
                endpoint,
                quota,
                retry_after,
            },
            Error::RateLimitStore { endpoint, source } => {
                Error::RateLimitStore { endpoint, source }
            }
            Error::HttpStatus {
                endpoint,
                status,
                excerpt,
            } => Error::HttpStatus {
                endpoint,
                status,
                excerpt,
            },
            Error::Decode {
                endpoint,
                message,
                excerpt,
            } => Error::Decode {
                endpoint,
                message,
                excerpt,
            },
        }
    }
}

impl<E: EndpointError> ServiceError<E> {
    /// Whether the specs mark the code retryable (the same request can succeed later),
    /// whichever the kind; see [`retryability`](Self::retryability).
    pub fn is_retryable(&self) -> bool {
        self.kind.is_retryable()
    }

    /// What the specs say of sending the request again: not retryable, refused before
    /// the service acted (always retried), or failed with an unknown outcome (retried
    /// only for calls safe to repeat).
    pub fn retryability(&self) -> Retryability {
        self.kind.retryability()
    }

    /// Whether the service may have acted on the request before answering this code
    /// (an internal error or a backend timeout): the call may have taken effect.
    pub fn outcome_unknown(&self) -> bool {
        self.kind.retryability().outcome_unknown()
    }

    /// The code in the catalog-wide [`ErrorCode`], whichever endpoint answered it:
    /// `match e.code() { ErrorCode::GroupNotFound => ..., _ => ... }`. The endpoint's
    /// own enum, with the endpoint's wording, is [`kind`](Self::kind).
    pub fn code(&self) -> ErrorCode {
        ErrorCode::from_code(self.kind.code())
    }
}

/// What kind of transport failure a [`TransportError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// The connection (TCP, TLS) could not be made: nothing was sent.
    Connect,
    /// The request could not be sent, or the connection broke before a response.
    Request,
    /// The response body could not be read to its end.
    Body,
    /// The HTTP client could not be set up.
    Setup,
    /// Anything else.
    Other,
}

/// The cause of a transport failure, independent of the HTTP library underneath:
/// its kind, a description, and the library's error (without the URL, which holds the
/// UserSig) as [`source`](std::error::Error::source).
#[derive(Debug)]
pub struct TransportError {
    kind: TransportErrorKind,
    source: Box<dyn std::error::Error + Send + Sync>,
}

impl TransportError {
    pub(crate) fn from_reqwest(error: reqwest::Error) -> TransportError {
        let kind = if error.is_connect() {
            TransportErrorKind::Connect
        } else if error.is_body() || error.is_decode() {
            TransportErrorKind::Body
        } else if error.is_builder() {
            TransportErrorKind::Setup
        } else if error.is_request() {
            TransportErrorKind::Request
        } else {
            TransportErrorKind::Other
        };
        TransportError {
            kind,
            // The URL holds the UserSig: never keep it.
            source: Box::new(error.without_url()),
        }
    }

    /// What kind of failure it is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// Whether the connection could not be made (nothing was sent).
    pub fn is_connect(&self) -> bool {
        self.kind == TransportErrorKind::Connect
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportErrorKind::Connect => "cannot connect",
            TransportErrorKind::Request => "request failed",
            TransportErrorKind::Body => "cannot read the response body",
            TransportErrorKind::Setup => "cannot set up the HTTP client",
            TransportErrorKind::Other => "transport failure",
        };
        // The innermost cause says what happened ("Connection refused"); the
        // library's own text ("error sending request") rarely does. The whole chain
        // stays reachable through `source`.
        let mut root: &(dyn std::error::Error + 'static) = &*self.source;
        while let Some(cause) = root.source() {
            root = cause;
        }
        write!(f, "{what}: {root}")
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.source)
    }
}

/// What replaces the UserSig wherever the service echoes it back.
pub(crate) const REDACTED: &str = "<redacted>";

/// `text` with every occurrence of `secret` replaced by [`REDACTED`].
pub(crate) fn redact(text: &str, secret: &str) -> String {
    if secret.is_empty() || !text.contains(secret) {
        text.to_owned()
    } else {
        text.replace(secret, REDACTED)
    }
}

/// Displays a text with its control characters escaped, so that a body cannot move
/// the cursor or forge log lines.
pub(crate) struct EscapeControl<'a>(pub(crate) &'a str);

impl fmt::Display for EscapeControl<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_default())?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// The first `max` characters of a body, for error messages: decoded from a prefix of
/// the body only, with every occurrence of `secret` (the UserSig) replaced and
/// control characters escaped.
pub(crate) fn excerpt(body: &[u8], max: usize, secret: &str) -> String {
    // A character takes at most 4 bytes; look `secret.len()` further so that a
    // UserSig that starts within the excerpt is replaced whole, never cut.
    let window = max.saturating_mul(4).saturating_add(secret.len());
    let prefix = &body[..body.len().min(window)];
    let text = redact(&String::from_utf8_lossy(prefix), secret);
    let mut out = String::new();
    let mut chars = text.chars();
    for c in chars.by_ref().take(max) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if chars.next().is_some() || prefix.len() < body.len() {
        out.push('…');
    }
    out
}

/// An error code before it is typed: the code, and what the endpoint's error enum
/// says of it. The call path works with it so that it is compiled once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RawCode {
    code: i64,
    name: &'static str,
    retry: Retryability,
}

impl RawCode {
    pub(crate) fn of(info: &EndpointInfo, code: i64) -> RawCode {
        let (name, retry) = (info.classify_error)(code);
        RawCode { code, name, retry }
    }
}

impl fmt::Display for RawCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.code, self.name)
    }
}

impl EndpointError for RawCode {
    fn from_code(code: i64) -> Self {
        RawCode {
            code,
            name: "Unknown",
            retry: Retryability::No,
        }
    }
    fn code(&self) -> i64 {
        self.code
    }
    fn retryability(&self) -> Retryability {
        self.retry
    }
    fn name(&self) -> &'static str {
        self.name
    }
    fn description(&self) -> &'static str {
        ""
    }
}

/// `(variant name, retryability)` of an error code, as the error enum `E` sees it:
/// what [`EndpointInfo::classify_error`](crate::EndpointInfo::classify_error) holds.
#[doc(hidden)]
pub fn classify<E: EndpointError>(code: i64) -> (&'static str, Retryability) {
    let e = E::from_code(code);
    (e.name(), e.retryability())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_are_short_escaped_and_never_hold_the_secret() {
        assert_eq!(excerpt(b"short", 200, "sig"), "short");
        assert_eq!(excerpt("né".as_bytes(), 1, ""), "n…");
        let body = format!("{}{}", "x".repeat(10), "y".repeat(10_000_000));
        let e = excerpt(body.as_bytes(), 20, "");
        assert_eq!(e, format!("{}{}…", "x".repeat(10), "y".repeat(10)));
        assert_eq!(excerpt(b"a\nb\x1b[31mc\r", 200, ""), "a\\nb\\u{1b}[31mc\\r");
        // The secret is replaced even where the cut would fall inside it.
        let secret = "eJwsecretUserSig0123456789";
        let body = format!("usersig={secret}&x=1");
        let e = excerpt(body.as_bytes(), 12, secret);
        assert!(!e.contains("eJws"), "{e}");
        assert!(e.starts_with("usersig=<red"), "{e}");
        let e = excerpt(body.as_bytes(), 200, secret);
        assert_eq!(e, "usersig=<redacted>&x=1");
    }

    #[test]
    fn control_characters_are_escaped_in_displayed_texts() {
        assert_eq!(EscapeControl("a\u{7}b\tc é").to_string(), "a\\u{7}b\\tc é");
    }
}
