//! Typed async client for the Tencent Cloud Chat (Tencent IM) server REST API.
//!
//! Every endpoint is generated from a JSON spec under `specs/`: a request type with
//! its documented limits, a response type, an error enum, metadata, and a method on
//! [`Client`].
//!
//! This example runs as it stands: it starts the project's emulator of the service
//! (`tencent-chat-emulator`, a local HTTP server) and points the client at it. Against
//! the real service, build the client with your app's credentials and region instead,
//! or from the `TENCENT_CHAT_*` environment variables:
//! `Client::builder().credentials(Credentials::new(sdkappid, key)).region(Region::Singapore)`,
//! or `Client::from_env()`.
//!
//! ```
//! use tencent_chat::{CallOptions, Client, Error, ErrorCode, Limit};
//! use tencent_chat::group_open_http_svc::DeleteGroupMemberRequest;
//! use tencent_chat::types::{GroupType, Silence};
//! use tencent_chat_emulator::{Emulator, Group};
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! // A local emulator with one Public group of three members.
//! let emulator = Emulator::start().await?;
//! emulator.with_state(|s| {
//!     s.add_accounts(["owner", "tommy", "jared", "rose"]);
//!     s.add_group("@TGS#2J4SZEAEL", Group::new(GroupType::Public)
//!         .owner("owner")
//!         .members(["tommy", "jared", "rose"]));
//! });
//!
//! let client = Client::builder()
//!     .credentials(emulator.credentials())   // SDKAppID, admin, secret key
//!     .base_url(emulator.base_url())         // or .region(Region::Singapore)
//!     .build()?;
//!
//! // Remove two members without notifying the others.
//! let request = DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", ["tommy", "jared"])
//!     .silence(Silence::Silent);
//! client.delete_group_member(&request).await?;
//!
//! // Documented limits are checked before sending: at most 100 members per call...
//! let too_many = DeleteGroupMemberRequest::new("@TGS#2J4SZEAEL", (0..101).map(|i| format!("u{i}")));
//! assert!(matches!(client.delete_group_member(&too_many).await, Err(Error::InvalidRequest { .. })));
//! // ...and `call_batched` splits a longer list into calls that fit.
//! let batches = client.call_batched(&too_many).await?;
//! assert_eq!(batches.len(), 2);
//!
//! // Service errors are typed: the group is gone after destroy_group.
//! use tencent_chat::group_open_http_svc::{DestroyGroupRequest, DestroyGroupError};
//! client.destroy_group(&DestroyGroupRequest::new("@TGS#2J4SZEAEL")).await?;
//! let err = client.delete_group_member(&request).await.unwrap_err();
//! assert!(matches!(&err, Error::Service(e) if e.code() == ErrorCode::GroupNotFound));
//!
//! // Group types the spec marks unsupported are refused before sending.
//! let av = CallOptions::new().group_type(GroupType::AvChatRoom);
//! let err = client.call_with(&request, &av).await.unwrap_err();
//! assert!(matches!(err, Error::InvalidRequest { source, .. } if matches!(source.limit, Limit::GroupType { .. })));
//! # let _ = DestroyGroupError::Unknown(0);
//! emulator.stop().await?;
//! # Ok(()) }
//! ```
//!
//! What the client does for every call: checks the documented limits; waits for a slot
//! of the endpoint's rate limit (from its spec, shared by clones of the client); signs a
//! UserSig (TLSSigAPIv2) once and renews it before it expires (and once more on 70001);
//! sends `POST {base}/v4/{service}/{command}` with a fresh `random`, following no
//! redirect; retries codes the specs mark as refused before the service acted, and,
//! for calls safe to repeat, failures after which the service may have acted, with
//! full-jitter backoff and a retry budget, under a whole-call deadline (see
//! [`RetryPolicy`]); and decodes the envelope, read up to a size cap, into the typed
//! response or a typed [`Error`]. Each call is a `tencent_chat.call` tracing span
//! (endpoint, attempts, error code, latency); the UserSig and the secret key never reach
//! logs, `Debug` output or errors, even when the service echoes the query back.
#![deny(missing_docs)]

