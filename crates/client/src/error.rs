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
    #[error("{endpoint}: transport error: {source}")]
    Transport {
        /// The endpoint's path.
        endpoint: &'static str,
        /// The cause (its URL, which holds the UserSig, is removed).
        #[source]
        source: reqwest::Error,
    },
    /// No response in time.
    #[error("{endpoint}: timed out")]
    Timeout {
        /// The endpoint's path.
        endpoint: &'static str,
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
