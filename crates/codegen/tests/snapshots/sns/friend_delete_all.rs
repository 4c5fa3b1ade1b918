/// Remove every friend of an account.
///
/// Empties From_Account's friend list (its friend lists are left, empty). With Delete_Type_Both every former friend also loses From_Account; with Delete_Type_Single (the default) only From_Account's side goes.
///
/// `POST v4/sns/friend_delete_all`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Safe to repeat: the client may retry it after a timeout. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](FriendDeleteAllError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30003` [`SnsAccountNotFound`](FriendDeleteAllError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](FriendDeleteAllError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](FriendDeleteAllError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](FriendDeleteAllError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](FriendDeleteAllError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
///
/// # Webhooks
///
/// - [`Sns.CallbackFriendDelete`](https://intl.cloud.tencent.com/document/product/1047/34360)
///
/// # Notes on the documentation
///
/// - Irrevocable: the friends' data (remarks, add times, custom fields) is gone and re-adding a friend does not bring it back.
/// - Safe to repeat: a second call finds no friends and leaves the same empty list.
/// - The Sns.CallbackFriendDelete page says deletions through the REST API trigger it; it does not say whether this call fires one callback per friend; the spec lists the webhook.
/// - The samples are captioned one-way (no DeleteType) and two-way (Delete_Type_Both); the values come from the samples and the relationship chain page.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34906>. Spec: `specs/sns/friend_delete_all.json`.
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
pub struct FriendDeleteAllRequest {
    /// UserID of the account whose friends are all removed.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// Whether only From_Account's side of each relation goes, or both. One-way when absent.
    ///
    /// Wire name `DeleteType`. Optional. Limits: see [`SnsDeleteType`]. The service assumes `"Delete_Type_Single"` when absent. Example: `"Delete_Type_Both"`.
    #[serde(rename = "DeleteType", default, skip_serializing_if = "Option::is_none")]
    pub delete_type: ::core::option::Option<super::types::SnsDeleteType>,
}
impl FriendDeleteAllRequest {
    ///Creates a value from its required fields (`from_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(from_account: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            from_account: from_account.into(),
            delete_type: ::core::option::Option::None,
        }
    }
    ///Sets `DeleteType`: Whether only From_Account's side of each relation goes, or both. One-way when absent.
    #[must_use]
    pub fn delete_type(mut self, value: super::types::SnsDeleteType) -> Self {
        self.delete_type = ::core::option::Option::Some(value);
        self
    }
}
impl crate::Validate for FriendDeleteAllRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
/// The response of [`FriendDeleteAllRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct FriendDeleteAllResponse {}
impl FriendDeleteAllResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
impl crate::Validate for FriendDeleteAllResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `friend_delete_all`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendDeleteAllError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30003`: The user account in the request does not exist.
    SnsAccountNotFound,
    /// `30004`: This request must be made with the app admin account.
    SnsAdminRequired,
    /// `30006`: The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsInternalError,
    /// `30007`: The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
    SnsTimeout,
    /// `30008`: Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
    SnsWriteConflict,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for FriendDeleteAllError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
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
impl FriendDeleteAllError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::SnsWriteConflict => super::ErrorCode::SnsWriteConflict,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for FriendDeleteAllError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for FriendDeleteAllRequest {
    type Response = FriendDeleteAllResponse;
    type Error = FriendDeleteAllError;
    const INFO: &'static crate::EndpointInfo = &FRIEND_DELETE_ALL;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/friend_delete_all", "`.")]
pub static FRIEND_DELETE_ALL: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "friend_delete_all",
    path: "v4/sns/friend_delete_all",
    legacy_paths: &[],
    summary: "Remove every friend of an account.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34906",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
    safe_to_repeat: true,
    invalid_request_code: 30001i64,
    invalid_request_fields: &[],
    group_types: ::core::option::Option::None,
    group_field: ::core::option::Option::None,
    errors: &[
        crate::ErrorCodeInfo {
            code: 30001i64,
            name: "SnsInvalidParameter",
            description: "A relationship chain request parameter is wrong; fix it using the error message as a hint.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30003i64,
            name: "SnsAccountNotFound",
            description: "The user account in the request does not exist.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30004i64,
            name: "SnsAdminRequired",
            description: "This request must be made with the app admin account.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30006i64,
            name: "SnsInternalError",
            description: "The relationship chain service failed internally; retry.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30007i64,
            name: "SnsTimeout",
            description: "The relationship chain service timed out; retry later.",
            retry: crate::Retryability::OutcomeUnknown,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 30008i64,
            name: "SnsWriteConflict",
            description: "Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones.",
            retry: crate::Retryability::Refused,
            public: false,
        },
    ],
    batch_fields: &[],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 30003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{}",
    classify_error: crate::__private::classify::<FriendDeleteAllError>,
    hooks: crate::EndpointHooks::of::<FriendDeleteAllRequest>(),
};