pub mod batch;
mod client;
mod config;
mod credentials;
mod endpoint;
mod error;
mod hooks;
pub mod paging;
mod ratelimit;
pub mod results;
mod retry;
mod tls;
pub mod usersig;
mod validate;
#[cfg(feature = "webhooks")]
pub mod webhook;
mod wire;

pub use batch::{Batch, BatchResult};
pub use client::{CallOptions, Client, ClientStats};
pub use config::{
    ClientBuilder, ConfigError, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_CALL_TIMEOUT,
    DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_USERSIG_LIFETIME, ENV_ADMIN,
    ENV_BASE_URL, ENV_REDIS_ON_FAILURE, ENV_REDIS_URL, ENV_REGION, ENV_SDKAPPID, ENV_SECRET_KEY,
};
pub use credentials::{Credentials, DEFAULT_ADMIN};
pub use endpoint::{
    BatchField, Endpoint, EndpointError, EndpointInfo, Entity, ErrorCodeInfo, Fact, FactValue,
    FieldReference, GroupRole, GroupTypeRule, GroupTypeSupport, InvalidRequestField, QueryNames,
    QuotaKind, QuotaScope, RateQuota, Retryability, RoleRule,
};
pub use error::{Error, ServiceError, TransportError, TransportErrorKind};
pub use hooks::{CallFailure, CallFuture, EndpointHooks};
pub use paging::{PageError, Paged, PagingError};
#[cfg(feature = "redis")]
pub use ratelimit::redis::RedisStore;
pub use ratelimit::{
    Grant, InProcessStore, Quota, RateLimitMode, RateLimitStore, StoreError, StoreFailure,
    StoreFuture, Ticket,
};
pub use retry::RetryPolicy;
pub use validate::{FieldPath, HookError, Limit, Validate, ValidationError};
pub use wire::StrInt;

/// The wire protocol shared by every call, generated from `specs/envelope.json`: the
/// names of the query parameters, the HTTP method and status, and the response
/// envelope (`ActionStatus`, `ErrorCode`, `ErrorInfo`, `ErrorDisplay`). For tools that
/// speak the protocol themselves, such as the emulator and the conformance harness.
pub mod envelope {
    pub use crate::__envelope::*;
}

/// Items the generated code names; not part of the public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::error::classify;
    pub use crate::paging::{next_offset, wire_count, wire_equals};
    pub use crate::validate::{check_bytes, check_entries, check_float, check_int, check_items};
    pub use crate::wire::AsI128;
    #[cfg(feature = "hooks")]
    pub use schemars::{self, JsonSchema};
    pub use serde;
    pub use serde_json;
    /// Without `hooks`, the generated `#[derive(JsonSchema)]` emits nothing.
    #[cfg(not(feature = "hooks"))]
    pub use tencent_chat_macros::NoJsonSchema as JsonSchema;

    /// The `Deserialize` derive of the types only the caller sends (requests, webhook
    /// answers): serde's with `deserialize-requests`, nothing without.
    #[cfg(feature = "deserialize-requests")]
    pub use serde::Deserialize as OutboundDeserialize;
    #[cfg(not(feature = "deserialize-requests"))]
    pub use tencent_chat_macros::NoDeserialize as OutboundDeserialize;

    /// `$name` is an attribute that keeps the item it is put on with `$feature` and
    /// drops it without (the macro crate's `keep_item` / `drop_item`).
    macro_rules! item_gate {
        ($(#[doc = $doc:literal])* $name:ident, $feature:literal) => {
            $(#[doc = $doc])*
            #[cfg(feature = $feature)]
            pub use tencent_chat_macros::keep_item as $name;
            $(#[doc = $doc])*
            #[cfg(not(feature = $feature))]
            pub use tencent_chat_macros::drop_item as $name;
        };
    }
    item_gate!(
        /// On the hand-written `Deserialize` impls of the types only the caller sends.
        with_outbound_deserialize,
        "deserialize-requests"
    );
    item_gate!(
        /// On the generated `webhooks` module.
        with_webhooks,
        "webhooks"
    );
    item_gate!(
        /// On the generated code's hand-written `JsonSchema` impls.
        with_hooks,
        "hooks"
    );
}

tencent_chat_macros::generate!("../specs");
