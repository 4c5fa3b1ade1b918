/// Invalidate an account's login state, logging it out of every device.
///
/// Ends every login session of the account: its devices are logged out and must log in again with a new UserSig. Unlike deleting the account, it keeps its profile, relationships and messages.
///
/// `POST v4/im_open_login_svc/kick`: at most 200 calls per second. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `70402`.
/// # Webhooks
///
/// - [`State.StateChange`](https://intl.cloud.tencent.com/document/product/1047/34357)
///
/// # Notes on the documentation
///
/// - Every code the page lists (70107, 70169, 70402, 70403, 70500) lies in the public range; 70107 is what a UserID that is not imported gets.
/// - The service has two copies of this page with the same content; one has a debugging-tool link pointing at admin_msgwithdraw, a slip of the page.
/// - State.StateChange is listed as a webhook the call may trigger: logging out devices changes their state, which that webhook reports; the page itself names no webhook.
/// - Safe to repeat: a second call finds the account already logged out and leaves it so.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34957>. Spec: `specs/im_open_login_svc/kick.json`.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    crate::__private::serde::Serialize,
    crate::__private::OutboundDeserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct KickRequest {
    /// The account to log out.
    ///
    /// Wire name `UserID`. Required. Limits: see [`UserId`]. Example: `"test"`.
    #[serde(rename = "UserID")]
    #[schemars(length(min = 1u32, max = 32u32))]
    pub user_id: super::types::UserId,
}
impl KickRequest {
    ///Creates a value from its required fields (`user_id`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(user_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self { user_id: user_id.into() }
    }
}
impl crate::Validate for KickRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("UserID");
            let v = &self.user_id;
            crate::__private::check_bytes(
                v,
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(32u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`KickRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
#[derive(
    Debug,
    Clone,
    PartialEq,
    Eq,
    Default,
    crate::__private::serde::Serialize,
    crate::__private::serde::Deserialize,
    crate::__private::JsonSchema
)]
#[serde(crate = "crate::__private::serde")]
#[schemars(crate = "crate::__private::schemars")]
#[non_exhaustive]
pub struct KickResponse {}
impl KickResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for KickResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `kick`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KickError {
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for KickError {
    fn from_code(code: i64) -> Self {
        match code {
            _ => {
                match super::PublicError::from_code(code) {
                    ::core::option::Option::Some(public) => Self::Public(public),
                    ::core::option::Option::None => Self::Unknown(code),
                }
            }
        }
    }
    fn code(&self) -> i64 {
        self.error_code().code()
    }
    fn retryability(&self) -> crate::Retryability {
        self.error_code().retryability()
    }
    fn name(&self) -> &'static str {
        match self {
            Self::Unknown(_) => "Unknown",
            _ => self.error_code().name(),
        }
    }
    fn description(&self) -> &'static str {
        match self {
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl KickError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for KickError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for KickRequest {
    type Response = KickResponse;
    type Error = KickError;
    const INFO: &'static crate::EndpointInfo = &KICK;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/im_open_login_svc/kick", "`.")]
pub static KICK: crate::EndpointInfo = crate::EndpointInfo {
    service: "im_open_login_svc",
    command: "kick",
    path: "v4/im_open_login_svc/kick",
    legacy_paths: &[],
    summary: "Invalidate an account's login state, logging it out of every device.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34957",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: true,
    invalid_request_code: 70402i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "UserID",
            entity: crate::Entity::Account,
            missing: 70107i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<KickError>,
    hooks: crate::EndpointHooks::of::<KickRequest>(),
};
