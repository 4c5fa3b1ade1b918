//! The one error type of calls.

use std::fmt;

use crate::endpoint::EndpointError;
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
            write!(f, " (ErrorInfo: {})", self.info)?;
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
        /// The cause (its URL, which holds the UserSig, is removed).
        #[source]
        source: reqwest::Error,
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
    pub fn code(&self) -> Option<i64> {
        self.service().map(|e| e.kind.code())
    }

    /// The endpoint's path.
    pub fn endpoint(&self) -> &'static str {
        match self {
            Error::InvalidRequest { endpoint, .. }
            | Error::Transport { endpoint, .. }
            | Error::Timeout { endpoint, .. }
            | Error::RateLimited { endpoint, .. }
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
            Error::HttpStatus { .. } => "http_status",
            Error::Decode { .. } => "decode",
        }
    }
}

impl<E: EndpointError> ServiceError<E> {
    /// Whether the specs mark the code retryable (the same request can succeed later).
    pub fn is_retryable(&self) -> bool {
        self.kind.is_retryable()
    }

    /// The numeric code.
    pub fn code(&self) -> i64 {
        self.kind.code()
    }
}

/// The first `max` characters of a body, for error messages.
pub(crate) fn excerpt(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}
