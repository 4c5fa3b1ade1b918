//! Type-erased operations on every endpoint's types through JSON values, for tools
//! that drive the registry without knowing the types (the conformance harness, the
//! emulator). The operations exist with the crate's `hooks` feature.

use std::fmt::Debug;
use std::future::Future;
use std::pin::Pin;

#[cfg(feature = "hooks")]
use serde::Serialize;
#[cfg(feature = "hooks")]
use serde::de::DeserializeOwned;
use serde_json::Value;

#[cfg(feature = "hooks")]
use crate::client::{CallOptions, Client};
use crate::endpoint::{Endpoint, EndpointError};
use crate::error::Error;
#[cfg(feature = "hooks")]
use crate::validate::HookError;
use crate::validate::ValidationError;

/// Operations on an endpoint's types through JSON values, for tools that do not know
/// the types (the conformance harness, the emulator). Its operations exist with the
/// crate's `hooks` feature; without it the value is empty and costs nothing to build.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub struct EndpointHooks {
    /// Decodes a request body into the typed request and encodes it again.
    #[cfg(feature = "hooks")]
    pub reencode_request: fn(&Value) -> Result<Value, String>,
    /// Decodes a request body and checks its documented limits.
    #[cfg(feature = "hooks")]
    pub validate_request: fn(&Value) -> Result<(), HookError>,
    /// Decodes a response body (the endpoint's fields) and encodes it again.
    #[cfg(feature = "hooks")]
    pub reencode_response: fn(&Value) -> Result<Value, String>,
    /// The JSON Schema of the request type.
    #[cfg(feature = "hooks")]
    pub request_schema: fn() -> schemars::Schema,
    /// The JSON Schema of the response type.
    #[cfg(feature = "hooks")]
    pub response_schema: fn() -> schemars::Schema,
    /// Decodes a request body into the typed request, sends it with
    /// [`Client::call_with`] and these options, and encodes the typed response again;
    /// a failed call comes back as a [`CallFailure`]. The same path as a typed call,
    /// for tools that drive every endpoint of the registry (the conformance harness,
    /// recorders).
    #[cfg(feature = "hooks")]
    pub call: for<'a> fn(&'a Client, Value, CallOptions) -> CallFuture<'a>,
}

/// The future of `call` of [`EndpointHooks`] (`hooks` feature).
pub type CallFuture<'a> = Pin<Box<dyn Future<Output = Result<Value, CallFailure>> + Send + 'a>>;

/// How a call through `call` of [`EndpointHooks`] failed: [`Error`] without the
/// endpoint's error type.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CallFailure {
    /// The JSON body does not decode into the request type; nothing was sent.
    #[error("the body is not a request of this endpoint: {0}")]
    BadInput(String),
    /// [`Error::InvalidRequest`]: a documented limit is broken; nothing was sent.
    #[error("request refused before sending: {0}")]
    Refused(ValidationError),
    /// [`Error::Service`]: the service answered an error code.
    #[error("the service answered {code} ({name})")]
    Service {
        /// The numeric code.
        code: i64,
        /// The variant of the endpoint's error enum (`GroupNotFound`, `Unknown`, or the
        /// public code's name).
        name: &'static str,
        /// Whether the typed error says a retry can succeed.
        retryable: bool,
        /// The service's ErrorInfo text.
        info: String,
        /// The service's ErrorDisplay text, if sent.
        display: Option<String>,
    },
    /// [`Error::HttpStatus`]: an HTTP status other than the service's.
    #[error("HTTP status {status}")]
    HttpStatus {
        /// The status code.
        status: u16,
        /// The start of the body.
        excerpt: String,
    },
    /// [`Error::Decode`]: the body is not what the spec describes.
    #[error("undecodable response: {message}")]
    Undecodable {
        /// What was wrong.
        message: String,
    },
    /// Any other failure (transport, timeout), as the typed error displays it.
    #[error("{0}")]
    Other(String),
}

impl<E: EndpointError> From<Error<E>> for CallFailure {
    fn from(error: Error<E>) -> Self {
        match error {
            Error::InvalidRequest { source, .. } => CallFailure::Refused(*source),
            Error::Service(e) => CallFailure::Service {
                code: e.kind.code(),
                name: e.kind.name(),
                retryable: e.kind.is_retryable(),
                info: e.info,
                display: e.display,
            },
            Error::HttpStatus {
                status, excerpt, ..
            } => CallFailure::HttpStatus { status, excerpt },
            Error::Decode { message, .. } => CallFailure::Undecodable { message },
            other => CallFailure::Other(other.to_string()),
        }
    }
}

impl Debug for EndpointHooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EndpointHooks")
    }
}

impl EndpointHooks {
    /// The hooks of the endpoint whose request type is `R`.
    #[cfg(feature = "hooks")]
    pub const fn of<R: Endpoint + DeserializeOwned + schemars::JsonSchema>() -> Self
    where
        R::Response: schemars::JsonSchema,
    {
        EndpointHooks {
            reencode_request: reencode::<R>,
            validate_request: validate::<R>,
            reencode_response: reencode::<R::Response>,
            request_schema: schema::<R>,
            response_schema: schema::<R::Response>,
            call: call::<R>,
        }
    }

    /// Without the `hooks` feature: nothing.
    #[cfg(not(feature = "hooks"))]
    pub const fn of<R: Endpoint>() -> Self {
        EndpointHooks {}
    }
}

/// Decodes `value` as a `T` and encodes it again (endpoint and callback hooks).
#[cfg(feature = "hooks")]
pub(crate) fn reencode<T: Serialize + DeserializeOwned>(value: &Value) -> Result<Value, String> {
    let typed: T = serde_json::from_value(value.clone()).map_err(|e| e.to_string())?;
    serde_json::to_value(&typed).map_err(|e| e.to_string())
}

#[cfg(feature = "hooks")]
fn validate<R: Endpoint + DeserializeOwned>(value: &Value) -> Result<(), HookError> {
    // Decoded from the borrowed value: no copy of the body (the emulator runs this on
    // every call).
    let typed = R::deserialize(value).map_err(|e| HookError::Decode(e.to_string()))?;
    typed.validate().map_err(HookError::Invalid)
}

/// The JSON Schema of `T` (endpoint and callback hooks).
#[cfg(feature = "hooks")]
pub(crate) fn schema<T: schemars::JsonSchema>() -> schemars::Schema {
    schemars::schema_for!(T)
}

#[cfg(feature = "hooks")]
fn call<R: Endpoint + DeserializeOwned>(
    client: &Client,
    body: Value,
    options: CallOptions,
) -> CallFuture<'_> {
    Box::pin(async move {
        let request: R =
            serde_json::from_value(body).map_err(|e| CallFailure::BadInput(e.to_string()))?;
        let response = client.call_with(&request, &options).await?;
        serde_json::to_value(&response)
            .map_err(|e| CallFailure::Other(format!("cannot encode the response: {e}")))
    })
}
