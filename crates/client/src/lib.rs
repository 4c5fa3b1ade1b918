//! Typed async client for the Tencent Cloud Chat (Tencent IM) server REST API.
//!
//! Every endpoint is generated from a JSON spec under `specs/`: a request type with
//! its documented limits, a response type, an error enum, metadata, and a method on
//! [`Client`].
//!
//! ```no_run
//! use tencent_chat::{Client, Credentials, Region};
//! use tencent_chat::group_open_http_svc::{DeleteGroupMemberRequest, DeleteGroupMemberSilence};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! let client = Client::builder()
//!     .credentials(Credentials::new(1400000000, "secret key"))
//!     .region(Region::Singapore)
//!     .build()?;
//! let request = DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", ["tommy", "jared"])
//!     .silence(DeleteGroupMemberSilence::Silent);
//! client.delete_group_member(&request).await?;
//! # Ok(()) }
//! ```
#![deny(missing_docs)]

pub mod batch;
mod client;
mod config;
mod credentials;
mod endpoint;
mod error;
mod ratelimit;
mod retry;
pub mod usersig;
mod validate;
mod wire;

pub use batch::{Batch, BatchResult};
pub use client::{CallOptions, Client, ClientStats};
pub use config::{
    ClientBuilder, ConfigError, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT,
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_USERSIG_LIFETIME, ENV_ADMIN, ENV_BASE_URL, ENV_REGION,
    ENV_SDKAPPID, ENV_SECRET_KEY,
};
pub use credentials::{Credentials, DEFAULT_ADMIN};
pub use endpoint::{
    BatchField, CallFailure, CallFuture, Endpoint, EndpointError, EndpointHooks, EndpointInfo,
    ErrorCodeInfo, GroupTypeRule, GroupTypeSupport, HookError, InvalidRequestField, QueryNames,
};
pub use error::{Error, ServiceError};
pub use ratelimit::RateLimitMode;
pub use retry::RetryPolicy;
pub use validate::{FieldPath, Limit, Validate, ValidationError};
pub use wire::StrInt;

/// Items the generated code names; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::validate::{check_bytes, check_entries, check_float, check_int, check_items};
    pub use crate::wire::AsI128;
    pub use schemars;
    pub use serde;
    pub use serde_json;
}

tencent_chat_macros::generate!("../specs");
