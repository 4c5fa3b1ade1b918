/// Remove friends from an account's friend list, one-way or both ways.
///
/// Removes each account of To_Account from From_Account's friends (and from its friend lists). With Delete_Type_Both the other account also loses From_Account as a friend; with Delete_Type_Single (the default) only From_Account's side goes. Each account gets its own result (31704 when it is not a friend).
///
/// `POST v4/sns/friend_delete`: at most 200 calls per second. **Irrevocable**: the call cannot be undone. Not safe to repeat: after a timeout the client does not retry it unless told to. A request that breaks a documented limit or lacks a required field is answered with `30001`.
///
/// # Errors
///
/// Besides the public codes ([`PublicError`](super::PublicError)):
/// - `30001` [`SnsInvalidParameter`](FriendDeleteError::SnsInvalidParameter): A relationship chain request parameter is wrong; fix it using the error message as a hint.
/// - `30002` [`SnsAppIdMismatch`](FriendDeleteError::SnsAppIdMismatch): The SDKAppID does not match.
/// - `30003` [`SnsAccountNotFound`](FriendDeleteError::SnsAccountNotFound): The user account in the request does not exist.
/// - `30004` [`SnsAdminRequired`](FriendDeleteError::SnsAdminRequired): This request must be made with the app admin account.
/// - `30006` [`SnsInternalError`](FriendDeleteError::SnsInternalError): The relationship chain service failed internally; retry. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30007` [`SnsTimeout`](FriendDeleteError::SnsTimeout): The relationship chain service timed out; retry later. Retryable, but the service may have acted: retried only for calls safe to repeat.
/// - `30008` [`SnsWriteConflict`](FriendDeleteError::SnsWriteConflict): Concurrent writes to the same relationship data collided; retry, and prefer batch calls to parallel ones. Retryable: the service refused the call before acting on it.
/// - `31704` [`SnsNotFriends`](FriendDeleteError::SnsNotFriends): The account to delete is not a friend. Per account: To_Account is not a friend of From_Account.
/// - `31707` [`SnsDeleteFriendFiltered`](FriendDeleteError::SnsDeleteFriendFiltered): The friend deletion was blocked by the security policy because deletions are sent too often; slow down and retry later. Retryable: the service refused the call before acting on it.
///
/// # Webhooks
///
/// - [`Sns.CallbackFriendDelete`](https://intl.cloud.tencent.com/document/product/1047/34360)
///
/// # Notes on the documentation
///
/// - DeleteType's values and its default appear only in the samples and on the relationship chain page (not in the reference copy); the default of one-way deletion is what friend_delete_all's table says for the same field.
/// - The success sample's ErrorInfo is "0" rather than empty; the envelope allows either.
/// - Fail_Account is in neither the table nor the sample; it is declared optional, as in every other per-account answer of the relationship chain, so that it is kept if sent.
/// - Irrevocable: the friend's data kept by From_Account (remark, lists, add time, custom fields) is gone; adding the friend again starts afresh.
/// - Not safe to repeat: after a timeout the friends may already be gone, and a repeat answers 31704 for each of them instead of 0.
/// - To_Account is not atomic: each account is removed on its own, so a list above 1000 is split into several calls.
///
/// Official documentation: <https://intl.cloud.tencent.com/document/product/1047/34905>. Spec: `specs/sns/friend_delete.json`.
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
pub struct FriendDeleteRequest {
    /// UserID of the account whose friends are removed.
    ///
    /// Wire name `From_Account`. Required. Example: `"id"`.
    #[serde(rename = "From_Account")]
    pub from_account: ::std::string::String,
    /// UserIDs of the friends to remove; at most 1000.
    ///
    /// Wire name `To_Account`. Required. Limits: at least 1 items; at most 1000 items. Example: `["id1","id2","id3"]`.
    #[serde(rename = "To_Account")]
    #[schemars(length(min = 1u32, max = 1000u32))]
    pub to_account: ::std::vec::Vec<::std::string::String>,
    /// Whether only From_Account's side of each relation goes, or both. One-way when absent.
    ///
    /// Wire name `DeleteType`. Optional. Limits: see [`SnsDeleteType`]. The service assumes `"Delete_Type_Single"` when absent. Example: `"Delete_Type_Both"`.
    #[serde(rename = "DeleteType", default, skip_serializing_if = "Option::is_none")]
    pub delete_type: ::core::option::Option<super::types::SnsDeleteType>,
}
impl FriendDeleteRequest {
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
            to_account: to_account
                .into_iter()
                .map(::core::convert::Into::into)
                .collect(),
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
impl crate::Validate for FriendDeleteRequest {
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
/// The response of [`FriendDeleteRequest`]: the endpoint's own fields. The envelope (ActionStatus, ErrorCode, ErrorInfo) is handled by the client. Unknown fields are ignored: the service adds fields over time.
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
pub struct FriendDeleteResponse {
    /// The result for each account of To_Account.
    ///
    /// Wire name `ResultItem`. May be absent. Limits: each item see [`AccountResult`]. Example: `[{"ResultCode":0,"ResultInfo":"","To_Account":"id1"}]`.
    #[serde(rename = "ResultItem", default, skip_serializing_if = "Option::is_none")]
    pub result_item: ::core::option::Option<
        ::std::vec::Vec<super::types::AccountResult>,
    >,
    /// UserIDs that could not be removed; sent only when at least one failed (not in the page's table or sample, but sent by the other batch calls).
    ///
    /// Wire name `Fail_Account`. May be absent. Example: `["id2"]`.
    #[serde(rename = "Fail_Account", default, skip_serializing_if = "Option::is_none")]
    pub fail_account: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl FriendDeleteResponse {
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
    ///Sets `Fail_Account`: UserIDs that could not be removed; sent only when at least one failed (not in the page's table or sample, but sent by the other batch calls).
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
impl crate::Validate for FriendDeleteResponse {
    #[allow(unused_variables)]
    fn validate_at(
        &self,
        at: &crate::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
///The error codes of `friend_delete`: its own, the public ones, and any other code the service sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FriendDeleteError {
    /// `30001`: A relationship chain request parameter is wrong; fix it using the error message as a hint.
    SnsInvalidParameter,
    /// `30002`: The SDKAppID does not match.
    SnsAppIdMismatch,
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
    /// `31704`: The account to delete is not a friend. Per account: To_Account is not a friend of From_Account.
    SnsNotFriends,
    /// `31707`: The friend deletion was blocked by the security policy because deletions are sent too often; slow down and retry later. Retryable: the service refused the call before acting on it.
    SnsDeleteFriendFiltered,
    /// A public error code, shared by every endpoint.
    Public(super::PublicError),
    /// A code that neither this endpoint's spec nor the public codes list; `error_code()` gives its catalog entry, if any.
    Unknown(i64),
}
impl crate::EndpointError for FriendDeleteError {
    fn from_code(code: i64) -> Self {
        match code {
            30001i64 => Self::SnsInvalidParameter,
            30002i64 => Self::SnsAppIdMismatch,
            30003i64 => Self::SnsAccountNotFound,
            30004i64 => Self::SnsAdminRequired,
            30006i64 => Self::SnsInternalError,
            30007i64 => Self::SnsTimeout,
            30008i64 => Self::SnsWriteConflict,
            31704i64 => Self::SnsNotFriends,
            31707i64 => Self::SnsDeleteFriendFiltered,
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
            Self::SnsNotFriends => {
                "The account to delete is not a friend. Per account: To_Account is not a friend of From_Account."
            }
            Self::Unknown(_) => "A code the specs do not document.",
            _ => self.error_code().description(),
        }
    }
}
impl FriendDeleteError {
    /// The same code in the catalog-wide [`ErrorCode`](super::ErrorCode).
    pub const fn error_code(self) -> super::ErrorCode {
        match self {
            Self::SnsInvalidParameter => super::ErrorCode::SnsInvalidParameter,
            Self::SnsAppIdMismatch => super::ErrorCode::SnsAppIdMismatch,
            Self::SnsAccountNotFound => super::ErrorCode::SnsAccountNotFound,
            Self::SnsAdminRequired => super::ErrorCode::SnsAdminRequired,
            Self::SnsInternalError => super::ErrorCode::SnsInternalError,
            Self::SnsTimeout => super::ErrorCode::SnsTimeout,
            Self::SnsWriteConflict => super::ErrorCode::SnsWriteConflict,
            Self::SnsNotFriends => super::ErrorCode::SnsNotFriends,
            Self::SnsDeleteFriendFiltered => super::ErrorCode::SnsDeleteFriendFiltered,
            Self::Public(public) => public.error_code(),
            Self::Unknown(code) => super::ErrorCode::from_code(code),
        }
    }
}
impl ::core::fmt::Display for FriendDeleteError {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(
            f, "{} ({}): {}", crate ::EndpointError::code(self), crate
            ::EndpointError::name(self), crate ::EndpointError::description(self)
        )
    }
}
impl crate::Endpoint for FriendDeleteRequest {
    type Response = FriendDeleteResponse;
    type Error = FriendDeleteError;
    const INFO: &'static crate::EndpointInfo = &FRIEND_DELETE;
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
                    delete_type: ::core::clone::Clone::clone(&self.delete_type),
                })
            }
            _ => ::core::option::Option::None,
        }
    }
}
#[doc = concat!("Metadata and hooks of `", "v4/sns/friend_delete", "`.")]
pub static FRIEND_DELETE: crate::EndpointInfo = crate::EndpointInfo {
    service: "sns",
    command: "friend_delete",
    path: "v4/sns/friend_delete",
    legacy_paths: &[],
    summary: "Remove friends from an account's friend list, one-way or both ways.",
    docs: "https://intl.cloud.tencent.com/document/product/1047/34905",
    rate_limit_per_second: 200u32,
    rate_quotas: &[],
    irrevocable: true,
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
            code: 30002i64,
            name: "SnsAppIdMismatch",
            description: "The SDKAppID does not match.",
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
        crate::ErrorCodeInfo {
            code: 31704i64,
            name: "SnsNotFriends",
            description: "The account to delete is not a friend.",
            retry: crate::Retryability::No,
            public: false,
        },
        crate::ErrorCodeInfo {
            code: 31707i64,
            name: "SnsDeleteFriendFiltered",
            description: "The friend deletion was blocked by the security policy because deletions are sent too often; slow down and retry later.",
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
    example_response: "{\"Fail_Account\":[\"id2\"],\"ResultItem\":[{\"ResultCode\":0,\"ResultInfo\":\"\",\"To_Account\":\"id1\"}]}",
    classify_error: crate::__private::classify::<FriendDeleteError>,
    hooks: crate::EndpointHooks::of::<FriendDeleteRequest>(),
};
