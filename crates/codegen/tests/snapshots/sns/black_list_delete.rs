/// Take accounts off an account's blocklist.
///
/// Removes each account of To_Account from From_Account's blocklist, so that friend requests between the two are possible again (the friendship removed by blocking does not come back). Each account gets its own result.
///
/// `POST v4/sns/black_list_delete`: at most 200 calls per second. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](BlackListDeleteError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode, in the emulator when the account is not on the blocklist.
/// - `30003` [`SnsAccountNotFound`](BlackListDeleteError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](BlackListDeleteError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](BlackListDeleteError::SnsInternalError): The relationship chain service failed internally; retry. Also a per-account ResultCode. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](BlackListDeleteError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](BlackListDeleteError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
///
/// # Webhooks
///
/// - [`Sns.CallbackBlackListDelete`](https://intl.cloud.tencent.com/document/product/1047/34362)
///
/// # Notes on the documentation
///
/// - The page does not say what an account that is not on the blocklist gets; the emulator answers 30001 for it, the code black_list_add answers for the opposite case.
/// - The sample's per-account ResultInfo for 30006 names a black_list_check error (Err_SNS_BlackListCheck_Check_Reverse_BlackList_Fail), and the debugging tool link points to openim/admin_msgwithdraw; both look like copy-paste slips of the page.
/// - The sample is indented with no-break spaces (U+00A0), not valid JSON as printed; the fixture carries it re-indented.
/// - Not safe to repeat: a repeat after a timeout may answer an error for accounts the first call already unblocked.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34912>. Spec: `specs/sns/black_list_delete.json`.
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
pub struct BlackListDeleteRequest {
    /// UserID of the account whose blocklist shrinks.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// UserIDs to unblock; at most 1000.
    ///
    /// Wire name `To_Account`. Required. Limits: at least 1 items; at most 1000 items. Example: `["id1","id2","id3"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32, max = 1000u32))]
    pub to_account: ::std::vec::Vec<::std::string::String>,
}
impl BlackListDeleteRequest {
    ///Creates a value from its required fields (`from_account`, `to_account`); optional fields start unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        from_account: impl ::core::convert::Into<::std::string::String>,
        to_account: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            from_account: from_account.into(),
            to_account: to_account.into_iter().map(::core::convert::Into::into).collect(),
        }
    }
}
impl crate::Validate for BlackListDeleteRequest {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        {
            let at = at.field("To_Account");
            let v = &self.to_account;
            crate::__private::check_items(
                v.len(),
                ::core::option::Option::Some(1u32),
                ::core::option::Option::Some(1000u32),
                &at,
            )?;
        }
        ::core::result::Result::Ok(())
    }
}
/// The response of [`BlackListDeleteRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct BlackListDeleteResponse {
    /// The result for each account of To_Account.
    ///
    /// Wire name `ResultItem`. May be absent. Limits: each item see [`AccountResult`]. Example: `[{"ResultCode":0,"ResultInfo":"","To_Account":"id1"}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<
        ::std::vec::Vec<super::types::AccountResult>,
    >,
    /// UserIDs that could not be unblocked; sent only when at least one failed.
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id3"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl BlackListDeleteResponse {
    ///Creates a value with every optional field unset.
    #[allow(clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            result_item: ::core::option::Option::None,
            fail_account: ::core::option::Option::None,
        }
    }
    ///Sets `ResultItem`: The result for each account of To_Account.
    #[must_use]
    pub fn result_item(
        mut self,
        value: impl ::core::iter::IntoIterator<Item = super::types::AccountResult>,
    ) -> Self {
        self.result_item = ::core::option::Option::Some(value.into_iter().collect());
        self
    }
    ///Sets `Fail_Account`: UserIDs that could not be unblocked; sent only when at least one failed.
    #[must_use]
    pub fn fail_account(
        mut self,
        value: impl ::core::iter::IntoIterator<
            Item = impl ::core::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        self.fail_account = ::core::option::Option::Some(
            value.into_iter().map(::core::convert::Into::into).collect(),
        );
        self
    }
}
impl crate::Validate for BlackListDeleteResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `black_list_delete`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BlackListDeleteError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode, in the emulator when the account is not on the blocklist.
    SnsInvalidParameter,
    /// `30003`: The user account in the request does not exist.
    SnsAccountNotFound,
    /// `30004`: This request must be made with the app admin account.
    SnsAdminRequired,
    /// `30006`: The relationship chain service failed internally; retry. Also a per-account ResultCode. Retryable, but the service may have acted: retried only for calls safe to repeat.
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
impl crate::EndpointError for BlackListDeleteError {
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
            Self::SnsInvalidParameter => {
                "A relationship chain request parameter is wrong; fix it using the error message as a hint. Also a per-account ResultCode, in the emulator when the account is not on the blocklist."
            }
            Self::SnsInternalError => {
                "The relationship chain service failed internally; retry. Also a per-account ResultCode."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl BlackListDeleteError {
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
impl ::core::fmt::Display for BlackListDeleteError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for BlackListDeleteRequest {
    type Response = BlackListDeleteResponse;
    type Error = BlackListDeleteError;
    const INFO: &'static crate::EndpointInfo = &BLACK_LIST_DELETE;
    ///Checks every documented limit of the request.
    fn validate(&self) -> ::core::result::Result<(), crate::ValidationError> {
        crate::Validate::validate_at(self, &crate::FieldPath::Root)
    }
    fn batch_len(&self, field: &str) -> ::core::option::Option<usize> {
        match field {
            "To_Account" => ::core::option::Option::Some(self.to_account.len()),
            _ => ::core::option::Option::None,
        }
    }
    fn batch_part(
        &self,
        field: &str,
        items: ::core::ops::Range<usize>,
    ) -> ::core::option::Option<Self> {
        match field {
            "To_Account" => {
                ::core::option::Option::Some(Self {
                    to_account: self.to_account.get(items)?.to_vec(),
                    from_account: ::core::clone::Clone::clone(&self.from_account),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/black_list_delete", "`.")]
pub static BLACK_LIST_DELETE: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "black_list_delete",
    path: "v4/sns/black_list_delete",
    legacy_paths: &[],
    summary: "Take accounts off an account's blocklist.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34912",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: false,
    safe_to_repeat: false,
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
    batch_fields: &[
        crate::BatchField {
            field: "To_Account",
            max_items: 1000u32,
        },
    ],
    references: &[
        crate::FieldReference {
            field: "From_Account",
            entity: crate::Entity::Account,
            missing: 30003i64,
            role: ::core::option::Option::None,
        },
    ],
    facts: &[],
    example_response: "{\"Fail_Account\":[\"id3\"],\"ResultItem\":[{\"ResultCode\":0,\"ResultInfo\":\"\",\"To_Account\":\"id1\"}]}",
    classify_error: crate::__private::classify::<BlackListDeleteError>,
    hooks: crate::EndpointHooks::of::<BlackListDeleteRequest>(),
};
